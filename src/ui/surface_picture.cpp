#include "ui/surface_picture.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>

#include "imgui.h"
#include "ui/fonts.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"

namespace ui {
namespace {

// Path colours: a lone path white; several (the race in kOptimizers' order, the batch comparison) orange, cyan,
// magenta, lime, …
const ImU32 kPathColours[] = {IM_COL32(255, 255, 255, 255), IM_COL32(255, 150, 40, 255), IM_COL32(60, 220, 255, 255),
                              IM_COL32(255, 80, 200, 255),  IM_COL32(150, 255, 80, 255),  IM_COL32(255, 235, 60, 255)};
static_assert(std::size(kPathColours) >= lab::kRaceSize + 1, "a colour for every path of the optimizer race");
const ImU32 kText = IM_COL32(220, 220, 228, 255);


struct Frame {  // where the grid's square is on screen, and how plane coordinates map onto it
    ImVec2 origin;
    float size = 0;
    double u_lo = 0, u_hi = 1, v_lo = 0, v_hi = 1;
    bool three_d = false;
    glm::mat4 view_projection{1.0f};

    double s(double u) const { return (u - u_lo) / (u_hi - u_lo); }  // 0..1 across the grid
    double r(double v) const { return (v - v_lo) / (v_hi - v_lo); }
    // A point of the plane at height parameter t on screen; false if behind the camera.
    bool to_screen(double u, double v, double t, ImVec2& out) const {
        if (!three_d) {
            out = ImVec2(origin.x + static_cast<float>(s(u)) * size, origin.y + static_cast<float>(1.0 - r(v)) * size);
            return true;
        }
        const glm::vec4 clip = view_projection * glm::vec4(render::surface_world(static_cast<float>(s(u)),
                                                                                 static_cast<float>(r(v)),
                                                                                 static_cast<float>(t)), 1.0f);
        if (clip.w <= 1e-4f) return false;
        out = ImVec2(origin.x + (clip.x / clip.w * 0.5f + 0.5f) * size, origin.y + (0.5f - clip.y / clip.w * 0.5f) * size);
        return true;
    }
};

void draw_paths(const SurfacePanelView& view, const Frame& frame, ImDrawList* draw) {
    const lab::SurfaceLab& lab = view.lab;
    const lab::SurfaceScale scale = lab.scale();
    const float lift = 0.012f;  // 3-D: just above the mesh so the path is not swallowed by it
    for (size_t k = 0; k < lab.paths().size(); ++k) {
        const lab::ShownPath& path = lab.paths()[k];
        std::vector<ImVec2> points;
        for (size_t p = 0; p < path.points.size(); ++p) {
            double J = p < path.J.size() ? path.J[p] : lab.J_at(path.points[p].u, path.points[p].v);
            const double t = std::isfinite(J) ? scale.t(J) + lift : 0.0;
            ImVec2 at;
            if (frame.to_screen(path.points[p].u, path.points[p].v, t, at)) points.push_back(at);
        }
        if (points.empty()) continue;
        const ImU32 colour = path_colour(lab, k);
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), IM_COL32(0, 0, 0, 160), 0, 4.5f);
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.2f);
        if (lab.exact()) {  // the iterates themselves: one dot per update
            for (const ImVec2& p : points) draw->AddCircleFilled(p, 2.6f, colour);
            draw->AddCircle(points.front(), 6.0f, colour, 0, 2.0f);  // the start
        }
        // the current point: red where it is the network's own (w, b) (the live path, lesson 13's followed run),
        // the path's own colour in the exact problems' simulated experiments
        const bool network = !lab.exact() || lab.follows();
        const float radius = lab.follows() ? 8.5f : 6.5f;
        draw->AddCircleFilled(points.back(), radius, network ? IM_COL32(230, 40, 40, 255) : colour);
        draw->AddCircle(points.back(), radius, IM_COL32(255, 255, 255, 255), 0, 2.0f);
    }
}

void draw_axes(const SurfacePanelView& view, const Frame& frame, ImDrawList* draw) {
    const lab::SurfaceSettings& settings = view.lab.settings();
    const std::string u_name = surface_axis_name(settings, 0), v_name = surface_axis_name(settings, 1);
    const std::string u_lo = lab::num(frame.u_lo), u_hi = lab::num(frame.u_hi);
    const std::string v_lo = lab::num(frame.v_lo), v_hi = lab::num(frame.v_hi);
    const float line = ImGui::GetTextLineHeight();
    if (!frame.three_d) {
        const ImVec2 o = frame.origin;
        const float s = frame.size;
        // under the picture, on the panel: the theme's text colours. The u axis' name between its range's ends,
        // or on the next line when the three would touch (large text on a small picture).
        const ImU32 dim = ImGui::GetColorU32(dim_text_colour()), text = ImGui::GetColorU32(ImGuiCol_Text);
        draw->AddText(ImVec2(o.x, o.y + s + 2), dim, u_lo.c_str());
        const float lo_width = ImGui::CalcTextSize(u_lo.c_str()).x, hi_width = ImGui::CalcTextSize(u_hi.c_str()).x;
        draw->AddText(ImVec2(o.x + s - hi_width, o.y + s + 2), dim, u_hi.c_str());
        const std::string u_label = u_name + " →";
        const float label_width = ImGui::CalcTextSize(u_label.c_str()).x, gap = ImGui::GetFontSize();
        const bool apart = lo_width + label_width + hi_width + 2 * gap <= s;
        draw->AddText(ImVec2(o.x + 0.5f * (s - label_width), o.y + s + 2 + (apart ? 0.0f : line)), text,
                      u_label.c_str());
        // the v axis: its name at the top-left corner with its range, or the name alone where the range would run
        // past the picture's right edge into the legend
        std::string v_label = "↑ " + v_name + "   " + v_lo + " … " + v_hi;
        if (ImGui::CalcTextSize(v_label.c_str()).x + 8 > s) v_label = "↑ " + v_name;
        const ImVec2 text_size = ImGui::CalcTextSize(v_label.c_str());
        draw->AddRectFilled(ImVec2(o.x, o.y), ImVec2(o.x + text_size.x + 8, o.y + line + 4), IM_COL32(0, 0, 0, 150));
        draw->AddText(ImVec2(o.x + 4, o.y + 2), kText, v_label.c_str());
        return;
    }
    // 3-D: the names at the middle of two edges of the base (J is the legend's); the ranges under the picture
    struct Label {
        double s, r, t;
        std::string text;
    };
    const Label labels[] = {{0.5, -0.12, 0.0, u_name}, {-0.12, 0.5, 0.0, v_name}};
    draw->PushClipRect(frame.origin, ImVec2(frame.origin.x + frame.size, frame.origin.y + frame.size), true);
    for (const Label& label : labels) {
        ImVec2 at;
        const double u = frame.u_lo + label.s * (frame.u_hi - frame.u_lo);
        const double v = frame.v_lo + label.r * (frame.v_hi - frame.v_lo);
        if (!frame.to_screen(u, v, label.t, at)) continue;
        const ImVec2 size = ImGui::CalcTextSize(label.text.c_str());
        draw->AddText(ImVec2(at.x - 0.5f * size.x, at.y - 0.5f * size.y), kText, label.text.c_str());
    }
    draw->PopClipRect();
    const std::string ranges = u_name + ": " + u_lo + " … " + u_hi + "    " + v_name + ": " + v_lo + " … " + v_hi +
                               "    (drag to turn, wheel to zoom)";
    draw->AddText(ImVec2(frame.origin.x, frame.origin.y + frame.size + 2), ImGui::GetColorU32(dim_text_colour()),
                  ranges.c_str());
}

constexpr float kLegendGap = 10.0f, kBarWidth = 16.0f, kTickLength = 6.0f;

void draw_legend(const SurfacePanelView& view, ImVec2 origin, float height, ImDrawList* draw) {
    const lab::SurfaceScale scale = view.lab.scale();
    const float bar_width = kBarWidth;
    const int steps = 48;
    const float top = origin.y + 1.5f * ImGui::GetTextLineHeight();
    const float bar_height = height - 2.0f * ImGui::GetTextLineHeight();
    const ImU32 dim = ImGui::GetColorU32(dim_text_colour());  // beside the picture, on the panel
    draw->AddText(ImVec2(origin.x, origin.y), ImGui::GetColorU32(ImGuiCol_Text), "J(Θ)");
    for (int k = 0; k < steps; ++k) {  // t = 1 at the top
        const float y0 = top + bar_height * k / steps, y1 = top + bar_height * (k + 1) / steps;
        draw->AddRectFilled(ImVec2(origin.x, y0), ImVec2(origin.x + bar_width, y1 + 0.5f),
                            surface_colour(1.0 - (k + 0.5) / steps));
    }
    if (view.lab.grid().min_index < 0) return;
    for (int k = 0; k <= 5; ++k) {  // labels at the iso-lines t = 0, 0.2, …, 1
        const double t = 1.0 - k / 5.0;
        const float y = top + bar_height * static_cast<float>(k) / 5.0f;
        draw->AddLine(ImVec2(origin.x + bar_width, y), ImVec2(origin.x + bar_width + 4, y), dim);
        draw->AddText(ImVec2(origin.x + bar_width + kTickLength, y - 0.5f * ImGui::GetTextLineHeight()), dim,
                      lab::num(scale.J(t)).c_str());
    }
}

}  // namespace

float surface_legend_width(const SurfacePanelView& view) {
    push_label_font();
    float widest = ImGui::CalcTextSize("J(Θ)").x;
    if (view.lab.grid().min_index >= 0) {
        const lab::SurfaceScale scale = view.lab.scale();
        for (int k = 0; k <= 5; ++k)
            widest = std::max(widest, kBarWidth + kTickLength + ImGui::CalcTextSize(lab::num(scale.J(k / 5.0)).c_str()).x);
    }
    pop_label_font();
    return kLegendGap + widest + 4.0f;
}

unsigned int path_colour(const lab::SurfaceLab& lab, size_t k) {
    // the race's and the batch comparison's paths are told apart by colour; a lone path is white
    const size_t offset = lab.paths().size() > 1 ? 1 : 0;
    return kPathColours[std::min<size_t>(k + offset, std::size(kPathColours) - 1)];
}

std::string surface_axis_name(const lab::SurfaceSettings& settings, int axis) {
    switch (settings.mode) {
        case lab::SurfaceMode::PickedWeights: {
            const lab::WeightRef& w = axis == 0 ? settings.first : settings.second;
            return lab::indexed("Θ", {w.i + 1, w.j}, w.layer + 1);
        }
        case lab::SurfaceMode::RandomDirections: return axis == 0 ? "d₁" : "d₂";
        case lab::SurfaceMode::ExactTwoParameter: return axis == 0 ? "w" : "b";
    }
    return "";
}

unsigned int surface_colour(double t) {
    static constexpr float kAnchors[11][3] = {
        {0.267f, 0.005f, 0.329f}, {0.283f, 0.141f, 0.458f}, {0.254f, 0.265f, 0.530f}, {0.207f, 0.372f, 0.553f},
        {0.164f, 0.471f, 0.558f}, {0.128f, 0.567f, 0.551f}, {0.135f, 0.659f, 0.518f}, {0.267f, 0.749f, 0.441f},
        {0.478f, 0.821f, 0.318f}, {0.741f, 0.873f, 0.150f}, {0.993f, 0.906f, 0.144f}};
    const double x = std::clamp(t, 0.0, 1.0) * 10.0;
    const int i = std::min(static_cast<int>(x), 9);
    const float f = static_cast<float>(x - i);
    float rgb[3];
    for (int c = 0; c < 3; ++c) rgb[c] = kAnchors[i][c] + (kAnchors[i + 1][c] - kAnchors[i][c]) * f;
    return IM_COL32(static_cast<int>(255 * rgb[0]), static_cast<int>(255 * rgb[1]), static_cast<int>(255 * rgb[2]), 255);
}

void surface_picture(const SurfacePanelView& view, float size, SurfacePanelActions& actions) {
    const lab::SurfaceGrid& grid = view.lab.grid();
    if (grid.resolution < 2 || size < 32.0f) return;
    Frame frame;
    frame.origin = ImGui::GetCursorScreenPos();
    frame.size = size;
    frame.u_lo = grid.axis_u.front(), frame.u_hi = grid.axis_u.back();
    frame.v_lo = grid.axis_v.front(), frame.v_hi = grid.axis_v.back();
    frame.three_d = view.state.three_d;
    frame.view_projection = view.state.camera.view_projection(1.0f);
    actions.image_size = size;
    actions.image_x = frame.origin.x, actions.image_y = frame.origin.y;

    ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(view.texture)), ImVec2(size, size),
                 ImVec2(0, 1), ImVec2(1, 0));
    // An invisible button over the picture takes the mouse only when ImGui gives it to us (no window on top).
    ImGui::SetCursorScreenPos(frame.origin);
    ImGui::InvisibleButton("surface_picture", ImVec2(size, size));
    const ImGuiIO& io = ImGui::GetIO();
    actions.picture_hovered = ImGui::IsItemHovered();
    if (frame.three_d) {
        if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f))
            actions.state.camera.rotate(io.MouseDelta.x, io.MouseDelta.y);
        if (actions.picture_hovered && io.MouseWheel != 0.0f) actions.state.camera.zoom(std::pow(0.9f, io.MouseWheel));
    } else if (view.lab.exact() && ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
        const float s = (io.MousePos.x - frame.origin.x) / size, r = 1.0f - (io.MousePos.y - frame.origin.y) / size;
        actions.set_start = true;
        actions.w0 = frame.u_lo + s * (frame.u_hi - frame.u_lo);
        actions.b0 = frame.v_lo + r * (frame.v_hi - frame.v_lo);
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(frame.origin, ImVec2(frame.origin.x + size, frame.origin.y + size), true);
    draw_paths(view, frame, draw);
    draw->PopClipRect();
    push_label_font();  // presentation mode: the axes' and the legend's labels larger
    draw_axes(view, frame, draw);
    draw_legend(view, ImVec2(frame.origin.x + size + kLegendGap, frame.origin.y), size, draw);
    ImGui::Dummy(ImVec2(0, 2 * ImGui::GetTextLineHeight() + 2));  // room for the u axis' labels (two lines if cramped)
    pop_label_font();
}

}  // namespace ui
