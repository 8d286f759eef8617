// How the network view turns numbers into colours (pure: no ImGui, so the tests can check it).
// One diverging scale for activations, weights and δ, as TF Playground and the boundary shader: orange for
// negative, a light neutral at 0, blue for positive. Gradients ∂J/∂Θ get their own purple/green scale, so the
// gradient phase is told apart at a glance.
#pragma once
#include <cstdint>

#include "core/activation.h"

namespace ui {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

// t in [−1, 1] (clamped): −1 orange #f59322, 0 neutral #e8eaeb, +1 blue #0877bd.
Rgb diverging_colour(double t);
// Sign colour at full strength, for edges and δ rings: orange (< 0) or blue (≥ 0).
Rgb sign_colour(double value);
// ∂J/∂Θ: purple for positive (gradient descent will lower the weight), green for negative.
Rgb gradient_colour(double value);

// An activation a = g(z) mapped onto [−1, 1] for the diverging scale: bounded activations by their range
// (sigmoid 0..1 → −1..1, tanh as is), unbounded ones (ReLU, linear) squashed by t = a / (1 + |a|).
double activation_shade(core::Activation g, double a);

// Dark or light text, whichever reads better on this fill.
bool prefers_dark_text(Rgb fill);

}  // namespace ui
