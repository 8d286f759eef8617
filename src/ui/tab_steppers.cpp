#include "ui/tab_steppers.h"

#include "imgui.h"
#include "ui/theme.h"

namespace ui {
namespace {

// One stepper: a tab-shaped button kTapTarget wide with a triangle pointing left (−1) or right (+1).
bool stepper(const char* id, int direction, ImGuiTabItemFlags side, std::vector<TapRect>& drawn) {
    ImGui::SetNextItemWidth(kTapTarget * ui_scale());  // a tab's width, kept by the bar's layout
    const bool tapped = ImGui::TabItemButton(id, side | ImGuiTabItemFlags_NoTooltip);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 centre(0.5f * (min.x + max.x), 0.5f * (min.y + max.y));
    const float r = 0.25f * ImGui::GetFontSize() + 2.0f;
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    const float tip = centre.x + direction * r, back = centre.x - direction * r;
    ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(tip, centre.y), ImVec2(back, centre.y - r),
                                                  ImVec2(back, centre.y + r), colour);
    drawn.push_back({direction < 0 ? "◀" : "▶", min.x, min.y, max.x - min.x, max.y - min.y});
    return tapped;
}

}  // namespace

bool tabs_overflow(const std::vector<const char*>& labels, float bar_width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 0.0f;
    for (size_t k = 0; k < labels.size(); ++k)
        width += (k ? style.ItemInnerSpacing.x : 0.0f) + ImGui::CalcTextSize(labels[k], nullptr, true).x +
                 2 * style.FramePadding.x + 1.0f;  // ImGui's tab: the padding on both sides and one pixel more
    return width > bar_width;
}

int tab_steppers(std::vector<TapRect>& drawn) {
    int step = 0;
    if (stepper("##previous tab", -1, ImGuiTabItemFlags_Leading, drawn)) step = -1;
    if (stepper("##next tab", +1, ImGuiTabItemFlags_Trailing, drawn)) step = +1;
    return step;
}

}  // namespace ui
