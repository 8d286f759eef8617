// The loss panel: the epoch counter (full passes over the training data), loss and accuracy now, and their curves
// per epoch, train and test.
#pragma once

#include "lab/teach/session.h"

namespace ui {

// Draws into the current ImGui window. `now`: the losses of the network shown (lab/teach/live_losses.h), at `now_epoch`
// epochs and `now_steps` updates into training; the curves come from the session's epoch history and end there.
void loss_panel(const lab::Session& session, const lab::EpochRecord& now, double now_epoch, long long now_steps);

}  // namespace ui
