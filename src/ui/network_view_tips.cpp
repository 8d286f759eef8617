// The network view's words: hover tooltips for nodes and edges, the weight editor and the edge menu.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/network_view.h"
#include "ui/network_view_draw.h"
#include "ui/theme.h"

namespace ui {
namespace {

// Lecture numbering: code layer l is layer l + 1, code unit i is unit i + 1, the bias unit is 0.
std::string a_sym(int layer, int unit) { return lab::indexed("a", {unit + 1}, layer + 1); }
std::string z_sym(int layer, int unit) { return lab::indexed("z", {unit + 1}, layer + 1); }
std::string d_sym(int layer, int unit) { return lab::indexed("δ", {unit + 1}, layer + 1); }
std::string theta_sym(const EdgeRef& e) { return lab::indexed("Θ", {e.row + 1, e.column}, e.layer + 1); }

const lab::TraceEvent* find_event(const detail::ViewFrame& f, lab::Phase phase, int example, int layer, int unit) {
    if (!f.trace) return nullptr;
    for (const lab::TraceEvent& e : f.trace->events)
        if (e.phase == phase && e.example == example && e.layer == layer && e.unit == unit) return &e;
    return nullptr;
}

void formula_lines(const lab::TraceEvent* e) {
    if (!e) return;
    ImGui::TextDisabled("%s", e->formula.c_str());
    ImGui::TextUnformatted(e->numbers.c_str());
}

constexpr float kTipMargin = 4.0f;  // between a tooltip and the window's edge

// Long formulas wrap instead of covering the screen: at 34 ems, or the window's width on a phone.
void push_tip_wrap() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = tip_wrap_width(ImGui::GetFontSize() * 34, ImGui::GetIO().DisplaySize.x, kTipMargin,
                                       style.WindowPadding.x);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

// Ends the tooltip begun by node_tooltip or edge_tooltip, saying where it went.
TipBox end_tip() {
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    return {pos.x, pos.y, size.x, size.y};
}


}  // namespace

namespace detail {

TipBox node_tooltip(const ViewFrame& f, const NetworkLayout& layout, int index) {
    const NodePlace& n = layout.nodes[static_cast<size_t>(index)];
    const int L = f.net.layer_count();
    ImGui::BeginTooltip();
    push_tip_wrap();
    if (n.unit < 0) {
        ImGui::Text("%s = 1: the bias unit of layer %d", lab::indexed("a", {0}, n.layer + 1).c_str(), n.layer + 1);
        ImGui::TextColored(dim_text_colour(), "Click to type one of its weights %s.", lab::indexed("Θ", {}, n.layer + 1).c_str());
        return end_tip();
    }
    const std::string a = a_sym(n.layer, n.unit);
    const core::FeatureSet features = f.stepper.session().features();
    if (n.layer == 0 && features)
        ImGui::Text("%s = %s, feature %d", a.c_str(),
                    core::feature_info(core::feature_list(features)[static_cast<size_t>(n.unit)]).label, n.unit + 1);
    else if (n.layer == 0) ImGui::Text("%s = x%s, input %d", a.c_str(), lab::subscript(n.unit + 1).c_str(), n.unit + 1);
    else ImGui::Text("%s: %s unit %d of layer %d, g = %s", a.c_str(), n.layer == L - 1 ? "output" : "hidden", n.unit + 1,
                     n.layer + 1, core::activation_name(f.net.activation_of(n.layer)));
    if (!f.cache) {
        ImGui::TextColored(dim_text_colour(), "Step through a training step (Space) to see z, a and δ.");
        return end_tip();
    }
    ImGui::TextColored(dim_text_colour(), "example %d of the batch (training example #%d)", f.example + 1,
                       f.trace->record.batch[static_cast<size_t>(f.example)]);
    if (!f.forward_reached[static_cast<size_t>(index)]) {
        ImGui::TextColored(dim_text_colour(), "not computed yet");
        return end_tip();
    }
    const size_t l = static_cast<size_t>(n.layer), u = static_cast<size_t>(n.unit);
    const double av = f.cache->a[l][u];
    if (n.layer == 0) {
        ImGui::Text("%s = %s", a.c_str(), lab::num(av).c_str());
    } else {
        const double z = f.cache->z[l][u];
        const core::Activation g = f.net.activation_of(n.layer);
        ImGui::Text("%s = %s", z_sym(n.layer, n.unit).c_str(), lab::num(z).c_str());
        ImGui::Text("%s = g(%s) = %s", a.c_str(), z_sym(n.layer, n.unit).c_str(), lab::num(av).c_str());
        if (g != core::Activation::Softmax)
            ImGui::Text("g′(%s) = %s", z_sym(n.layer, n.unit).c_str(), lab::num(core::activate_derivative(g, z, core::activate(g, z))).c_str());
        if (f.delta_reached[static_cast<size_t>(index)])
            ImGui::Text("%s = ∂J/∂%s = %s", d_sym(n.layer, n.unit).c_str(), z_sym(n.layer, n.unit).c_str(), lab::num(f.cache->delta[l][u]).c_str());
        else
            ImGui::TextColored(dim_text_colour(), "%s: not computed yet", d_sym(n.layer, n.unit).c_str());
        ImGui::Separator();
        formula_lines(find_event(f, lab::Phase::Forward, f.example, n.layer, n.unit));
        if (f.delta_reached[static_cast<size_t>(index)]) {
            const lab::Phase phase = n.layer == L - 1 ? lab::Phase::OutputDelta : lab::Phase::HiddenDelta;
            formula_lines(find_event(f, phase, f.example, n.layer, n.unit));
        }
    }
    return end_tip();
}

TipBox edge_tooltip(const ViewFrame& f, const EdgeRef& e) {
    const std::string w = theta_sym(e);
    const std::string from = e.column == 0 ? lab::indexed("a", {0}, e.layer + 1) + " (bias)" : a_sym(e.layer, e.column - 1);
    ImGui::BeginTooltip();
    push_tip_wrap();
    ImGui::Text("%s = %s", w.c_str(), lab::num(f.net.theta[static_cast<size_t>(e.layer)](e.row, e.column)).c_str());
    ImGui::TextColored(dim_text_colour(), "from %s to %s", from.c_str(), a_sym(e.layer + 1, e.row).c_str());
    const std::string aj = e.column == 0 ? lab::indexed("a", {0}, e.layer + 1) : a_sym(e.layer, e.column - 1);
    const std::string product = aj + " " + d_sym(e.layer + 1, e.row);
    if (!f.dtheta) {
        ImGui::TextColored(dim_text_colour(), "∂J/∂%s: no training step yet", w.c_str());
    } else if (!f.gradient_reached(e.layer, e.row)) {
        ImGui::TextColored(dim_text_colour(), "∂J/∂%s = %s: not computed yet", w.c_str(), product.c_str());
    } else {
        const double g = (*f.dtheta)[static_cast<size_t>(e.layer)](e.row, e.column);
        ImGui::Text("∂J/∂%s = %s", w.c_str(), lab::num(g).c_str());
    }
    if (f.trace && f.gradient_reached(e.layer, e.row)) {
        const core::StepRecord& r = f.trace->record;
        const core::TrainConfig& config = f.stepper.session().config().train;
        std::string formula = "∂J/∂" + w + " = " + (r.batch.size() == 1 ? product : "(1/m) Σ " + product);
        if (e.column > 0) formula += core::penalty_gradient_text(config.regularization, config.lambda, w);
        ImGui::Separator();
        ImGui::TextDisabled("%s", formula.c_str());
        if (r.batch.size() == 1) {
            const core::Cache& c = r.caches[0];
            const double a_j = e.column == 0 ? 1.0 : c.a[static_cast<size_t>(e.layer)][static_cast<size_t>(e.column - 1)];
            const double d_i = c.delta[static_cast<size_t>(e.layer) + 1][static_cast<size_t>(e.row)];
            ImGui::Text("= %s · %s = %s", lab::factor(a_j).c_str(), lab::factor(d_i).c_str(), lab::num(a_j * d_i).c_str());
        } else {
            ImGui::Text("m = %d examples in the batch", static_cast<int>(r.batch.size()));
        }
    }
    ImGui::TextColored(dim_text_colour(), "Click: type a new value.  Right-click or Shift+click: loss-surface axis.");
    return end_tip();
}

void view_tips(const ViewFrame& f, const NetworkLayout& layout, NetworkViewState& state, int hovered_node,
               const EdgeRef& hovered_edge) {
    // A finger cannot hover: a tap on a unit pins its tooltip; the next tap, anywhere else, takes it away.
    if (touch_style() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        state.pinned = NodeRef{};
        if (hovered_node >= 0 && layout.nodes[static_cast<size_t>(hovered_node)].unit >= 0)
            state.pinned = {layout.nodes[static_cast<size_t>(hovered_node)].layer,
                            layout.nodes[static_cast<size_t>(hovered_node)].unit};
    }
    int pinned = -1;
    for (size_t k = 0; k < layout.nodes.size() && state.pinned.valid(); ++k)
        if (layout.nodes[k].layer == state.pinned.layer && layout.nodes[k].unit == state.pinned.unit)
            pinned = static_cast<int>(k);
    if (pinned < 0) state.pinned = NodeRef{};  // the architecture changed under it

    const TipBox last = state.tip;
    state.tip = TipBox{};
    if (pinned >= 0) {
        const NodePlace& n = layout.nodes[static_cast<size_t>(pinned)];
        const ImVec2 screen = ImGui::GetIO().DisplaySize;
        const TipBox box = place_tip(n.cx, n.cy, last.w, last.h, screen.x, screen.y, kTipMargin);
        ImGui::SetNextWindowPos(ImVec2(box.x, box.y));
        state.tip = node_tooltip(f, layout, pinned);
    } else if (hovered_node >= 0) {
        state.tip = node_tooltip(f, layout, hovered_node);
    } else if (hovered_edge.valid()) {
        state.tip = edge_tooltip(f, hovered_edge);
    }
}

}  // namespace detail

bool edge_menu(const EdgeRef& edge, NetworkViewActions& actions) {
    bool edit = false;
    if (ImGui::BeginPopup("edge menu")) {
        if (edge.valid()) {
            ImGui::TextUnformatted(theta_sym(edge).c_str());
            ImGui::Separator();
            for (int axis = 0; axis < 2; ++axis) {
                const std::string item = "Use as loss-surface axis " + std::to_string(axis + 1);
                if (ImGui::MenuItem(item.c_str()))
                    actions.pick_surface_weight = PickSurfaceWeight{edge.layer, edge.row, edge.column, axis};
            }
            if (ImGui::MenuItem("Type a new value…")) edit = true;
        }
        ImGui::EndPopup();
    }
    return edit;
}

void edit_popup(NetworkViewState& state, const detail::ViewFrame& f, NetworkViewActions& actions) {
    if (!ImGui::BeginPopup("edit weight")) {
        if (!state.edit_pending) state.editing_bias_layer = -1;
        return;
    }
    if (!state.editing.valid() && state.editing_bias_layer >= 0) {
        // a bias unit was clicked: choose which of its weights Θᵢ₀ to type
        const int l = state.editing_bias_layer;
        ImGui::Text("Weights of the bias unit %s:", lab::indexed("a", {0}, l + 1).c_str());
        const core::Matrix& theta = f.net.theta[static_cast<size_t>(l)];
        for (int i = 0; i < theta.rows; ++i) {
            const EdgeRef e{l, i, 0};
            const std::string item = theta_sym(e) + " = " + lab::num(theta(i, 0));
            if (ImGui::Selectable(item.c_str(), false, ImGuiSelectableFlags_DontClosePopups)) {
                state.editing = e;
                std::snprintf(state.edit_text, sizeof state.edit_text, "%.6g", theta(i, 0));
            }
        }
        ImGui::EndPopup();
        return;
    }
    if (!state.editing.valid() || state.editing.layer >= static_cast<int>(f.net.theta.size())) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const EdgeRef e = state.editing;
    ImGui::Text("New value for %s (now %s):", theta_sym(e).c_str(),
                lab::num(f.net.theta[static_cast<size_t>(e.layer)](e.row, e.column)).c_str());
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("-0.000000000e+00").x);
    bool submit = ImGui::InputText("##weight", state.edit_text, sizeof state.edit_text,
                                   ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    ImGui::SameLine();
    submit |= ImGui::Button("Set");
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        state.editing = EdgeRef{};
        ImGui::CloseCurrentPopup();
    }
    if (submit) {
        char* end = nullptr;
        const double value = std::strtod(state.edit_text, &end);
        while (end && *end == ' ') ++end;
        if (end == state.edit_text || (end && *end != '\0')) {
            state.edit_message = std::string("\"") + state.edit_text + "\" is not a number.";
        } else {
            actions.edit_weight = EditWeight{e.layer, e.row, e.column, value};
            state.edit_pending = true;
            state.edit_message.clear();
        }
    }
    if (!state.edit_pending && !state.editing.valid()) ImGui::CloseCurrentPopup();
    if (!state.edit_message.empty()) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", state.edit_message.c_str());
    ImGui::TextDisabled("Enter sets it (the step being shown ends there); Esc cancels.");
    ImGui::EndPopup();
}

}  // namespace ui
