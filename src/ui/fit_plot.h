// The data view of a one-input regression: the points (x, y) of both sets and the network's fit h(x) as a curve,
// drawn with ImGui in the data panel (no GL renderer: a few hundred points and one line).
#pragma once

#include "ui/data_panel.h"

namespace ui {

// Uses the view's session, network as of the cursor, trace and event, and `compact` (no legend); not the plane.
void fit_plot(const DataView& view);

}  // namespace ui
