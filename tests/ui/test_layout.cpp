// The App's places (app/layout.h): every place on screen and apart; a link's hide= list gives the room of the hidden
// places to the others; projector-size text widens the side columns; a phone stacks every place.
#include <catch2/catch.hpp>

#include "app/layout.h"
#include "app/lecture.h"
#include "lab/lessons/lessons.h"

namespace {

bool inside(const app::Rect& r, float w, float h) { return r.x >= 0 && r.y >= 0 && r.right() <= w + 0.01f && r.bottom() <= h + 0.01f; }
bool apart(const app::Rect& a, const app::Rect& b) {
    return a.right() <= b.x + 0.01f || b.right() <= a.x + 0.01f || a.bottom() <= b.y + 0.01f || b.bottom() <= a.y + 0.01f;
}

}  // namespace

TEST_CASE("layout: every place is on screen and no two overlap, landscape and phone") {
    for (const auto& size : {std::pair<float, float>{1280, 800}, {390, 844}, {900, 560}}) {
        const app::Layout l = app::compute_layout(size.first, size.second, 30);
        const app::Rect* places[] = {&l.controls, &l.network, &l.equation, &l.data, &l.step_bar};
        for (const app::Rect* a : places) {
            CHECK(app::shown(*a));
            CHECK(inside(*a, size.first, size.second));
            for (const app::Rect* b : places)
                if (a != b) CHECK(apart(*a, *b));
        }
        CHECK(app::shown(l.loss));
    }
}

TEST_CASE("layout: hide=controls,loss gives the left column to the centre; hidden places are empty") {
    const app::Layout full = app::compute_layout(900, 560, 30);
    const app::Layout l = app::compute_layout(900, 560, 30, {app::PanelId::Controls, app::PanelId::Loss});
    CHECK_FALSE(app::shown(l.controls));
    CHECK_FALSE(app::shown(l.loss));
    CHECK(l.network.x == 0);
    CHECK(l.network.w > full.network.w);
    CHECK(l.data.right() == Approx(900));
    CHECK(l.equation.h == Approx(full.equation.h));
}

TEST_CASE("layout: only the data view left takes the whole screen; hiding the step bar gives its height away") {
    using app::PanelId;
    const app::Layout l = app::compute_layout(
        1280, 800, 30, {PanelId::Controls, PanelId::Loss, PanelId::Network, PanelId::Equation, PanelId::Steps});
    CHECK(l.data.x == 0);
    CHECK(l.data.w == Approx(1280));
    CHECK(l.data.h == Approx(800));
    CHECK_FALSE(app::shown(l.step_bar));
    const app::Layout phone = app::compute_layout(390, 844, 30, {app::PanelId::Equation, app::PanelId::Network});
    CHECK_FALSE(app::shown(phone.equation));
    CHECK(phone.data.y == 0);
    CHECK(phone.controls.bottom() == Approx(phone.step_bar.y));
}

TEST_CASE("layout: projector-size text widens the side columns, never past 30 % of the width each") {
    const app::Layout normal = app::compute_layout(1280, 800, 30);
    const app::Layout big = app::compute_layout(1280, 800, 45, {}, 1.5f);
    CHECK(big.controls.w > normal.controls.w);
    CHECK(big.controls.w <= 0.3f * 1280 + 0.01f);
    CHECK(big.data.w <= 0.34f * 1280 + 0.01f);
    CHECK(big.network.w > 300);
}

TEST_CASE("panel table: names parse back to their ids, six places, the tabs live in the network and equation places") {
    int places = 0;
    for (const app::PanelInfo& panel : app::kPanels) {
        app::PanelId parsed = app::PanelId::Steps;
        CHECK(app::parse_panel(panel.name, parsed));
        CHECK(parsed == panel.id);
        CHECK(app::is_place(panel.place));
        CHECK(app::is_tab(panel.id) != (panel.place != app::PanelId::Network && panel.place != app::PanelId::Equation));
        places += app::is_place(panel.id) ? 1 : 0;
    }
    CHECK(places == 6);
    app::PanelId parsed;
    CHECK_FALSE(app::parse_panel("Loss", parsed));
    CHECK(app::place_names() == "controls, loss, network, equation, data, steps");
    CHECK(app::network_tab_names_json() == "[\"network\",\"surface\",\"graph\",\"digits\",\"capacity\"]");
    const app::Layout l = app::compute_layout(1280, 800, 30);
    CHECK(&app::place_of(l, app::PanelId::Graph) == &l.network);
    CHECK(&app::place_of(l, app::PanelId::Gallery) == &l.equation);
}

TEST_CASE("layout: the step bar gets the height it measured (large projector text wraps it), at most half the screen") {
    const app::Layout estimated = app::compute_layout(1280, 800, 30, {}, 2.0f);
    const app::Layout measured = app::compute_layout(1280, 800, 30, {}, 2.0f, 268.0f);
    CHECK(measured.step_bar.h == Approx(268.0f));
    CHECK(measured.step_bar.bottom() == Approx(800.0f));
    CHECK(measured.network.bottom() <= measured.step_bar.y + 0.01f);
    CHECK(estimated.step_bar.h != Approx(268.0f));
    CHECK(app::compute_layout(1024, 768, 30, {}, 2.5f, 900.0f).step_bar.h == Approx(384.0f));
}

TEST_CASE("panel table: every panel a lesson opens is in the table") {
    for (const lab::Lesson& lesson : lab::lessons())
        for (const std::string& name : lesson.panels) {
            app::PanelId id;
            INFO("lesson " << lesson.number << ": " << name);
            CHECK(app::parse_panel(name, id));
        }
}

TEST_CASE("layout: presentation mode at 1024×768 and 1920×1080 gives the network, equation and data at least their "
          "normal room") {
    for (const auto& size : {std::pair<float, float>{1024, 768}, {1920, 1080}}) {
        app::Lecture lecture;
        const float line = 30;  // the chrome's line; presentation mode's chrome is ≤ 1.4× and measured by the bar
        const app::Layout normal = app::compute_layout(size.first, size.second, line, lecture.hidden_places());
        lecture.set_presentation(true);
        const float chrome = lecture.chrome_scale(size.second);
        const app::Layout shown = app::compute_layout(size.first, size.second, line * chrome,
                                                      lecture.hidden_places(), chrome);
        INFO(size.first << "×" << size.second);
        CHECK_FALSE(app::shown(shown.controls));
        CHECK_FALSE(app::shown(shown.loss));
        for (auto place : {&app::Layout::network, &app::Layout::equation, &app::Layout::data}) {
            CHECK((shown.*place).w >= (normal.*place).w);
            // only what the (slightly larger) step bar takes is lost in height
            CHECK((shown.*place).h >= (normal.*place).h - (shown.step_bar.h - normal.step_bar.h) - 0.01f);
            CHECK((shown.*place).w * (shown.*place).h >= (normal.*place).w * (normal.*place).h);
        }
        CHECK(shown.network.w >= normal.network.w + 0.5f * normal.controls.w);  // most of the left column went there
    }
}
