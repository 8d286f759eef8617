// The network place and the data place in a few sentences, for a screen reader (the page's description) and the
// native narration panel: what a sighted student reads off the pictures, with the numbers the panels show.
#pragma once
#include <string>

#include "lab/teach/stepper.h"

namespace lab {

// "2 inputs; hidden layers of 4 and 2 units, tanh; 1 output, sigmoid. Loss binary CE: training 0.693, test 0.701.
// Epoch 3, 120 steps."
std::string describe_network(const Stepper& stepper);

// "Data set Circle: 250 training points (class 0: 126, class 1: 124) and 250 test points. Accuracy: training 52%,
// test 48%. Stepped example: training point 17, x = (0.3, −0.2), class 1." (the point numbered as the step bar
// numbers it, from 0)
std::string describe_data(const Stepper& stepper);

}  // namespace lab
