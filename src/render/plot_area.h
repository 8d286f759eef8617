// Where the data plot sits on screen and which part of the input plane it shows.
#pragma once

namespace render {

struct PlotArea {
    // framebuffer pixels, origin bottom-left (as glViewport wants it)
    int x = 0, y = 0, width = 0, height = 0;
    // the input plane shown: x₁ from x_min to x_max (left to right), x₂ from y_min to y_max (bottom to top)
    float x_min = -6, x_max = 6, y_min = -6, y_max = 6;
};

}  // namespace render
