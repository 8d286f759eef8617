// The network view's + and − (as TF Playground has them): over the input column "layers − +" adds or removes a
// hidden layer; over each hidden column "− +" removes or adds one of its units. A button whose change the hidden
// field's limits refuse is greyed, and its tooltip says why. Returns the edit asked for; the App applies it to the
// config through the controls' path (a new session, as a typed architecture).
#pragma once
#include <optional>
#include <vector>

#include "lab/io/architecture_edit.h"
#include "ui/network_layout.h"

namespace ui {

// Where a button went (logical pixels), for the JS API and the browser tests.
struct EditButtonSpot {
    lab::ArchitectureEdit edit;
    float x = 0, y = 0, w = 0, h = 0;
    bool enabled = true;  // false: the limits refuse its edit
};

// Draws into the current window on the row of height ImGui::GetFrameHeight() from screen y = `top`, centred on the
// layout's columns. `sizes` are s₁ … s_L (the input and output columns get no unit buttons).
std::optional<lab::ArchitectureEdit> layer_buttons(const NetworkLayout& layout, const std::vector<int>& sizes,
                                                   float top, std::vector<EditButtonSpot>& spots);

}  // namespace ui
