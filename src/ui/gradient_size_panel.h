// Lesson 5's gradient size tab: ‖∂J/∂Θ⁽ˡ⁾‖ and mean |δ⁽ˡ⁾| per layer as bars on a log scale, for the network as
// shown and for the same Θ with another hidden g (lab::compare_health), and the count of dead and saturated units
// that the network view marks. Reads the App's numbers; computes nothing.
#pragma once
#include "lab/teach/unit_health.h"

namespace ui {

// Colours of the marks in the network view and of the two bar rows, shared with the network view's legend.
struct HealthColours {
    unsigned dead, saturated, shown_bar, compared_bar;
};
HealthColours health_colours();

// health: nullptr before the App has computed it (the tab's first frame).
void gradient_size_panel(const lab::HealthComparison* health, core::Activation hidden_g);

}  // namespace ui
