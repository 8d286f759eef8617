// Internal to the network view: what one frame draws from, shared by network_view.cpp (layout, interaction),
// network_view_draw.cpp (painting) and network_view_tips.cpp (tooltips and the weight-edit popup).
#pragma once
#include <string>
#include <vector>

#include "core/network.h"
#include "imgui.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"
#include "lab/teach/unit_health.h"
#include "ui/network_layout.h"
#include "ui/tip_place.h"

namespace ui {
struct NetworkViewState;
}

namespace ui::detail {

struct ViewFrame {
    const lab::Stepper& stepper;
    const lab::StepTrace* trace = nullptr;    // nullptr: free-running, no values to show
    core::Network net;                        // Θ as of the cursor
    const core::Cache* cache = nullptr;       // the shown example's values
    int example = -1;                         // its position in the batch
    const lab::TraceEvent* event = nullptr;   // the current event
    const std::vector<core::Matrix>* dtheta = nullptr;  // ∂J/∂Θ of the step shown (or the last step), if any
    bool gradient_phase = false;
    std::vector<char> forward_reached;        // per layout node: a is computed
    std::vector<char> delta_reached;          // per layout node: δ is computed
    double input_scale = 1.0;                 // |x| that gets the full colour
    bool sign_cues = false;                   // negative Θ, ∂J/∂Θ and δ also dashed (ui/sign_cue.h)
    const lab::Prediction* prediction = nullptr;  // what a prediction waits for counts as not reached

    explicit ViewFrame(const lab::Stepper& s) : stepper(s) {}
    bool gradient_reached(int layer, int row) const;  // ∂J/∂Θ row computed (or no trace)
};

// "0.73", "−1.2", "12": short enough to fit inside a node (at most `decimals`); true minus sign.
std::string short_number(double value, int decimals);

// Painting (network_view_draw.cpp), in this order: headers, edges, nodes (on top of their edges).
void draw_headers(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const Box& region);
void draw_edges(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout);
void draw_nodes(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const NetworkViewState& state,
                int hovered_node);
ImU32 hover_colour();  // the line over the edge under the mouse
// The lessons' marks and their legends (network_view_marks.cpp): lesson 5's dead and saturated units, lesson 10's
// dropout mask of the shown example.
void draw_unit_health(ImDrawList* draw, const NetworkLayout& layout, const lab::NetworkHealth& health, const Box& region);
void draw_dropout_mask(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const Box& region);
// The height their legends take under the drawing's region (0 without marks).
float marks_legend_height(const NetworkViewState& state, const lab::Stepper& stepper);

// Tooltips (network_view_tips.cpp).
// Each returns where its tooltip went.
TipBox node_tooltip(const ViewFrame& frame, const NetworkLayout& layout, int node);
TipBox edge_tooltip(const ViewFrame& frame, const EdgeRef& edge);
// The tooltip of the node or edge under the pointer or, on a touch screen, of the unit a tap pinned (placed with
// last frame's size so that all of it is in the window); notes it in state.tip.
void view_tips(const ViewFrame& frame, const NetworkLayout& layout, NetworkViewState& state, int hovered_node,
               const EdgeRef& hovered_edge);

}  // namespace ui::detail
