// The GPU decision boundary checked against the core's forward pass in double: a fresh BoundaryRenderer draws
// h_Θ for a set of networks (every output kind the shader colours, and one too large for Θ in uniforms, so both
// of its paths run) on a size × size grid; each pixel read back must show the class that core::forward gives at
// the pixel's centre. Pixels where the class is nearly a tie are skipped (float vs double may round either way).
// Used by `backprop_lab --check-boundary N` and the page's bplab.checkBoundary(N).
#pragma once
#include <string>

namespace render {

struct BoundaryCheck {
    int networks = 0;     // networks drawn
    int checked = 0;      // pixels compared (the clear-cut ones)
    int disagreeing = 0;  // pixels whose colour names another class than the CPU's h_Θ(x)
    std::string problem;  // the first disagreement or failure, in words; empty when all agree
};

// Needs a current GL context; draws into the bound framebuffer's bottom-left size × size pixels.
BoundaryCheck check_boundary(int size);

// The class a boundary colour shows (shaders/boundary.frag: orange = class 0, blue = 1, green = 2): the
// channel that stands out from the light grey middle.
int colour_class(int red, int green, int blue);

}  // namespace render
