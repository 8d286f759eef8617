#include <catch2/catch.hpp>

#include "lab/teach/digits.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"

using namespace lab;

TEST_CASE("the draw pad paints with a soft round brush and stays within [0, 1]", "[digits]") {
    DrawPad pad;
    REQUIRE(pad.empty());
    pad.paint(4.0, 4.0);
    REQUIRE_FALSE(pad.empty());
    REQUIRE(pad.pixels[3 * 8 + 3] > 0.0);  // the four pixels around (4, 4)
    REQUIRE(pad.pixels[0] == 0.0);
    for (int k = 0; k < 10; ++k) pad.paint(4.0, 4.0);
    for (double p : pad.pixels) REQUIRE(p <= 1.0);
    pad.paint(NAN, 1.0);  // ignored, no crash
    pad.clear();
    REQUIRE(pad.empty());
}

TEST_CASE("a trained digits network recognizes test digits drawn on the pad", "[digits]") {
    Session session(find_lesson("digits")->config);
    while (session.epoch() < 5) session.train_steps(50);
    core::Cache cache;
    const core::Dataset& test = session.test_set();
    int right = 0, second_right = 0;
    for (int i = 0; i < 100; ++i) {
        DrawPad pad;
        for (int k = 0; k < 64; ++k) pad.pixels[static_cast<size_t>(k)] = test.x_row(i)[k];
        const DigitGuess g = guess_digit(session.network(), pad, cache);
        REQUIRE(g.first != g.second);
        REQUIRE(g.first_p >= g.second_p);
        right += g.first == test.label(i);
        second_right += g.first == test.label(i) || g.second == test.label(i);
    }
    REQUIRE(right >= 85);
    REQUIRE(second_right >= right);
    Session xor_session(find_lesson("xor")->config);
    REQUIRE(guess_digit(xor_session.network(), DrawPad{}, cache).first == -1);  // wrong shape: no guess
}
