// Predict, then reveal (lab/teach/prediction.h), in the equation place and the graph tab: the mode's switch, then
// while a value is hidden "Your prediction for δ₁⁽³⁾: [____] Check  Reveal", and after it the value, the error and
// the running score. Reads the prediction, returns what was asked; the App applies it.
#pragma once
#include <optional>
#include <string>

#include "lab/teach/prediction.h"

namespace ui {

struct PredictionPanelState {
    char text[48] = "";  // the field's text between frames; the App clears it when a prediction is taken
    // Where the field was drawn (ImGui's logical pixels), for the JS API and the page's on-screen keyboard.
    float box[4] = {0, 0, 0, 0};
};

struct PredictionActions {
    std::optional<bool> set_on;  // the switch was clicked
    std::optional<std::string> submit;  // Enter or Check: this text
    bool reveal = false;
};

// `note`: the App's last word on it (a refused prediction, a step refused while a value is hidden), or "".
PredictionActions prediction_panel(const lab::Prediction& prediction, const std::string& note,
                                   PredictionPanelState& state);

// "δ₁⁽³⁾ = −0.2689 · you said −0.3: off by 0.0311 (11.6 %), within 5 % or 0.01" (or "not within …"); "… (revealed)".
std::string outcome_text(const lab::Outcome& outcome);

}  // namespace ui
