// The training panel: where the run stands (epoch, losses, loss curve) and the controls to steer it.
// Like every panel it only reads the session and returns what the user asked for; the App applies it.
#pragma once

#include "lab/session.h"

namespace ui {

struct TrainingActions {
    bool toggle_pause = false;
    bool reset = false;
    int steps_per_frame = 0;  // > 0: the user picked a new training speed
};

struct TrainingView {
    const lab::Session& session;
    bool paused;
    int steps_per_frame;
    bool boundary_drawn;  // false when the data set has no 2-D plane to draw
};

// Draws the panel as a fixed window at (x, y) of the given size (ImGui coordinates).
TrainingActions training_panel(const TrainingView& view, float x, float y, float width, float height);

}  // namespace ui
