// The narration panel (a tab of the equation area): the stepped event said in words with its numbers, as the
// page's live region says it to a screen reader (lab/teach/narration.h), and the network and the data described.
// The desktop build has no screen-reader bridge (README "Accessibility"); this shows the same words on screen.
#pragma once
#include <optional>

#include "lab/teach/narration.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"
#include "ui/palette.h"

namespace ui {

struct NarrationActions {
    std::optional<Palette> palette;  // the class colours the user picked
};

struct NarrationPanelState {
    lab::Verbosity verbosity = lab::Verbosity::Formula;  // the user's pick, kept between frames
    const lab::Prediction* prediction = nullptr;  // set each frame: a value it hides is not said
};

// Draws into the current ImGui window; the verbosity buttons change `state`, the palette's is returned.
NarrationActions narration_panel(const lab::Stepper& stepper, Palette palette, NarrationPanelState& state);

}  // namespace ui
