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

class DigitsPanel {
public:
    // Draws into the current ImGui window's remaining content region.
    DigitsActions draw(const DigitsView& view);

    // For the JS API and tests: paint at (x, y) in pad units (0..8), clear, load test example i.
    void paint(double x, double y) { pad_.paint(x, y); }
    void clear() { pad_.clear(); }
    void load(const core::Dataset& data, int example);
    const lab::DrawPad& pad() const { return pad_; }
    // The guess for the pad as it is now (first = −1 when the network does not fit the pad).
    lab::DigitGuess guess(const core::Network& net) const;
    // Where the pad was drawn last (ImGui's logical pixels; side 0 before the tab was first shown).
    float pad_left() const { return pad_left_; }
    float pad_top() const { return pad_top_; }
    float pad_side() const { return pad_side_; }

private:
    lab::DrawPad pad_;
    mutable core::Cache cache_;  // scratch for the forward pass; the bars read its a⁽²⁾ and a⁽³⁾
    float pad_left_ = 0, pad_top_ = 0, pad_side_ = 0;
    bool painting_ = false;
    float last_x_ = 0, last_y_ = 0;  // the brush's previous position (pad units), to paint a continuous stroke
};

}  // namespace ui
