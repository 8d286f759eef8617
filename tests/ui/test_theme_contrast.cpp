// Every text colour of both themes against every background it is drawn on: WCAG 2's contrast ratio ≥ 4.5:1.
#include <catch2/catch.hpp>

#include "ui/theme_colours.h"

TEST_CASE("contrast: WCAG's ratio is 21 for black on white, 1 for a colour on itself, and symmetric") {
    const ui::Colour black{0, 0, 0}, white{1, 1, 1}, grey{0.5f, 0.5f, 0.5f};
    CHECK(ui::contrast_ratio(black, white) == Approx(21.0));
    CHECK(ui::contrast_ratio(grey, grey) == Approx(1.0));
    CHECK(ui::contrast_ratio(grey, white) == Approx(ui::contrast_ratio(white, grey)));
    CHECK(ui::contrast_ratio(grey, white) == Approx(3.95).epsilon(0.01));  // #808080 on white fails AA
    // the near-white formula colour of the dark theme on the light theme's white: what the rule must catch
    CHECK(ui::contrast_ratio(ui::theme_colours(false).formula, ui::theme_colours(true).window_bg) < ui::kMinTextContrast);
}

TEST_CASE("contrast: every text of the light and the dark theme is at least 4.5:1 against its background") {
    for (bool light : {true, false}) {
        const std::vector<ui::TextPair> pairs = ui::text_pairs(ui::theme_colours(light));
        REQUIRE(pairs.size() >= 10);
        for (const ui::TextPair& pair : pairs) {
            INFO((light ? "light theme: " : "dark theme: ") << pair.what);
            CHECK(ui::contrast_ratio(pair.text, pair.background) >= ui::kMinTextContrast);
        }
    }
}
