#include "ui/export_panel.h"

#include "imgui.h"

namespace ui {

ExportActions export_panel(const std::string& last_message) {
    ExportActions actions;
    if (!ImGui::CollapsingHeader("Export / import")) return actions;
    actions.png = ImGui::Button("PNG");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("the picture as it is on screen");
    ImGui::SameLine();
    actions.csv = ImGui::Button("Trace CSV");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("the events of the step being traced: formula, numbers, result");
    ImGui::SameLine();
    actions.json = ImGui::Button("State JSON");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("config, weights, losses and cursor; Import reads it back");
    ImGui::SameLine();
    actions.import = ImGui::Button("Import…");
    if (!last_message.empty()) ImGui::TextWrapped("%s", last_message.c_str());
    return actions;
}

}  // namespace ui
