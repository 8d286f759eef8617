#include "ui/dataset_picker.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/colours.h"

namespace ui {
namespace {

constexpr int kThumbnailPoints = 120;   // enough for a set's shape, few enough to draw every frame
constexpr float kTileLeast = 22.0f;     // the smallest tile's side at normal text size (13 px)
const ImU32 kTileBackground = IM_COL32(232, 234, 235, 255);  // the boundary's neutral grey, on either theme

ImU32 class_colour(Palette palette, int label) {
    const Rgb c = palette_info(palette).classes[std::clamp(label, 0, 2)];
    return IM_COL32(c.r, c.g, c.b, 255);
}

void draw_tile(ImDrawList* draw, const DatasetThumbnail& t, ImVec2 a, float side, Palette palette) {
    draw->AddRectFilled(a, ImVec2(a.x + side, a.y + side), kTileBackground, 3.0f);
    if (t.image_side > 0) {
        const float cell = side / static_cast<float>(t.image_side);
        for (int row = 0; row < t.image_side; ++row)
            for (int col = 0; col < t.image_side; ++col) {
                const float ink = t.pixels[static_cast<size_t>(row * t.image_side + col)];
                const int grey = static_cast<int>(std::lround(235.0f * (1.0f - ink)));
                const ImVec2 p(a.x + col * cell, a.y + row * cell);
                draw->AddRectFilled(p, ImVec2(p.x + cell, p.y + cell), IM_COL32(grey, grey, grey, 255));
            }
        return;
    }
    // few points (the logic gates' four) large, hundreds small; each with a dark edge, as on the plot
    const float r = t.points.size() <= 16 ? 0.09f * side : std::max(1.5f, 0.035f * side);
    for (const ThumbnailPoint& p : t.points) {
        const ImVec2 c(a.x + p.u * side, a.y + (1.0f - p.v) * side);
        draw->AddCircleFilled(c, r + 0.8f, IM_COL32(40, 40, 40, 255), 8);
        draw->AddCircleFilled(c, r, class_colour(palette, p.label), 8);
    }
}

}  // namespace

bool dataset_picker(core::DatasetKind& value, std::vector<DatasetThumbnail>& cache, Palette palette, bool& reopen) {
    if (cache.empty()) cache = make_dataset_thumbnails(kThumbnailPoints);
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float width = ImGui::GetContentRegionAvail().x;
    // two rows when the tiles stay large enough to read (kTileLeast); more rows on a narrow column
    const float least = kTileLeast * ImGui::GetFontSize() / 13.0f;
    const int count = static_cast<int>(cache.size());
    int per_row = (count + 1) / 2;
    while (per_row > 1 && (width - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row) < least)
        --per_row;
    const float side = std::floor((width - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    bool changed = false;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    for (size_t k = 0; k < cache.size(); ++k) {
        const DatasetThumbnail& t = cache[k];
        const core::DatasetInfo& info = core::dataset_info(t.kind);
        if (k % static_cast<size_t>(per_row) != 0) ImGui::SameLine();
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::PushID(info.id);
        if (ImGui::InvisibleButton(info.label, ImVec2(side, side))) {
            if (t.kind == value) reopen = true;
            else value = t.kind, changed = true;
        }
        ImGui::PopID();
        draw_tile(draw, t, a, side, palette);
        const bool chosen = t.kind == value, hovered = ImGui::IsItemHovered();
        if (chosen || hovered)
            draw->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(a.x + side + 1, a.y + side + 1),
                          chosen ? kHighlightColour : ImGui::GetColorU32(ImGuiCol_ButtonHovered), 3.0f, 0,
                          chosen ? 3.0f : 2.0f);
        if (hovered) ImGui::SetTooltip("%s: %s", info.label, info.about);
    }
    ImGui::PopStyleVar();
    return changed;
}

}  // namespace ui
