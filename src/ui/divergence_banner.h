// The banner that appears when training diverged: what happened, at which step, the likely cause, and a button
// that brings back the last finite state. Reads the session's divergence report; returns what the user asked for.
#pragma once

#include "lab/teach/divergence.h"

namespace ui {

struct DivergenceActions {
    bool restore_last_finite = false;
};

// Draws nothing when `divergence` did not happen. (x, y, width): where the banner goes, in ImGui coordinates.
DivergenceActions divergence_banner(const lab::Divergence& divergence, float x, float y, float width);

}  // namespace ui
