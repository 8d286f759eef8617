// Sign as a second cue (ui/sign_cue.h): with the colour-blind-safe palette a negative Θ, ∂J/∂Θ or δ is stroked
// differently from a positive one; the standard palette keeps its look; the dashes cover the line as promised.
#include <catch2/catch.hpp>

#include "ui/sign_cue.h"

TEST_CASE("sign cue: the standard palette strokes as before, whatever the sign") {
    for (double v : {-2.0, 0.0, 3.0}) {
        CHECK(ui::edge_stroke(v, false, false) == ui::Stroke::Solid);
        CHECK(ui::edge_stroke(v, true, false) == ui::Stroke::Dashed);
    }
}

TEST_CASE("sign cue: with sign cues a negative value is stroked unlike a positive one, in both phases") {
    CHECK(ui::edge_stroke(-0.5, false, true) == ui::Stroke::Dashed);
    CHECK(ui::edge_stroke(0.5, false, true) == ui::Stroke::Solid);
    CHECK(ui::edge_stroke(0.0, false, true) == ui::Stroke::Solid);
    CHECK(ui::edge_stroke(-0.5, true, true) == ui::Stroke::Dotted);
    CHECK(ui::edge_stroke(0.5, true, true) == ui::Stroke::Dashed);
    CHECK(ui::dash_pattern(ui::Stroke::Dotted).on < ui::dash_pattern(ui::Stroke::Dashed).on);
}

TEST_CASE("sign cue: dash pieces start at 0, keep their length and gap, and stop at the line's end") {
    const std::vector<ui::Dash> pieces = ui::dash_pieces(25.0f, 7.0f, 4.0f);
    REQUIRE(pieces.size() == 3);  // [0, 7], [11, 18], [22, 25]
    CHECK(pieces[0].from == 0.0f);
    CHECK(pieces[0].to == 7.0f);
    CHECK(pieces[1].from == 11.0f);
    CHECK(pieces[1].to == 18.0f);
    CHECK(pieces[2].from == 22.0f);
    CHECK(pieces[2].to == 25.0f);
}

TEST_CASE("sign cue: no pieces for an empty line, one solid piece for a solid pattern") {
    CHECK(ui::dash_pieces(0.0f, 7.0f, 4.0f).empty());
    CHECK(ui::dash_pieces(-3.0f, 7.0f, 4.0f).empty());
    const std::vector<ui::Dash> solid = ui::dash_pieces(30.0f, 0.0f, 0.0f);
    REQUIRE(solid.size() == 1);
    CHECK(solid[0].from == 0.0f);
    CHECK(solid[0].to == 30.0f);
}
