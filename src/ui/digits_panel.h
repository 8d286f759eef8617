// The "draw your number" lesson (17): an 8×8 pad the student paints on with the mouse or a finger (touch arrives
// as mouse events), the 64-16-10 softmax network's live activations — the 16 hidden units and the 10 output
// probabilities as bars — and its first and second guess, large. Test digits as thumbnails load into the pad with
// a click. The network is the session's, trained live by the App while the lesson plays.
#pragma once
#include "core/network.h"
#include "lab/teach/digits.h"
#include "lab/teach/session.h"

namespace ui {

struct DigitsView {
    const lab::Session& session;
    const core::Network& net;  // Θ as shown (the session's, as of the cursor)
    bool training;             // the App is training freely
    double test_accuracy;      // of `net` on the test set (lab::LiveLosses)
};

struct DigitsActions {
    bool toggle_training = false;
};

// The panel's own state: the pad the student paints on, and where it was drawn.
struct DigitsPanelState {
    lab::DrawPad pad;
    core::Cache cache;  // scratch for the forward pass; the bars read its a⁽²⁾ and a⁽³⁾
    // Where the pad was drawn last (ImGui's logical pixels; side 0 before the tab was first shown), for the JS API.
    float pad_left = 0, pad_top = 0, pad_side = 0;
    bool painting = false;
    float last_x = 0, last_y = 0;  // the brush's previous position (pad units), to paint a continuous stroke
};

// Draws into the current ImGui window's remaining content region (painting changes state.pad).
DigitsActions digits_panel(const DigitsView& view, DigitsPanelState& state);

// Test example i into the pad (a thumbnail clicked).
void load_digit(DigitsPanelState& state, const core::Dataset& data, int example);

}  // namespace ui
