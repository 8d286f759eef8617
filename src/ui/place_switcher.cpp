#include "ui/place_switcher.h"

#include <algorithm>

#include "imgui.h"
#include "ui/theme.h"

namespace ui {

std::vector<float> share_row(const std::vector<float>& label_widths, float room, float gap) {
    std::vector<float> widths = label_widths;
    if (widths.empty()) return widths;
    const float n = static_cast<float>(widths.size());
    float labels = 0;
    for (float w : widths) labels += w;
    const float free = std::max(0.0f, room - gap * (n - 1));
    if (labels <= free) {
        for (float& w : widths) w += (free - labels) / n;
    } else {
        for (float& w : widths) w *= free / labels;
    }
    return widths;
}

PlaceSwitcherActions place_switcher(const PlaceSwitcherView& view) {
    PlaceSwitcherActions actions;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float tab_h = std::max(ImGui::GetFrameHeight(), kTapTarget * ui_scale());
    const float room = ImGui::GetContentRegionAvail().x;
    std::vector<float> widths;
    for (const std::string& name : view.names)
        widths.push_back(view.column ? room : ImGui::CalcTextSize(name.c_str()).x + 2 * style.FramePadding.x);
    if (!view.column) widths = share_row(widths, room, style.ItemSpacing.x);
    for (size_t k = 0; k < view.names.size(); ++k) {
        const bool front = static_cast<int>(k) == view.front;
        if (k > 0 && !view.column) ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[front ? ImGuiCol_TabActive : ImGuiCol_Tab]);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_TabHovered]);
        ImGui::PushID(static_cast<int>(k));
        if (ImGui::Button(view.names[k].c_str(), ImVec2(widths[k], tab_h)) && !front) actions.chosen = static_cast<int>(k);
        ImGui::PopID();
        ImGui::PopStyleColor(2);
        const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
        actions.tabs.push_back({view.names[k], min.x, min.y, size.x, size.y});
        if (front) {  // a bar under the tab in front (beside it in a column), as a tab bar marks its open tab
            const ImVec2 max = ImGui::GetItemRectMax();
            const ImU32 mark = ImGui::GetColorU32(ImGuiCol_Text);
            ImDrawList* draw = ImGui::GetWindowDrawList();
            if (view.column) draw->AddRectFilled(ImVec2(max.x - 4, min.y), max, mark);
            else draw->AddRectFilled(ImVec2(min.x, max.y - 4), max, mark);
        }
    }
    return actions;
}

}  // namespace ui
