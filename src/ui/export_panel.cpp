#include "ui/export_panel.h"

#include "imgui.h"

namespace ui {

ExportActions export_panel(const std::string& last_message) {
    ExportActions actions;
    // The PNG buttons: the whole lab, or one place alone for a slide (app_png.cpp crops to it).
    struct PngPlace {
        const char* label;
        const char* place;  // a panel's name (app/panel_table.h), "" for the whole lab
    };
    static constexpr PngPlace kPngPlaces[] = {
        {"PNG: lab", ""}, {"network", "network"}, {"data", "data"}, {"surface", "surface"}, {"equation", "equation"}};
    for (const PngPlace& p : kPngPlaces) {
        if (*p.place) ImGui::SameLine();
        ImGui::PushID(p.place);
        if (ImGui::Button(p.label)) {
            actions.png = true;
            actions.png_place = p.place;
        }
        ImGui::PopID();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip(*p.place ? "this place alone as a PNG (for a slide)" : "the whole lab as a PNG");
    }
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
