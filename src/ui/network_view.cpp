#include "ui/network_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "lab/heatmap.h"
#include "lab/notation.h"
#include "ui/network_view_draw.h"
#include "ui/text_fit.h"
#include "ui/theme.h"
#include "ui/value_colours.h"

namespace ui {
namespace {

using detail::ViewFrame;

// Colours of the view's own marks for the current theme (theme.h): the dark default, or the light projector theme,
// where greys must stay visible on white and the highlight must not be a pale yellow.
struct Palette {
    ImU32 grey_fill, grey_line, idle_fill, border, bias_fill, highlight, hover, header_text;
};
const Palette& palette() {
    static const Palette dark{IM_COL32(58, 58, 66, 255),   IM_COL32(75, 75, 84, 255),    IM_COL32(88, 90, 100, 255),
                              IM_COL32(25, 25, 30, 255),   IM_COL32(150, 150, 160, 255), IM_COL32(255, 214, 64, 255),
                              IM_COL32(255, 255, 255, 220), IM_COL32(170, 172, 185, 255)};
    static const Palette light{IM_COL32(200, 200, 206, 255), IM_COL32(185, 185, 192, 255), IM_COL32(170, 172, 182, 255),
                               IM_COL32(60, 60, 70, 255),    IM_COL32(120, 120, 130, 255), IM_COL32(230, 150, 0, 255),
                               IM_COL32(20, 20, 20, 220),    IM_COL32(60, 62, 75, 255)};
    return light_theme() ? light : dark;
}

ImU32 colour(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

bool is_per_example(lab::Phase p) { return p != lab::Phase::Gradient && p != lab::Phase::Update; }

ViewFrame make_frame(const lab::Stepper& stepper, const NetworkLayout& layout) {
    ViewFrame f(stepper);
    f.trace = stepper.trace();
    f.net = stepper.displayed_network();
    f.event = stepper.current_event();
    f.example = shown_example(stepper);
    f.gradient_phase = f.event && f.event->phase == lab::Phase::Gradient;
    if (f.trace && f.example >= 0 && f.example < static_cast<int>(f.trace->record.caches.size()))
        f.cache = &f.trace->record.caches[static_cast<size_t>(f.example)];
    if (f.trace) f.dtheta = &f.trace->record.dtheta;
    else if (stepper.session().steps() > 0 && stepper.session().trainer().dtheta.size() == f.net.theta.size())
        f.dtheta = &stepper.session().trainer().dtheta;
    if (!f.net.sizes.empty() && f.net.sizes[0] == 2) {
        const lab::PlaneExtent e = lab::plane_extent(stepper.session().train_set());
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
                                            : stepper.reached(lab::Phase::Forward, f.example, n.layer, n.unit);
        if (n.layer > 0) {
            const lab::Phase phase = n.layer == L - 1 ? lab::Phase::OutputDelta : lab::Phase::HiddenDelta;
            f.delta_reached[k] = stepper.reached(phase, f.example, n.layer, n.unit);
        }
    }
    return f;
}

void dashed_line(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 col, float width) {
    const float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
    const float dash = 7, gap = 4;
    for (float t = 0; t < length; t += dash + gap) {
        const float t1 = std::min(length, t + dash);
        draw->AddLine(ImVec2(a.x + dx * t / length, a.y + dy * t / length),
                      ImVec2(a.x + dx * t1 / length, a.y + dy * t1 / length), col, width);
    }
}

// Is this edge part of the current event (the weights it reads or computes)?
bool edge_in_event(const lab::TraceEvent* e, int layer, int row, int column) {
    if (!e) return false;
    switch (e->phase) {
        case lab::Phase::Forward: return layer + 1 == e->layer && row == e->unit;          // z = Θᵢ a
        case lab::Phase::HiddenDelta: return layer == e->layer && column == e->unit + 1;  // Σᵢ Θᵢⱼ δᵢ
        case lab::Phase::Gradient:
        case lab::Phase::Update: return layer == e->layer && row == e->unit;
        default: return false;
    }
}

bool node_in_event(const lab::TraceEvent* e, const NodePlace& n, int L) {
    if (!e || n.unit < 0) return false;
    switch (e->phase) {
        case lab::Phase::Forward:
        case lab::Phase::OutputDelta:
        case lab::Phase::HiddenDelta: return n.layer == e->layer && n.unit == e->unit;
        case lab::Phase::Loss: return n.layer == L - 1;
        case lab::Phase::Gradient:
        case lab::Phase::Update: return n.layer == e->layer + 1 && n.unit == e->unit;
    }
    return false;
}

void draw_edges(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout) {
    const core::Network& net = f.net;
    const bool gradients = f.gradient_phase && f.dtheta;
    double max_value = 1e-12;
    size_t edge_count = 0;
    for (size_t l = 0; l < net.theta.size(); ++l) {
        const core::Matrix& m = gradients ? (*f.dtheta)[l] : net.theta[l];
        for (double v : m.v)
            if (std::isfinite(v)) max_value = std::max(max_value, std::fabs(v));  // a diverged Θ must not blow the scale
        edge_count += m.v.size();
    }
    const float max_width = std::clamp(layout.pitch * 0.18f, 1.5f, 6.0f);
    const int alpha = edge_count > 300 ? 150 : 230;
    const bool dashes = gradients && edge_count <= 400;
    std::vector<EdgeRef> highlighted;
    for (int l = 0; l < static_cast<int>(net.theta.size()); ++l) {
        const core::Matrix& theta = net.theta[static_cast<size_t>(l)];
        for (int i = 0; i < theta.rows; ++i) {
            const int target = layout.index(l + 1, i);
            const bool grey = gradients ? !f.gradient_reached(l, i) : !f.forward_reached[static_cast<size_t>(target)];
            for (int j = 0; j < theta.cols; ++j) {
                float x0, y0, x1, y1;
                edge_endpoints(layout, EdgeRef{l, i, j}, x0, y0, x1, y1);
                if (edge_in_event(f.event, l, i, j)) highlighted.push_back(EdgeRef{l, i, j});
                const double v = gradients ? (*f.dtheta)[static_cast<size_t>(l)](i, j) : theta(i, j);
                if (grey || !std::isfinite(v)) {  // not reached yet, or NaN/∞ after a divergence: a thin grey line
                    draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), palette().grey_line, 1.0f);
                    continue;
                }
                const float width = 0.6f + (max_width - 0.6f) * static_cast<float>(std::fabs(v) / max_value);
                const ImU32 c = colour(gradients ? gradient_colour(v) : sign_colour(v), alpha);
                if (dashes) dashed_line(draw, ImVec2(x0, y0), ImVec2(x1, y1), c, width);
                else draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), c, width);
            }
        }
    }
    // the current event's edges on top: a yellow band under a thin copy of the edge
    for (const EdgeRef& e : highlighted) {
        float x0, y0, x1, y1;
        edge_endpoints(layout, e, x0, y0, x1, y1);
        const double v = gradients ? (*f.dtheta)[static_cast<size_t>(e.layer)](e.row, e.column) : net.theta[static_cast<size_t>(e.layer)](e.row, e.column);
        draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), palette().highlight, 3.5f);
        draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), colour(gradients ? gradient_colour(v) : sign_colour(v)), 1.5f);
    }
}

void centred_text(ImDrawList* draw, ImVec2 centre, ImU32 col, const std::string& text) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(centre.x - 0.5f * size.x, centre.y - 0.5f * size.y), col, text.c_str());
}

// Numbers on nodes use a slightly smaller size than the panel text, so that "−0.73" fits in a small node.
float number_size() { return std::max(10.0f, 0.82f * ImGui::GetFontSize()); }
ImVec2 number_extent(const std::string& text) {
    return ImGui::GetFont()->CalcTextSizeA(number_size(), 1e9f, 0.0f, text.c_str());
}
void number_text(ImDrawList* draw, ImVec2 top_left, ImU32 col, const std::string& text) {
    draw->AddText(ImGui::GetFont(), number_size(), top_left, col, text.c_str());
}

void draw_thumbnail(ImDrawList* draw, const NodePlace& n, const std::vector<float>& values, int res, core::Activation g,
                    double input_scale) {
    const float cell = n.thumb.w / static_cast<float>(res);
    for (int row = 0; row < res; ++row)
        for (int col = 0; col < res; ++col) {
            const double a = values[static_cast<size_t>(row * res + col)];
            const double t = n.layer == 0 ? a / input_scale : activation_shade(g, a);
            const float x = n.thumb.x + cell * static_cast<float>(col);
            const float y = n.thumb.y + n.thumb.h - cell * static_cast<float>(row + 1);  // row 0 at the bottom
            draw->AddRectFilled(ImVec2(x, y), ImVec2(x + cell + 0.5f, y + cell + 0.5f), colour(diverging_colour(t)));
        }
    draw->AddRect(ImVec2(n.thumb.x, n.thumb.y), ImVec2(n.thumb.x + n.thumb.w, n.thumb.y + n.thumb.h), palette().grey_line);
}

void draw_nodes(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const NetworkViewState& state,
                int hovered_node) {
    const int L = f.net.layer_count();
    double max_delta = 1e-12;
    if (f.cache)
        for (const auto& d : f.cache->delta)
            for (double v : d)
                if (std::isfinite(v)) max_delta = std::max(max_delta, std::fabs(v));
    const bool room_for_values = layout.radius >= 15;
    const bool room_below = layout.pitch - 2 * layout.radius - 10 >= number_size();
    const NeuronThumbnails& thumbs = state.thumbnails;
    draw->ChannelsSplit(2);
    for (size_t k = 0; k < layout.nodes.size(); ++k) {
        const NodePlace& n = layout.nodes[k];
        const ImVec2 c(n.cx, n.cy);
        if (n.unit < 0) {  // bias unit a₀ = 1
            draw->AddRectFilled(ImVec2(n.cx - n.r, n.cy - n.r), ImVec2(n.cx + n.r, n.cy + n.r), palette().bias_fill, 3.0f);
            if (n.r >= 8) centred_text(draw, c, IM_COL32(20, 20, 24, 255), "+1");
            if (static_cast<int>(k) == hovered_node) draw->AddRect(ImVec2(n.cx - n.r - 2, n.cy - n.r - 2), ImVec2(n.cx + n.r + 2, n.cy + n.r + 2), palette().hover, 3.0f, 0, 1.5f);
            continue;
        }
        const bool has_value = f.cache && f.forward_reached[k];
        const double a = has_value ? f.cache->a[static_cast<size_t>(n.layer)][static_cast<size_t>(n.unit)] : 0.0;
        const core::Activation g = f.net.activation_of(n.layer);
        const Rgb fill = diverging_colour(n.layer == 0 ? a / f.input_scale : activation_shade(g, a));
        const ImU32 fill_colour = has_value ? colour(fill) : (f.trace ? palette().grey_fill : palette().idle_fill);
        if (n.square) {
            draw->AddRectFilled(ImVec2(n.cx - n.r, n.cy - n.r), ImVec2(n.cx + n.r, n.cy + n.r), fill_colour);
        } else {
            draw->AddCircleFilled(c, n.r, fill_colour, 32);
            draw->AddCircle(c, n.r, has_value ? palette().border : palette().grey_line, 32, 1.0f);
        }
        if (has_value && room_for_values && !n.square) {
            std::string text = detail::short_number(a, 2);
            if (number_extent(text).x > 1.85f * n.r) text = detail::short_number(a, 1);
            const ImVec2 size = number_extent(text);
            if (size.x <= 1.85f * n.r)
                number_text(draw, ImVec2(n.cx - 0.5f * size.x, n.cy - 0.5f * size.y),
                            prefers_dark_text(fill) ? IM_COL32(15, 15, 20, 255) : IM_COL32(250, 250, 250, 255), text);
        }
        float outer = n.r;
        if (f.cache && f.delta_reached[k]) {  // δ ring: colour = sign, width ∝ |δ| (a NaN/∞ δ: the thinnest ring)
            const double d = f.cache->delta[static_cast<size_t>(n.layer)][static_cast<size_t>(n.unit)];
            const float width = std::isfinite(d) ? 1.5f + 5.0f * static_cast<float>(std::fabs(d) / max_delta) : 1.5f;
            const float radius = n.r + 3 + 0.5f * width;
            draw->AddCircle(c, radius, colour(sign_colour(d)), 32, width);
            outer = radius + 0.5f * width;
            // δ's value under the node where there is room; else, for the current event's node only, on a dark
            // label left of it (over its incoming edges). Labels go on the top channel, over later nodes.
            const bool current = node_in_event(f.event, n, L);
            if (room_below || current) {
                const std::string text = "δ " + detail::short_number(d, 2);
                const ImVec2 size = number_extent(text);
                const ImVec2 at = room_below ? ImVec2(n.cx - 0.5f * size.x, n.cy + outer + 1)
                                             : ImVec2(n.cx - outer - 10 - size.x, n.cy - 0.5f * size.y);
                draw->ChannelsSetCurrent(1);
                if (!room_below)
                    draw->AddRectFilled(ImVec2(at.x - 3, at.y - 1), ImVec2(at.x + size.x + 3, at.y + size.y + 1),
                                        IM_COL32(20, 20, 26, 235), 3.0f);
                number_text(draw, at, colour(sign_colour(d)), text);
                draw->ChannelsSetCurrent(0);
            }
        }
        if (node_in_event(f.event, n, L)) draw->AddCircle(c, outer + 4, palette().highlight, 32, 2.5f);
        if (static_cast<int>(k) == hovered_node) draw->AddCircle(c, outer + 2, palette().hover, 32, 1.5f);
        const bool has_thumb = n.thumb.w > 0 && state.show_thumbnails && thumbs.res > 0 &&
                               static_cast<size_t>(n.layer) < thumbs.a.size();
        if (has_thumb)
            draw_thumbnail(draw, n, thumbs.a[static_cast<size_t>(n.layer)][static_cast<size_t>(n.unit)], thumbs.res, g,
                           f.input_scale);
        // the shown example's point on the input plane
        if (has_thumb && f.cache && f.net.sizes[0] == 2) {
            const lab::PlaneExtent e = lab::plane_extent(f.stepper.session().train_set());
            const auto& x = f.cache->a[0];
            const float px = n.thumb.x + n.thumb.w * static_cast<float>(std::clamp(e.to_unit(x[0]), 0.0, 1.0));
            const float py = n.thumb.y + n.thumb.h * static_cast<float>(1.0 - std::clamp(e.to_unit(x[1]), 0.0, 1.0));
            draw->AddCircleFilled(ImVec2(px, py), 2.5f, IM_COL32(20, 20, 20, 255));
            draw->AddCircle(ImVec2(px, py), 2.5f, IM_COL32(255, 255, 255, 255));
        }
    }
    draw->ChannelsMerge();
}

// Two lines over each column: role and a⁽ˡ⁾, then g. Narrow columns (deep networks) get the short forms.
void draw_headers(ImDrawList* draw, const ViewFrame& f, const NetworkLayout& layout, const Box& region) {
    const int L = f.net.layer_count();
    if (!layout.headers) return;
    const float h = ImGui::GetTextLineHeight();
    const float spacing = L > 1 ? layout.column_x[1] - layout.column_x[0] : region.w;
    const bool narrow = ImGui::CalcTextSize("hidden a(22)").x + 8 > spacing;
    for (int l = 0; l < L; ++l) {
        const std::string role = l == 0 ? "input" : l == L - 1 ? "output" : "hidden";
        const std::string line1 = (narrow ? "" : role + " ") + "a" + lab::layer_index(l + 1);
        const std::string g_name = core::activation_name(f.net.activation_of(l));
        const std::string line2 = l == 0 ? "x (" + std::to_string(f.net.sizes[0]) + ")" : (narrow ? g_name : "g = " + g_name);
        for (int k = 0; k < 2; ++k) {
            const std::string& text = k == 0 ? line1 : line2;
            const float w = ImGui::CalcTextSize(text.c_str()).x;
            if (narrow && w + 4 > spacing && l > 0 && l < L - 1 && k == 1) continue;  // no room for g's name
            // centred on the column, but kept inside the region
            const float x = std::clamp(layout.column_x[static_cast<size_t>(l)] - 0.5f * w, region.x, region.x + region.w - w);
            draw->AddText(ImVec2(x, layout.header_y + static_cast<float>(k) * (h + 2)), palette().header_text, text.c_str());
        }
    }
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
    if (!state.show_thumbnails || layout.thumb_size <= 0 || f.net.sizes[0] != 2) return;
    const int res = std::clamp(static_cast<int>(layout.thumb_size / 3), 6, 16);
    const double now = ImGui::GetTime();
    const bool stale = state.thumbnails.res != res || state.thumbnails.weights_hash != core::weights_hash(f.net);
    // free-running training changes Θ every frame: a few refreshes a second are enough there
    if (stale && (f.trace || state.thumbnails.res != res || now - state.thumbnails_time > 0.2)) {
        compute_thumbnails(f.net, lab::plane_extent(f.stepper.session().train_set()), res, state.thumbnails);
        state.thumbnails_time = now;
    }
}

}  // namespace

namespace detail {

bool ViewFrame::gradient_reached(int layer, int row) const {
    return !trace || stepper.reached(lab::Phase::Gradient, -1, layer, row);
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

NetworkViewActions network_view(NetworkViewState& state, const lab::Stepper& stepper) {
    NetworkViewActions actions;
    const core::Network& live = stepper.session().network();
    const bool plane = !live.sizes.empty() && live.sizes[0] == 2;

    // the legend (wrapped) with the thumbnails switch at its right, then the drawing area
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float switch_w = plane ? ImGui::CalcTextSize("thumbnails").x + ImGui::GetFrameHeight() + 12 : 0.0f;
    if (plane) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + avail.x - switch_w + 8, origin.y));
        ImGui::Checkbox("thumbnails", &state.show_thumbnails);
        ImGui::SetCursorScreenPos(origin);
    }
    const std::string legend = legend_text(stepper);
    const float legend_w = avail.x - switch_w;
    if (ImGui::CalcTextSize(legend.c_str(), nullptr, false, legend_w).y > 0.2f * avail.y) {
        // cramped (projector text on a small screen): the drawing needs the room; one line, all of it on hover
        auto measure = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
        ImGui::TextUnformatted(truncate_to_width(legend, legend_w, measure).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", legend.c_str());
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + legend_w);
        ImGui::TextUnformatted(legend.c_str());
        ImGui::PopTextWrapPos();
    }
    const float legend_bottom = std::max(ImGui::GetCursorScreenPos().y, origin.y + ImGui::GetFrameHeightWithSpacing());
    const Box region{origin.x, legend_bottom, avail.x, std::max(50.0f, origin.y + avail.y - legend_bottom)};
    LayoutOptions options;
    options.thumbnails = plane && state.show_thumbnails;
    options.text_height = ImGui::GetTextLineHeight();
    const NetworkLayout layout = layout_network(live.sizes, region, options);
    ViewFrame frame = make_frame(stepper, layout);
    refresh_thumbnails(state, frame, layout);

    ImGui::SetCursorScreenPos(ImVec2(region.x, region.y));
    ImGui::InvisibleButton("network", ImVec2(region.w, region.h), ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int hovered_node = hovered ? node_at(layout, mouse.x, mouse.y) : -1;
    const EdgeRef hovered_edge = hovered && hovered_node < 0 ? edge_at(layout, live.sizes, mouse.x, mouse.y, 5.0f) : EdgeRef{};

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(region.x, region.y), ImVec2(region.x + region.w, region.y + region.h), true);
    draw_headers(draw, frame, layout, region);
    draw_edges(draw, frame, layout);
    if (hovered_edge.valid()) {
        float x0, y0, x1, y1;
        edge_endpoints(layout, hovered_edge, x0, y0, x1, y1);
        draw->AddLine(ImVec2(x0, y0), ImVec2(x1, y1), palette().hover, 3.0f);
    }
    draw_nodes(draw, frame, layout, state, hovered_node);
    draw->PopClipRect();

    state.nodes.clear();
    for (const NodePlace& n : layout.nodes) state.nodes.push_back(NodeSpot{n.layer, n.unit, n.cx, n.cy, n.r});
    state.hovered = NodeRef{};
    if (hovered_node >= 0) {
        const NodePlace& n = layout.nodes[static_cast<size_t>(hovered_node)];
        if (n.unit >= 0) state.hovered = NodeRef{n.layer, n.unit};
        detail::node_tooltip(frame, layout, hovered_node);
    } else if (hovered_edge.valid()) {
        detail::edge_tooltip(frame, hovered_edge);
    }

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
