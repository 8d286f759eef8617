// Lesson 13's one run: when the loss surface follows the network (SurfaceLab::follows), the learning-rate lab's
// presets, its α slider and a click on the map act on the run the data place shows — the network, its h(x) line
// and its marker on J(w, b) — not on a simulation beside it.
#pragma once
#include "lab/teach/stepper.h"

namespace lab {

// The run starts again from its first weights with α (a bad α keeps the old one, as every setting does).
void restart_with_alpha(Stepper& stepper, double alpha);
// The run starts again from (w, b): Θ⁽¹⁾ = [b  w] becomes its first weights. False, and nothing changes, when the
// network is not 1→1 or a value is not finite.
bool restart_at(Stepper& stepper, double w, double b);

}  // namespace lab
