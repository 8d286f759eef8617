// The gradient check panel: backprop's ∂J/∂Θ next to finite differences of J for every weight, the relative
// error and a pass/fail verdict, for the batch of the step being shown (or example 1 without a trace). It shows a
// lab::GradCheckRun and asks for another (button, a change of h or of the difference); it computes nothing.
#pragma once
#include <string>
#include <vector>

#include "lab/teach/gradcheck_run.h"

namespace ui {

struct GradCheckView {
    const lab::GradCheckRun& run;
    bool stale;  // Θ or the step changed since the run (lab::gradcheck_stale)
    const std::vector<std::string>* worked_numbers = nullptr;  // the lecture's worked line, above the table
    // A value the student is to predict that the table would give away (a δ, a ∂J/∂Θ or an updated Θ: its symbol),
    // or nullptr. The table waits until it is predicted or revealed.
    const char* hidden_symbol = nullptr;
};

struct GradCheckActions {
    double h = 0.0;          // > 0: a new h (checked when the slider is let go: check_now)
    int central = -1;        // 1 central, 0 forward differences (checked at once), −1 unchanged
    bool check_now = false;
};

// Draws into the current ImGui window. The App runs the check (lab::run_gradcheck) when asked.
GradCheckActions gradcheck_panel(const GradCheckView& view);

}  // namespace ui
