// The network view: nodes in columns per layer (bias units a₀ = 1 on top), filled by activation; δ rings during
// backprop; edges by Θ (width |Θ|, colour sign), or by ∂J/∂Θ in the gradient phase; what the cursor has not
// reached yet is grey; the current event's node or edges highlighted; per-neuron thumbnails for 2-D inputs.
// Hover for numbers and formulas, click an edge or a bias unit to type a weight, right-click (or Shift+click) an
// edge to use it as a loss-surface axis. Reads the stepper, returns actions; the App applies them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lab/io/architecture_edit.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"
#include "lab/teach/unit_health.h"
#include "ui/layer_buttons.h"
#include "ui/network_layout.h"
#include "ui/neuron_thumbnails.h"
#include "ui/node_spot.h"
#include "ui/tip_place.h"

namespace ui {

// Θᵢⱼ⁽ˡ⁺¹⁾ := value (0-based layer l, row i, column j; j = 0 is the bias): the App calls Stepper::edit_weight.
struct EditWeight {
    int layer = 0, row = 0, col = 0;
    double value = 0.0;
};

// Use Θᵢⱼ⁽ˡ⁺¹⁾ as an axis of the loss surface: axis 0 or 1, or −1 for "whichever the surface panel wants next".
struct PickSurfaceWeight {
    int layer = 0, row = 0, col = 0;
    int axis = -1;
};

struct NetworkViewActions {
    std::optional<EditWeight> edit_weight;
    std::optional<PickSurfaceWeight> pick_surface_weight;
    std::optional<lab::ArchitectureEdit> edit_architecture;  // + or − over a column (ui/layer_buttons.h)
    std::optional<core::FeatureSet> features;  // a feature clicked in the input column: a new network with these
};

struct NodeRef {
    int layer = -1, unit = 0;
    bool valid() const { return layer >= 0; }
};

struct NetworkViewState {
    bool show_thumbnails = true;
    const lab::NetworkHealth* health = nullptr;  // set each frame: lesson 5's dead and saturated marks, or none
    bool sign_cues = false;  // set each frame: the palette's second cue for sign (ui/sign_cue.h)
    const lab::Prediction* prediction = nullptr;  // set each frame: a value it hides is drawn as not computed yet

    // Written by network_view() each frame, read by the App:
    std::vector<NodeSpot> nodes;  // where each node was drawn (the JS API reports them)
    std::vector<EditButtonSpot> edit_buttons;  // where the + and − buttons were drawn (the JS API reports them)
    NodeRef hovered;    // the unit under the mouse this frame
    NodeRef selected;   // the unit last clicked (the activation gallery marks its z)
    NodeRef pinned;     // a touch screen: the unit a tap pinned the tooltip of, until the next tap elsewhere
    TipBox tip;         // where this frame's tooltip went (size 0: none; the JS API reports it)

    // The weight-edit popup.
    EdgeRef editing;                   // the weight being edited (layer −1: none)
    int editing_bias_layer = -1;       // a bias unit was clicked: one field per outgoing weight
    char edit_text[32] = {};
    std::string edit_message;          // why the last value was refused
    bool edit_pending = false;         // an EditWeight was returned; the App reports the result

    // Thumbnail cache: recomputed when the displayed weights change (at most a few times a second).
    NeuronThumbnails thumbnails;
    double thumbnails_time = -1.0;
};

NetworkViewActions network_view(const lab::Stepper& stepper, NetworkViewState& state);

// The App's answer to the last EditWeight: accepted closes the popup; refused keeps it open with the message.
void network_view_edit_result(NetworkViewState& state, bool accepted);

// The unit whose z the activation gallery should mark: the current event's node, else the hovered, else the
// selected one.
NodeRef focus_node(const NetworkViewState& state, const lab::Stepper& stepper);

// Which example of the step's batch the view shows: the current event's, or the last one in the gradient and
// update phases; −1 without a trace.
int shown_example(const lab::Stepper& stepper);

}  // namespace ui
