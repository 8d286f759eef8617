// The network view's painting: edges by Θ or ∂J/∂Θ, nodes filled by a and ringed by δ (with their numbers and
// thumbnails), the column headers; greyed where the cursor has not reached. network_view.cpp lays out and interacts.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/fonts.h"
#include "ui/network_view.h"
#include "ui/network_view_draw.h"
#include "ui/sign_cue.h"
#include "ui/theme.h"
#include "ui/value_colours.h"

namespace ui::detail {
namespace {

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

void stroked_line(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 col, float width, Stroke stroke) {
    const float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
    const DashPattern pattern = dash_pattern(stroke);
    for (const Dash& d : dash_pieces(length, pattern.on, pattern.off))
        draw->AddLine(ImVec2(a.x + dx * d.from / length, a.y + dy * d.from / length),
                      ImVec2(a.x + dx * d.to / length, a.y + dy * d.to / length), col, width);
}

// A circle as arcs: the dashes laid along its circumference.
void stroked_circle(ImDrawList* draw, ImVec2 c, float radius, ImU32 col, float width, Stroke stroke) {
    if (stroke == Stroke::Solid) return draw->AddCircle(c, radius, col, 32, width);
    const float circumference = 2.0f * 3.14159265f * radius;
    const DashPattern pattern = dash_pattern(stroke);
    for (const Dash& d : dash_pieces(circumference, pattern.on + width, pattern.off + width)) {
        draw->PathArcTo(c, radius, d.from / radius, d.to / radius, 6);
        draw->PathStroke(col, 0, width);
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

}  // namespace

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
    const bool strokes = edge_count <= 400;  // dashes on more edges would only add clutter (and draw calls)
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
                const Stroke stroke = strokes ? edge_stroke(v, gradients, f.sign_cues) : Stroke::Solid;
                stroked_line(draw, ImVec2(x0, y0), ImVec2(x1, y1), c, width, stroke);
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

namespace {

void centred_text(ImDrawList* draw, ImVec2 centre, ImU32 col, const std::string& text) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(centre.x - 0.5f * size.x, centre.y - 0.5f * size.y), col, text.c_str());
}

// Numbers on nodes use a slightly smaller size than the panel text, so that "−0.73" fits in a small node; in
// presentation mode they grow with the content (the nodes too: network_view.cpp), drawn from the equation
// font's larger glyphs.
float number_size() { return std::max(10.0f, 0.82f * ImGui::GetFontSize() * content_scale()); }
float smallest_number_size() { return std::max(10.0f, 0.82f * ImGui::GetFontSize()); }
ImFont* number_font() { return content_scale() > 1.0f ? equation_font() : ImGui::GetFont(); }
ImVec2 number_extent(const std::string& text, float size = number_size()) {
    return number_font()->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
}
void number_text(ImDrawList* draw, ImVec2 top_left, ImU32 col, const std::string& text, float size = number_size()) {
    draw->AddText(number_font(), size, top_left, col, text.c_str());
}
// The largest size, from number_size() down to the normal one, at which `text` is at most `width` wide (0: none).
float size_to_fit(const std::string& text, float width) {
    const float size = number_size(), wide = number_extent(text, size).x;
    const float fit = wide <= width ? size : size * width / wide;
    return fit >= smallest_number_size() ? fit : 0.0f;
}

void draw_thumbnail(ImDrawList* draw, const NodePlace& n, const std::vector<float>& values, int res, core::Activation g) {
    const float cell = n.thumb.w / static_cast<float>(res);
    // an input's image spans its own range (x₁ up to the plane's edge, x₁² its square, sin x₁ only 1)
    double scale = 1e-9;
    for (float v : values) scale = std::max(scale, static_cast<double>(std::fabs(v)));
    for (int row = 0; row < res; ++row)
        for (int col = 0; col < res; ++col) {
            const double a = values[static_cast<size_t>(row * res + col)];
            const double t = n.layer == 0 ? a / scale : activation_shade(g, a);
            const float x = n.thumb.x + cell * static_cast<float>(col);
            const float y = n.thumb.y + n.thumb.h - cell * static_cast<float>(row + 1);  // row 0 at the bottom
            draw->AddRectFilled(ImVec2(x, y), ImVec2(x + cell + 0.5f, y + cell + 0.5f), colour(diverging_colour(t)));
        }
    draw->AddRect(ImVec2(n.thumb.x, n.thumb.y), ImVec2(n.thumb.x + n.thumb.w, n.thumb.y + n.thumb.h), palette().grey_line);
}

}  // namespace

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
            if (ImGui::CalcTextSize("+1").x + 2 <= 2 * n.r) centred_text(draw, c, IM_COL32(20, 20, 24, 255), "+1");
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
            // two decimals if they fit (shrunk towards the normal size in presentation mode), else one
            std::string text = detail::short_number(a, 2);
            float font_size = size_to_fit(text, 1.85f * n.r);
            if (font_size == 0.0f) {
                text = detail::short_number(a, 1);
                font_size = size_to_fit(text, 1.85f * n.r);
            }
            const ImVec2 size = number_extent(text, font_size);
            if (font_size > 0.0f)
                number_text(draw, ImVec2(n.cx - 0.5f * size.x, n.cy - 0.5f * size.y),
                            prefers_dark_text(fill) ? IM_COL32(15, 15, 20, 255) : IM_COL32(250, 250, 250, 255), text,
                            font_size);
        }
        float outer = n.r;
        if (f.cache && f.delta_reached[k]) {  // δ ring: colour = sign (and dashed if < 0 with sign cues), width ∝ |δ| (a NaN/∞ δ: the thinnest ring)
            const double d = f.cache->delta[static_cast<size_t>(n.layer)][static_cast<size_t>(n.unit)];
            const float width = std::isfinite(d) ? 1.5f + 5.0f * static_cast<float>(std::fabs(d) / max_delta) : 1.5f;
            const float radius = n.r + 3 + 0.5f * width;
            stroked_circle(draw, c, radius, colour(sign_colour(d)), width,
                           f.sign_cues && d < 0 ? Stroke::Dashed : Stroke::Solid);
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
        const std::vector<float>* thumb =
            n.thumb.w > 0 && state.show_thumbnails && thumbs.made_for(f.net) ? thumbs.image(n.layer, n.unit) : nullptr;
        const bool has_thumb = thumb != nullptr;
        if (has_thumb) draw_thumbnail(draw, n, *thumb, thumbs.res, g);
        // the shown example's point on the input plane
        if (has_thumb && f.cache && f.trace && f.stepper.session().train_points().n_in == 2) {
            const lab::Session& s = f.stepper.session();
            const lab::PlaneExtent e = lab::plane_extent(s.train_points());
            const double* x = s.train_points().x_row(f.trace->record.batch[static_cast<size_t>(f.example)]);
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
        const std::string inputs = f.stepper.session().features() ? "φ(x) (" : "x (";  // features: core/features.h
        const std::string line2 = l == 0 ? inputs + std::to_string(f.net.sizes[0]) + ")" : (narrow ? g_name : "g = " + g_name);
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

ImU32 hover_colour() { return palette().hover; }

}  // namespace ui::detail
