// Every scalar activation of core::kActivationTable evaluated on the GPU, through the GLSL that
// render/activation_source.h generates for the boundary and loss-grid shaders, and compared with core's g(z) in
// double at a few z (float tolerance). Catches a shader body that disagrees with core (GLSL sign(0) = 1 once did).
// Used by `backprop_lab --check-activations` and the page's bplab_check_activations.
#pragma once
#include <string>

namespace render {

struct ActivationCheck {
    int activations = 0;  // table entries evaluated (softmax, a whole-layer g, is not one)
    int values = 0;       // g(z) compared
    int disagreeing = 0;  // beyond the tolerance
    double worst = 0.0;   // the largest |g_GPU − g_core| / (1 + |g_core|)
    std::string problem;  // the first disagreement or failure, in words; empty when all agree
};

constexpr double kActivationTolerance = 1e-5;  // relative to 1 + |g|: float rounding and GLSL's erf approximation

// Needs a current GL context; leaves the default framebuffer bound.
ActivationCheck check_activations();

}  // namespace render
