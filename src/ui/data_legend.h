// What the data panel's legend lists (pure: no ImGui, so the tests can check it): one entry per colour the points
// and the background use, in the colours of shaders/points.frag and shaders/boundary.frag — class 0 orange, class 1
// blue, class 2 green. Regression targets are coloured like a binary label (y ≥ 0.5 blue, below orange), so their
// legend says that instead of naming classes.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "ui/palette.h"
#include "ui/value_colours.h"

namespace ui {

// The standard palette's class colours (ui/palette.h), for the views that do not follow the palette
inline constexpr const Rgb (&kClassColours)[3] = kPalettes[0].classes;  // #f59322 #0877bd #3aa34e
inline constexpr Rgb kNoClassColour = {128, 128, 128};  // classes 3 and up: the boundary's grey

struct LegendEntry {
    Rgb colour;
    int shape = 0;      // 0 a circle, 1 a square, 2 a triangle (the palette's shapes; ui/palette.h)
    std::string label;  // "class 0", "setosa", "y < 0.5", "classes 3–9"
};

// Entries for the data set's classes (its class names when it has them); every class appears once.
std::vector<LegendEntry> data_legend(const core::Dataset& data, Palette palette = Palette::Standard);

}  // namespace ui
