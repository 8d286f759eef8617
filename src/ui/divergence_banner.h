// The banner that appears when training diverged: what happened, at which step, the likely cause, and a button
// that brings back the last finite state. Reads the session's divergence report; returns what the user asked for.
// And its milder sibling: a warning, while training goes on, that the loss has been rising (rising_loss.h).
#pragma once

#include "lab/teach/divergence.h"
#include "lab/teach/rising_loss.h"

namespace ui {

struct DivergenceActions {
    bool restore_last_finite = false;
};

// Draws nothing when `divergence` did not happen. (x, y, width): where the banner goes, in ImGui coordinates.
DivergenceActions divergence_banner(const lab::Divergence& divergence, float x, float y, float width);
// Draws nothing while there is no warning. Asks for nothing: the student changes α in the controls.
void rising_loss_banner(const lab::RisingLoss& rising, float x, float y, float width);

}  // namespace ui
