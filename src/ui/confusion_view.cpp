#include "ui/confusion_view.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/colours.h"
#include "ui/theme.h"

namespace ui {
namespace {

// `base` moved towards `target` by t in [0, 1].
ImU32 blend(ImU32 base, ImU32 target, float t) {
    const ImVec4 a = ImGui::ColorConvertU32ToFloat4(base), b = ImGui::ColorConvertU32ToFloat4(target);
    return ImGui::GetColorU32(ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f));
}

}  // namespace

void confusion_view(const lab::Confusion& confusion, const core::Dataset& test, float keep_below) {
    const int n = confusion.classes;
    if (n < 2 || confusion.total() == 0) return;
    ImGui::TextWrapped("Test set as of the cursor: %d of %d right (%.1f %%). Rows: the true class; columns: what the "
                       "network says.",
                       confusion.correct(), confusion.total(), 100.0 * confusion.correct() / confusion.total());
    float label_w = 0;
    for (int k = 0; k < n; ++k) label_w = std::max(label_w, ImGui::CalcTextSize(lab::class_name(test, k).c_str()).x);
    label_w += 8;
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float room = std::min(avail.x - label_w, avail.y - keep_below - line - 4);  // after the summary's lines
    const float cell = std::clamp(room / static_cast<float>(n), 0.0f, 64.0f * ui_scale());
    if (cell < 6) return;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 grid(origin.x + label_w, origin.y + line + 4);  // top left of cell (0, 0)
    ImGui::Dummy(ImVec2(label_w + cell * static_cast<float>(n), line + 4 + cell * static_cast<float>(n)));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), dim = ImGui::GetColorU32(dim_text_colour());
    for (int k = 0; k < n; ++k) {  // column headers (the class index when its name is wider than a cell), row names
        const std::string name = lab::class_name(test, k);
        const std::string head = ImGui::CalcTextSize(name.c_str()).x <= cell ? name : std::to_string(k);
        const float w = ImGui::CalcTextSize(head.c_str()).x;
        draw->AddText(ImVec2(grid.x + (static_cast<float>(k) + 0.5f) * cell - 0.5f * w, origin.y), dim, head.c_str());
        draw->AddText(ImVec2(origin.x, grid.y + (static_cast<float>(k) + 0.5f) * cell - 0.5f * line), dim,
                      name.c_str());
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int t = 0; t < n; ++t) {
        const int row_total = confusion.row_total(t);
        for (int p = 0; p < n; ++p) {
            const int count = confusion.at(t, p);
            const float share = row_total > 0 ? static_cast<float>(count) / static_cast<float>(row_total) : 0.0f;
            const ImVec2 a(grid.x + static_cast<float>(p) * cell, grid.y + static_cast<float>(t) * cell);
            const ImVec2 b(a.x + cell - 1, a.y + cell - 1);
            draw->AddRectFilled(a, b, blend(plot_background_colour(), t == p ? kClass1Colour : kClass0Colour, share));
            const std::string number = std::to_string(count);
            const ImVec2 size = ImGui::CalcTextSize(number.c_str());
            if (count > 0 && size.x + 2 <= cell && size.y <= cell)
                draw->AddText(ImVec2(0.5f * (a.x + b.x - size.x), 0.5f * (a.y + b.y - size.y)),
                              share > 0.5f ? IM_COL32(255, 255, 255, 255) : text, number.c_str());
            if (ImGui::IsWindowHovered() && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y)
                ImGui::SetTooltip("true %s, predicted %s: %d of the %d test examples of %s", lab::class_name(test, t).c_str(),
                                  lab::class_name(test, p).c_str(), count, row_total, lab::class_name(test, t).c_str());
        }
    }
}

}  // namespace ui
