#include "ui/layer_buttons.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/tap_target.h"
#include "ui/theme.h"

namespace ui {
namespace {

// One small button; greyed with the refusal as its tooltip when the edit would not apply to `hidden`.
bool edit_button(const char* label, const lab::ArchitectureEdit& edit, const std::vector<int>& hidden,
                 const char* what, std::vector<EditButtonSpot>& spots) {
    std::vector<int> trial = hidden;
    const std::string refusal = lab::apply_architecture_edit(edit, trial);
    ImGui::BeginDisabled(!refusal.empty());
    const bool clicked = touch_style() ? ImGui::Button(label) : ImGui::SmallButton(label);  // a fingertip's height
    ImGui::EndDisabled();
    const ImVec2 a = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    spots.push_back({edit, a.x, a.y, size.x, size.y, refusal.empty()});
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", refusal.empty() ? what : refusal.c_str());
    return clicked && refusal.empty();
}

// The − and + of one column. On a touch screen two fingertip-size buttons do not fit over narrow columns, so the
// column gets one "±" that opens them, each a fingertip high and named in full.
void edit_pair(const char* id, const lab::ArchitectureEdit& fewer, const lab::ArchitectureEdit& more,
               const std::vector<int>& hidden, const char* what_fewer, const char* what_more,
               std::vector<EditButtonSpot>& spots, std::optional<lab::ArchitectureEdit>& edit) {
    ImGui::PushID(id);
    if (!touch_style()) {
        if (edit_button("−", fewer, hidden, what_fewer, spots)) edit = fewer;
        ImGui::SameLine();
        if (edit_button("+", more, hidden, what_more, spots)) edit = more;
    } else {
        if (ImGui::Button("±", ImVec2(kTapTarget * ui_scale(), 0))) ImGui::OpenPopup("edit");
        if (ImGui::BeginPopup("edit")) {
            if (edit_button((std::string("− ") + what_fewer).c_str(), fewer, hidden, what_fewer, spots)) edit = fewer;
            if (edit_button((std::string("+ ") + what_more).c_str(), more, hidden, what_more, spots)) edit = more;
            if (edit) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
    ImGui::PopID();
}

}  // namespace

std::optional<lab::ArchitectureEdit> layer_buttons(const NetworkLayout& layout, const std::vector<int>& sizes,
                                                   float top, std::vector<EditButtonSpot>& spots) {
    spots.clear();
    if (sizes.size() < 2 || layout.column_x.size() != sizes.size()) return std::nullopt;
    using lab::ArchitectureChange;
    const std::vector<int> hidden(sizes.begin() + 1, sizes.end() - 1);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pair_w = touch_style() ? kTapTarget * ui_scale()
                                       : ImGui::CalcTextSize("−").x + ImGui::CalcTextSize("+").x +
                                             4 * style.FramePadding.x + style.ItemSpacing.x;
    const float left = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x;  // the input column's pair
    std::optional<lab::ArchitectureEdit> edit;
    ImGui::PushID("layer buttons");

    // the layers' pair, at the left over the input column
    ImGui::SetCursorScreenPos(ImVec2(std::max(left, layout.column_x[0] - 0.5f * pair_w), top));
    const lab::ArchitectureEdit fewer{ArchitectureChange::RemoveLayer, -1}, more{ArchitectureChange::AddLayer, -1};
    edit_pair("layers", fewer, more, hidden, "one hidden layer fewer (the last)",
              "one hidden layer more (as large as the last)", spots, edit);
    // its name only where it ends before the first hidden column's pair (deep networks have narrow columns)
    const float name_end = ImGui::GetItemRectMax().x + style.ItemSpacing.x + ImGui::CalcTextSize("layers").x;
    if (hidden.empty() || name_end + style.ItemSpacing.x < layout.column_x[1] - 0.5f * pair_w) {
        ImGui::SameLine();
        ImGui::TextDisabled("layers");
    }

    for (size_t k = 0; k < hidden.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const int layer = static_cast<int>(k);
        ImGui::SetCursorScreenPos(ImVec2(layout.column_x[k + 1] - 0.5f * pair_w, top));
        const lab::ArchitectureEdit remove{ArchitectureChange::RemoveUnit, layer}, add{ArchitectureChange::AddUnit, layer};
        edit_pair("units", remove, add, hidden, "one unit fewer in this layer", "one unit more in this layer", spots,
                  edit);
        ImGui::PopID();
    }
    ImGui::PopID();
    return edit;
}

}  // namespace ui
