// The gradient check panel: backprop's ∂J/∂Θ next to finite differences of J for every weight, the relative
// error and a pass/fail verdict, for the batch of the step being shown (or example 1 without a trace).
// Computed when asked (button, a change of h or of the difference) and when the cursor moves to another step,
// never every frame: each weight costs one or two passes over the batch.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/gradcheck.h"
#include "lab/teach/stepper.h"

namespace ui {

struct GradCheckState {
    double h = 1e-4;       // the slide's h = 0.0001
    bool central = true;
    std::vector<core::GradCheckEntry> entries;
    bool computed = false;
    long long step = -2;          // the traced step the entries belong to (−1: no trace)
    uint64_t weights_hash = 0;    // of the Θ that was checked
    std::string subject;          // "Θ before step 12, batch of 10 examples"
};

void gradcheck_panel(GradCheckState& state, const lab::Stepper& stepper);

}  // namespace ui
