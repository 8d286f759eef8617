// The App's places (app/layout.h): every place on screen and apart; a link's hide= list gives the room of the hidden
// places to the others; projector-size text widens the side columns; a tall screen stacks every place; a phone
// puts them behind a place switcher.
#include <catch2/catch.hpp>

#include <vector>

#include "app/layout.h"
#include "app/lecture.h"
#include "lab/lessons/lessons.h"

namespace {

bool inside(const app::Rect& r, float w, float h) { return r.x >= 0 && r.y >= 0 && r.right() <= w + 0.01f && r.bottom() <= h + 0.01f; }
bool apart(const app::Rect& a, const app::Rect& b) {
    return a.right() <= b.x + 0.01f || b.right() <= a.x + 0.01f || a.bottom() <= b.y + 0.01f || b.bottom() <= a.y + 0.01f;
}

}  // namespace

TEST_CASE("layout: every place is on screen and no two overlap, landscape and a tall tablet") {
    for (const auto& size : {std::pair<float, float>{1280, 800}, {768, 1024}, {900, 560}}) {
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
    const app::Layout tall = app::compute_layout(768, 1024, 30, {app::PanelId::Equation, app::PanelId::Network});
    CHECK_FALSE(app::shown(tall.equation));
    CHECK(tall.data.y == 0);
    CHECK(tall.controls.bottom() == Approx(tall.step_bar.y));
}

namespace {

std::vector<const app::Rect*> all_places(const app::Layout& l) {
    return {&l.controls, &l.loss, &l.network, &l.equation, &l.data, &l.step_bar};
}

}  // namespace

TEST_CASE("layout: a phone held upright shows one place at a time, full width, under the switcher's row") {
    using app::PanelId;
    constexpr float kLine = 52;  // a touch style's line: 44 px frames and 8 px spacing
    for (PanelId front : {PanelId::Network, PanelId::Data, PanelId::Equation, PanelId::Controls, PanelId::Loss}) {
        const app::Layout l = app::compute_layout(390, 844, kLine, {}, 1.0f, 300.0f, front);
        INFO(app::panel_name(front));
        CHECK(l.phone);
        CHECK(l.portrait);
        CHECK(l.front == front);
        CHECK(l.switched == std::vector<PanelId>{PanelId::Network, PanelId::Data, PanelId::Equation,
                                                 PanelId::Controls, PanelId::Loss});
        CHECK(l.switcher.y == 0);
        CHECK(l.switcher.w == Approx(390));
        CHECK(l.switcher.h >= 44);
        const app::Rect& shown = app::place_of(l, front);
        CHECK(shown.w == Approx(390));
        CHECK(shown.y == Approx(l.switcher.bottom()));
        CHECK(shown.bottom() == Approx(l.step_bar.y));
        CHECK(shown.h >= 300);
        int on_screen = 0;
        for (const app::Rect* place : all_places(l)) on_screen += app::shown(*place) ? 1 : 0;
        CHECK(on_screen == 2);  // the place in front and the step bar
    }
    // the step bar's measured height is kept (taps land where the buttons were), at most half the screen
    CHECK(app::compute_layout(390, 844, kLine, {}, 1.0f, 300.0f).step_bar.h == Approx(300));
    CHECK(app::compute_layout(390, 844, kLine, {}, 1.0f, 600.0f).step_bar.h == Approx(422));
}

TEST_CASE("layout: a phone on its side puts the data beside the place in front, right of the switcher's column") {
    using app::PanelId;
    constexpr float kLine = 52;
    for (PanelId front : {PanelId::Network, PanelId::Equation, PanelId::Controls, PanelId::Loss}) {
        const app::Layout l = app::compute_layout(844, 390, kLine, {}, 1.0f, 116.0f, front);
        INFO(app::panel_name(front));
        CHECK(l.phone);
        CHECK_FALSE(l.portrait);
        CHECK(l.front == front);
        CHECK(l.switched ==
              std::vector<PanelId>{PanelId::Network, PanelId::Equation, PanelId::Controls, PanelId::Loss});
        CHECK(l.switcher.x == 0);
        CHECK(l.switcher.w >= 100);
        CHECK(l.switcher.h >= 4 * 48);  // four finger-size tabs, one above the other
        const app::Rect& shown = app::place_of(l, front);
        CHECK(shown.x == Approx(l.switcher.right()));
        CHECK(shown.right() == Approx(l.data.x));
        CHECK(shown.w >= 300);
        CHECK(l.data.right() == Approx(844));
        CHECK(l.data.w == Approx(l.data.h));  // a square: the plot's room
        CHECK(l.step_bar.h <= 0.34f * 390);
        CHECK(apart(shown, l.data));
        CHECK(apart(l.switcher, shown));
    }
    // Data asked for in landscape: it is beside anyway, the network in front
    CHECK(app::compute_layout(844, 390, kLine, {}, 1.0f, 116.0f, PanelId::Data).front == PanelId::Network);
}

TEST_CASE("layout: a phone's switcher offers only the places a link left, none when one is left") {
    using app::PanelId;
    const app::Layout two = app::compute_layout(390, 844, 52, {PanelId::Controls, PanelId::Loss, PanelId::Equation},
                                                1.0f, 0.0f, PanelId::Controls);
    CHECK(two.switched == std::vector<PanelId>{PanelId::Network, PanelId::Data});
    CHECK(two.front == PanelId::Network);  // the one asked for is hidden: the first offered
    CHECK_FALSE(app::shown(two.controls));
    const app::Layout one = app::compute_layout(390, 844, 52, {PanelId::Controls, PanelId::Loss, PanelId::Equation,
                                                               PanelId::Network});
    CHECK_FALSE(app::shown(one.switcher));
    CHECK(one.data.y == 0);
    CHECK(one.data.w == Approx(390));
}

TEST_CASE("layout: phones are the screens narrower than 600 or lower than 500, desktops are not") {
    CHECK(app::phone_screen(390, 844));
    CHECK(app::phone_screen(844, 390));
    CHECK(app::phone_screen(360, 640));
    for (const auto& size : {std::pair<float, float>{1024, 768}, {1280, 800}, {1366, 768}, {1920, 1080}, {768, 1024}}) {
        CHECK_FALSE(app::phone_screen(size.first, size.second));
        const app::Layout l = app::compute_layout(size.first, size.second, 30);
        CHECK_FALSE(l.phone);
        CHECK_FALSE(app::shown(l.switcher));
        CHECK(l.switched.empty());
    }
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
