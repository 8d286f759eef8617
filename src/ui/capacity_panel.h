// Lesson 6's tab: the same data learned by 3, 6 and 20 hidden units (lab/teach/capacity.h), each drawn as its
// decision boundary with the training points and captioned "3 hidden units · J = 0.41 · epoch 120". The three
// pictures sit side by side, or in two rows or one column, whichever gives them the most room.
#pragma once
#include "lab/teach/capacity.h"

namespace ui {

struct CapacityPanelView {
    const lab::CapacityComparison* runs;  // null: not built yet (nothing to draw)
    lab::PlaneExtent extent;              // the plane the boundaries were evaluated over
    bool playing = false;                 // the lab is training (Play): the three train with it
};

struct CapacityPanelActions {
    bool toggle_play = false;  // Play / Pause, the step bar's
    bool reset = false;        // the three start again from their first weights
};

CapacityPanelActions capacity_panel(const CapacityPanelView& view);

}  // namespace ui
