#include "ui/feature_inputs.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "lab/lessons/playground_slide.h"
#include "ui/colours.h"
#include "ui/value_colours.h"

namespace ui {
namespace {

constexpr int kImageCells = 12;       // φ sampled on 12 × 12 cell centres of the plane
constexpr float kLargestImage = 40.0f;
constexpr float kSmallestImage = 12.0f;

// The colour, or (faded) mostly the window's background: opaque, so that the overlapping cells show no seams.
ImU32 to_imgui(Rgb c, bool faded) {
    if (!faded) return IM_COL32(c.r, c.g, c.b, 255);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    auto mix = [](uint8_t v, float b) { return static_cast<int>(0.3f * v + 0.7f * 255.0f * b); };
    return IM_COL32(mix(c.r, bg.x), mix(c.g, bg.y), mix(c.b, bg.z), 255);
}

// φ over the plane at the cell centres, scaled by its largest |φ| (x₁² reaches 36 where sin x₁ reaches 1).
void draw_image(ImDrawList* draw, ImVec2 corner, float side, core::Feature f, const lab::PlaneExtent& plane,
                bool faded) {
    double phi[kImageCells * kImageCells];
    double largest = 1e-9;
    for (int row = 0; row < kImageCells; ++row)
        for (int col = 0; col < kImageCells; ++col) {
            const double x1 = plane.to_plane((col + 0.5) / kImageCells), x2 = plane.to_plane((row + 0.5) / kImageCells);
            const double v = core::feature_info(f).phi(x1, x2);
            phi[row * kImageCells + col] = v;
            largest = std::max(largest, std::fabs(v));
        }
    const float cell = side / kImageCells;
    for (int row = 0; row < kImageCells; ++row)
        for (int col = 0; col < kImageCells; ++col) {
            const float x = corner.x + cell * static_cast<float>(col);
            const float y = corner.y + side - cell * static_cast<float>(row + 1);  // row 0 (x₂ = lo) at the bottom
            const Rgb c = diverging_colour(phi[row * kImageCells + col] / largest);
            draw->AddRectFilled(ImVec2(x, y), ImVec2(x + cell + 0.5f, y + cell + 0.5f), to_imgui(c, faded));
        }
}

float widest_label() {
    float widest = 0.0f;
    for (const core::FeatureInfo& f : core::kFeatures) widest = std::max(widest, ImGui::CalcTextSize(f.label).x);
    return widest;
}

float image_side(const Box& region) {
    const float pitch = region.h / static_cast<float>(core::kFeatureCount);
    return std::min(kLargestImage, pitch - ImGui::GetStyle().ItemSpacing.y - 2.0f);
}

}  // namespace

float feature_column_width(const Box& region) {
    const float side = image_side(region);
    if (side < kSmallestImage) return 0.0f;
    const float width = side + 6.0f + widest_label() + 10.0f;
    return width * 4.0f <= region.w ? width : 0.0f;  // the network keeps three quarters at least
}

std::optional<core::FeatureSet> feature_column(const Box& box, core::FeatureSet chosen, const lab::PlaneExtent& plane) {
    std::optional<core::FeatureSet> result;
    if (box.w <= 0.0f) return result;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float side = image_side(box);
    const float pitch = box.h / static_cast<float>(core::kFeatureCount);
    for (int k = 0; k < core::kFeatureCount; ++k) {
        const core::FeatureInfo& f = core::kFeatures[k];
        const bool on = (chosen & core::feature_bit(f.kind)) != 0;
        const ImVec2 corner(box.x + 2.0f, box.y + pitch * static_cast<float>(k) + 0.5f * (pitch - side));
        ImGui::PushID(k);
        ImGui::SetCursorScreenPos(ImVec2(box.x, corner.y - 1.0f));
        if (ImGui::InvisibleButton("feature", ImVec2(box.w - 4.0f, side + 2.0f))) {
            const core::FeatureSet next = core::toggled(chosen, f.kind);
            if (next != chosen) result = next;
        }
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        draw_image(draw, corner, side, f.kind, plane, !on);
        const ImU32 frame = on ? ImGui::GetColorU32(ImGuiCol_Text) : ImGui::GetColorU32(ImGuiCol_Border);
        draw->AddRect(ImVec2(corner.x - 1, corner.y - 1), ImVec2(corner.x + side + 1, corner.y + side + 1), frame, 0.0f,
                      0, on ? 2.0f : 1.0f);
        const ImVec4 text = on ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : dim_text_colour();
        draw->AddText(ImVec2(corner.x + side + 6.0f, corner.y + 0.5f * (side - ImGui::GetTextLineHeight())),
                      ImGui::GetColorU32(text), f.label);
        if (hovered) {
            const bool last = on && core::toggled(chosen, f.kind) == chosen;
            ImGui::SetTooltip("%s: %s. %s", f.label, on ? "fed into the input layer" : "not fed in",
                              last ? "The last feature stays on." : on ? "Click to leave it out." : "Click to feed it in.");
        }
    }
    return result;
}

// The controls' "More…" block: one toggle per feature (the network view's input column toggles them too), and the
// lecture's Playground slide.
bool features_row(lab::LabConfig& config) {
    bool changed = false;
    int k = 0;
    for (const core::FeatureInfo& f : core::kFeatures) {
        if (k++ % 4 != 0) ImGui::SameLine();  // two rows: x₁ x₂ x₁² x₂², then x₁x₂ sin x₁ sin x₂
        bool on = (config.features & core::feature_bit(f.kind)) != 0;
        ImGui::PushID(f.id);
        if (ImGui::Checkbox(f.label, &on)) {
            const core::FeatureSet next = core::toggled(config.features, f.kind);
            changed |= next != config.features;
            config.features = next;
        }
        ImGui::PopID();
    }
    if (ImGui::Button("Playground slide")) {
        config = lab::playground_slide(config);
        changed = true;
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The lecture's TF Playground slide: the spiral, every feature, one sigmoid neuron, "
                          "α = 0.03, batch 10");
    return changed;
}

}  // namespace ui
