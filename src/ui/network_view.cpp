#include "ui/network_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/fonts.h"
#include "lab/teach/heatmap.h"
#include "ui/feature_inputs.h"
#include "lab/teach/notation.h"
#include "ui/network_view_draw.h"
#include "ui/caption.h"
#include "ui/layer_buttons.h"
#include "ui/sign_cue.h"
#include "ui/tap_target.h"
#include "ui/theme.h"

namespace ui {
namespace {

using detail::ViewFrame;

bool is_per_example(lab::Phase p) { return p != lab::Phase::Gradient && p != lab::Phase::Update; }

// Reached by the cursor, and not the value a prediction waits for.
bool shown(const ViewFrame& f, lab::Phase phase, int example, int layer, int unit) {
    return f.stepper.reached(phase, example, layer, unit) && !(f.prediction && f.prediction->hides(phase, example, layer, unit));
}

ViewFrame make_frame(const lab::Stepper& stepper, const NetworkLayout& layout, const lab::Prediction* prediction) {
    ViewFrame f(stepper);
    f.prediction = prediction;
    f.trace = stepper.trace();
    f.event = stepper.current_event();
    const bool update_hidden = f.event && f.event->phase == lab::Phase::Update && prediction &&
                               prediction->hides(lab::Phase::Update, -1, f.event->layer, f.event->unit);
    f.net = update_hidden ? lab::network_before_event(*f.trace, stepper.cursor()) : stepper.displayed_network();
    f.example = shown_example(stepper);
    f.gradient_phase = f.event && f.event->phase == lab::Phase::Gradient;
    if (f.trace && f.example >= 0 && f.example < static_cast<int>(f.trace->record.caches.size()))
        f.cache = &f.trace->record.caches[static_cast<size_t>(f.example)];
    if (f.trace) f.dtheta = &f.trace->record.dtheta;
    else if (stepper.session().steps() > 0 && stepper.session().trainer().dtheta.size() == f.net.theta.size())
        f.dtheta = &stepper.session().trainer().dtheta;
    if (stepper.session().train_points().n_in == 2) {
        const lab::PlaneExtent e = lab::plane_extent(stepper.session().train_points());
        f.input_scale = std::max(std::fabs(e.lo), std::fabs(e.hi));
    }
    const int L = f.net.layer_count();
    f.forward_reached.assign(layout.nodes.size(), 0);
    f.delta_reached.assign(layout.nodes.size(), 0);
    for (size_t k = 0; k < layout.nodes.size(); ++k) {
        const NodePlace& n = layout.nodes[k];
        if (n.unit < 0) continue;
        if (!f.trace) {
            f.forward_reached[k] = 1;  // nothing to grey, though there are no values either
            continue;
        }
        // a⁽¹⁾ = x is known as soon as the example's first forward event is reached
        f.forward_reached[k] = n.layer == 0 ? stepper.reached(lab::Phase::Forward, f.example, 1, 0)
                                            : shown(f, lab::Phase::Forward, f.example, n.layer, n.unit);
        if (n.layer > 0) {
            const lab::Phase phase = n.layer == L - 1 ? lab::Phase::OutputDelta : lab::Phase::HiddenDelta;
            f.delta_reached[k] = shown(f, phase, f.example, n.layer, n.unit);
        }
    }
    return f;
}

std::string legend_text(const lab::Stepper& stepper) {
    const lab::StepTrace* trace = stepper.trace();
    const lab::TraceEvent* event = stepper.current_event();
    if (!trace) return "Edges: Θ (width |Θ|; orange −, blue +).  Step (Space) to see a, z and δ.";
    const int m = static_cast<int>(trace->record.batch.size());
    const std::string which = "example " + std::to_string(shown_example(stepper) + 1) + " of " + std::to_string(m);
    switch (event ? event->phase : lab::Phase::Forward) {
        case lab::Phase::Forward:
        case lab::Phase::Loss:
            return "Forward, " + which + ": fill = a (orange −, blue +), edges = Θ (width |Θ|), grey = not computed yet";
        case lab::Phase::OutputDelta:
        case lab::Phase::HiddenDelta:
            return "Backprop, " + which + ": ring = δ (width |δ|, orange −, blue +), fill = a, edges = Θ";
        case lab::Phase::Gradient:
            return "Gradients over the batch of " + std::to_string(m) + ": dashed edges = ∂J/∂Θ (width |∂J/∂Θ|, purple +, " +
                   "green −); nodes: " + which;
        case lab::Phase::Update: return "Update Θ := Θ − α ∂J/∂Θ, row by row: edges = the new Θ; nodes: " + which;
    }
    return "";
}

void refresh_thumbnails(NetworkViewState& state, const ViewFrame& f, const NetworkLayout& layout) {
    if (!state.show_thumbnails || layout.thumb_size <= 0 || f.stepper.session().train_points().n_in != 2) return;
    const int res = std::clamp(static_cast<int>(layout.thumb_size / 3), 6, 16);
    const double now = ImGui::GetTime();
    const bool reshaped = state.thumbnails.res != res || !state.thumbnails.made_for(f.net);
    const bool stale = reshaped || state.thumbnails.weights_hash != core::weights_hash(f.net);
    // free-running training changes Θ every frame: a few refreshes a second are enough there; another shape
    // (a new lesson, a link) at once
    if (stale && (f.trace || reshaped || now - state.thumbnails_time > 0.2)) {
        compute_thumbnails(f.net, lab::plane_extent(f.stepper.session().train_points()), res, state.thumbnails,
                           f.stepper.session().features());
        state.thumbnails_time = now;
    }
}

}  // namespace

namespace detail {

bool ViewFrame::gradient_reached(int layer, int row) const {
    return !trace || (stepper.reached(lab::Phase::Gradient, -1, layer, row) &&
                      !(prediction && prediction->hides(lab::Phase::Gradient, -1, layer, row)));
}

std::string short_number(double value, int decimals) {
    if (!std::isfinite(value)) return lab::num(value);  // "NaN", "∞", "−∞" — never printf's "nan"
    char text[32];
    const double m = std::fabs(value);
    if (m >= 100) decimals = 0;
    else if (m >= 10) decimals = std::min(decimals, 1);
    std::snprintf(text, sizeof text, "%.*f", decimals, m);
    const bool shows_nonzero = std::strtod(text, nullptr) != 0.0;
    return (value < 0 && shows_nonzero ? "−" : "") + std::string(text);
}

}  // namespace detail

int shown_example(const lab::Stepper& stepper) {
    const lab::StepTrace* trace = stepper.trace();
    if (!trace) return -1;
    const lab::TraceEvent* e = stepper.current_event();
    if (e && is_per_example(e->phase) && e->example >= 0) return e->example;
    return static_cast<int>(trace->record.batch.size()) - 1;
}

NodeRef focus_node(const NetworkViewState& state, const lab::Stepper& stepper) {
    const lab::TraceEvent* e = stepper.current_event();
    if (e && (e->phase == lab::Phase::Forward || e->phase == lab::Phase::OutputDelta || e->phase == lab::Phase::HiddenDelta))
        return NodeRef{e->layer, e->unit};
    if (state.hovered.valid()) return state.hovered;
    return state.selected;
}

void network_view_edit_result(NetworkViewState& state, bool accepted) {
    state.edit_pending = false;
    if (accepted) {
        state.editing = EdgeRef{};
        state.editing_bias_layer = -1;
        state.edit_message.clear();
    } else {
        state.edit_message = "Refused: a weight must be a finite number with |Θ| ≤ 1e6. The old value stays.";
    }
}

void edit_popup(NetworkViewState& state, const detail::ViewFrame& frame, NetworkViewActions& actions);  // tips.cpp
bool edge_menu(const EdgeRef& edge, NetworkViewActions& actions);  // tips.cpp; true: "edit" was chosen

// Opens the popup to type a new Θᵢⱼ, with its present value in the field.
void open_editor(NetworkViewState& state, const detail::ViewFrame& frame, const EdgeRef& edge) {
    state.editing = edge;
    state.editing_bias_layer = -1;
    const double w = frame.net.theta[static_cast<size_t>(edge.layer)](edge.row, edge.column);
    std::snprintf(state.edit_text, sizeof state.edit_text, "%.6g", w);
    state.edit_message.clear();
    ImGui::OpenPopup("edit weight");
}

NetworkViewActions network_view(const lab::Stepper& stepper, NetworkViewState& state) {
    NetworkViewActions actions;
    const core::Network& live = stepper.session().network();
    const bool plane = stepper.session().train_points().n_in == 2;

    // the legend (wrapped) with the thumbnails switch at its right, then the drawing area
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float switch_w = plane ? ImGui::CalcTextSize("thumbnails").x + ImGui::GetFrameHeight() + 12 : 0.0f;
    if (plane) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + avail.x - switch_w + 8, origin.y));
        ImGui::Checkbox("thumbnails", &state.show_thumbnails);
        ImGui::SetCursorScreenPos(origin);
    }
    const bool gradient_phase = stepper.current_event() && stepper.current_event()->phase == lab::Phase::Gradient;
    const std::string legend = legend_text(stepper) + (state.sign_cues ? sign_cue_caption(gradient_phase) : "");
    const float legend_w = avail.x - switch_w;
    if (ImGui::CalcTextSize(legend.c_str(), nullptr, false, legend_w).y > 0.2f * avail.y) {
        // cramped (projector text on a small screen): the drawing needs the room; one line, all of it on hover
        one_line_caption(legend, legend_w, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + legend_w);
        ImGui::TextUnformatted(legend.c_str());
        ImGui::PopTextWrapPos();
    }
    const float legend_bottom = std::max(ImGui::GetCursorScreenPos().y, origin.y + ImGui::GetFrameHeightWithSpacing());
    const float marks_h = detail::marks_legend_height(state, stepper);  // the lessons' mark legends, under the drawing
    const float buttons_h = ImGui::GetFrameHeightWithSpacing();  // the + and − row over the columns
    Box region{origin.x, legend_bottom + buttons_h, avail.x,
               std::max(50.0f, origin.y + avail.y - legend_bottom - buttons_h - marks_h)};
    const float features_w = plane ? feature_column_width(region) : 0.0f;  // ui/feature_inputs.h, left of layer 1
    if (features_w > 0.0f) {
        actions.features = feature_column(Box{region.x, region.y, features_w, region.h},
                                          stepper.session().config().features,
                                          lab::plane_extent(stepper.session().train_points()));
        region.x += features_w, region.w -= features_w;
    }
    LayoutOptions options;
    options.thumbnails = plane && state.show_thumbnails;
    options.text_height = ImGui::GetTextLineHeight();
    options.max_radius *= content_scale();  // presentation mode: nodes (and the values in them) grow with the content
    const NetworkLayout layout = layout_network(live.sizes, region, options);
    ViewFrame frame = make_frame(stepper, layout, state.prediction);
    frame.sign_cues = state.sign_cues;
    refresh_thumbnails(state, frame, layout);
    actions.edit_architecture = layer_buttons(layout, live.sizes, legend_bottom, state.edit_buttons);

    ImGui::SetCursorScreenPos(ImVec2(region.x, region.y));
    ImGui::InvisibleButton("network", ImVec2(region.w, region.h), ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    // a fingertip is coarse: on a touch screen a node answers a tap within half a tap target of its centre
    const float reach = touch_style() ? 0.5f * kTapTarget * ui_scale() : 0.0f;
    const int hovered_node = hovered ? node_near(layout, mouse.x, mouse.y, reach) : -1;
    const EdgeRef hovered_edge = hovered && hovered_node < 0 ? edge_at(layout, live.sizes, mouse.x, mouse.y, 5.0f) : EdgeRef{};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(region.x, region.y), ImVec2(region.x + region.w, region.y + region.h), true);
    detail::draw_headers(draw, frame, layout, region);
    detail::draw_edges(draw, frame, layout);
    if (hovered_edge.valid()) {
        float x0, y0, x1, y1;
        edge_endpoints(layout, hovered_edge, x0, y0, x1, y1);
        draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), detail::hover_colour(), 3.0f);
    }
    detail::draw_nodes(draw, frame, layout, state, hovered_node);
    draw->PopClipRect();
    if (state.health) detail::draw_unit_health(draw, layout, *state.health, region);
    else detail::draw_dropout_mask(draw, frame, layout, region);

    state.nodes.clear();
    for (const NodePlace& n : layout.nodes) state.nodes.push_back(NodeSpot{n.layer, n.unit, n.cx, n.cy, n.r});
    state.hovered = NodeRef{};
    if (hovered_node >= 0) {
        const NodePlace& n = layout.nodes[static_cast<size_t>(hovered_node)];
        if (n.unit >= 0) state.hovered = NodeRef{n.layer, n.unit};
    }
    detail::view_tips(frame, layout, state, hovered_node, hovered_edge);

    // clicks: a unit selects it; a bias unit or an edge opens the weight editor; Shift+click or the right
    // button picks a loss-surface axis
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        const bool shift = ImGui::GetIO().KeyShift;
        if (hovered_node >= 0) {
            const NodePlace& n = layout.nodes[static_cast<size_t>(hovered_node)];
            if (n.unit >= 0) {
                state.selected = NodeRef{n.layer, n.unit};
            } else if (live.sizes[static_cast<size_t>(n.layer) + 1] == 1) {
                open_editor(state, frame, EdgeRef{n.layer, 0, 0});  // the bias unit has one weight: edit it
            } else {
                state.editing = EdgeRef{};  // first choose which of its weights Θᵢ₀
                state.editing_bias_layer = n.layer;
                state.edit_message.clear();
                ImGui::OpenPopup("edit weight");
            }
        } else if (hovered_edge.valid() && shift) {
            actions.pick_surface_weight = PickSurfaceWeight{hovered_edge.layer, hovered_edge.row, hovered_edge.column, -1};
        } else if (hovered_edge.valid()) {
            open_editor(state, frame, hovered_edge);
        }
    }
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right) && hovered_edge.valid()) {
        state.editing = hovered_edge;
        ImGui::OpenPopup("edge menu");
    }
    if (edge_menu(state.editing, actions)) open_editor(state, frame, state.editing);
    edit_popup(state, frame, actions);
    return actions;
}

}  // namespace ui
