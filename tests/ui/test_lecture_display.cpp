// The lecture's display (app/lecture.h): which tabs a lesson brings to the front, hide= lists, theme and presentation mode.
#include <catch2/catch.hpp>

#include "app/lecture.h"

using app::PanelId;

TEST_CASE("lecture: per tab bar, the lesson's first tab there is selected, else the bar's first tab") {
    app::Lecture lecture;
    CHECK_FALSE(lecture.selects(PanelId::Network));  // no lesson just opened: the student's clicks decide
    lecture.select_lesson_tabs({"network", "gradcheck", "data", "no such panel"});
    CHECK(lecture.selects(PanelId::Network));
    CHECK(lecture.selects(PanelId::GradCheck));
    CHECK_FALSE(lecture.selects(PanelId::Equation));
    CHECK_FALSE(lecture.selects(PanelId::Data));  // a place of its own, no tab
    lecture.select_lesson_tabs({"data", "digits", "surface"});
    CHECK(lecture.selects(PanelId::Digits));
    CHECK_FALSE(lecture.selects(PanelId::Surface));
    CHECK_FALSE(lecture.selects(PanelId::Network));
    CHECK(lecture.selects(PanelId::Equation));  // the equation bar is not named: its first tab
}

TEST_CASE("lecture: hide= takes places only, the rest are notices that name the places") {
    app::Lecture lecture;
    const std::vector<std::string> notices = lecture.hide({"controls", "surface", "steps", "Loss"});
    CHECK(lecture.hidden == std::vector<PanelId>{PanelId::Controls, PanelId::Steps});
    REQUIRE(notices.size() == 2);
    CHECK(notices[0] == "'hide': no panel 'surface' (panels: controls, loss, network, equation, data, steps) — ignored");
    CHECK(notices[1].find("'Loss'") != std::string::npos);
}

TEST_CASE("lecture: presentation mode defaults to the light theme, a bad theme is a notice") {
    app::Lecture lecture;
    lecture.set_presentation(true, 9.0f);
    CHECK(lecture.light);
    CHECK(lecture.content_scale(768) == 2.5f);  // clamped; the chrome stays 1 at 768 px
    CHECK(lecture.chrome_scale(768) == 1.0f);
    CHECK(lecture.set_theme("dark").empty());
    CHECK_FALSE(lecture.light);
    CHECK(lecture.set_theme("").empty());
    CHECK(lecture.light);
    CHECK_FALSE(lecture.set_theme("sepia").empty());
    lecture.set_presentation(false);
    CHECK(lecture.content_scale(1080) == 1.0f);
    CHECK(lecture.chrome_scale(1080) == 1.0f);
    CHECK(lecture.content_zoom == 2.5f);  // kept for the next time
}

TEST_CASE("lecture: presentation mode hides the controls and loss places until C; the content outgrows the chrome") {
    app::Lecture lecture;
    lecture.hide({"data"});
    CHECK(lecture.hidden_places() == std::vector<PanelId>{PanelId::Data});
    lecture.set_presentation(true);
    CHECK(lecture.hidden_places() == std::vector<PanelId>{PanelId::Data, PanelId::Controls, PanelId::Loss});
    lecture.controls_shown = true;
    CHECK(lecture.hidden_places() == std::vector<PanelId>{PanelId::Data});
    lecture.set_presentation(false);
    lecture.set_presentation(true);
    CHECK_FALSE(lecture.controls_shown);  // each presentation starts with the content alone
    for (float height : {600.0f, 768.0f, 1080.0f, 2160.0f}) {
        CHECK(lecture.chrome_scale(height) >= 1.0f);
        CHECK(lecture.chrome_scale(height) <= 1.4f);
        CHECK(lecture.content_scale(height) >= 1.5f * lecture.chrome_scale(height));
    }
    CHECK(lecture.content_scale(1080) > lecture.content_scale(768));
}
