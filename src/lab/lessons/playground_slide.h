// The lecture's TensorFlow Playground slide as a run the lab opens in one click: its settings (learning rate 0.03,
// sigmoid, no regularization, 50 % training data, noise 0, batch 10, one hidden layer of one neuron) on the spiral,
// with every one of the slide's features fed in (FEATURES: x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂). One neuron
// cannot follow the spiral (the slide shows a loss of about 0.5); more neurons are the next click.
#pragma once

#include "lab/io/config.h"

namespace lab {

// `from` with the slide's settings (the rest of `from` — seeds, optimizer memory off — kept).
LabConfig playground_slide(const LabConfig& from);

}  // namespace lab
