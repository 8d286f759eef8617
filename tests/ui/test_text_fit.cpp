#include <catch2/catch.hpp>

#include "ui/text_fit.h"

using ui::truncate_to_width;

namespace {

// one unit per code point, as a monospace font would measure
float code_points(const std::string& s) {
    float n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

TEST_CASE("a caption that fits is kept whole", "[text_fit]") {
    CHECK(truncate_to_width("Edges: Θ", 8, code_points) == "Edges: Θ");
}

TEST_CASE("a long caption is cut at a code point and ends with an ellipsis", "[text_fit]") {
    CHECK(truncate_to_width("abcdefgh", 5, code_points) == "abcd…");
    // Θ is two bytes: a cut inside it would leave invalid UTF-8
    CHECK(truncate_to_width("ΘΘΘΘΘΘ", 4, code_points) == "ΘΘΘ…");
    // no trailing space before the ellipsis
    CHECK(truncate_to_width("ab  cdefgh", 5, code_points) == "ab…");
}

TEST_CASE("too narrow for one character leaves the ellipsis alone", "[text_fit]") {
    CHECK(truncate_to_width("abc", 0.5f, code_points) == "…");
}
