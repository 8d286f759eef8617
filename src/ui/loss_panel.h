// The loss panel: the epoch counter (full passes over the training data), loss and accuracy now, and their curves
// per epoch, train and test.
#pragma once

#include "lab/session.h"

namespace ui {

// Draws into the current ImGui window.
void loss_panel(const lab::Session& session);

}  // namespace ui
