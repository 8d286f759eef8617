#include "ui/divergence_banner.h"

#include <string>

#include "imgui.h"

namespace ui {

DivergenceActions divergence_banner(const lab::Divergence& divergence, float x, float y, float width) {
    DivergenceActions actions;
    if (!divergence.happened()) return actions;
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));  // height: as much as the text needs
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.45f, 0.12f, 0.10f, 0.96f));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.85f, 0.55f, 0.20f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.95f, 0.65f, 0.30f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.95f, 0.90f, 1.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("##divergence", nullptr, flags)) {
        ImGui::TextWrapped("%s", lab::divergence_summary(divergence).c_str());
        ImGui::TextWrapped("%s", lab::divergence_cause(divergence).c_str());
        ImGui::TextWrapped("Training is paused. Lower the setting named above, then restore the weights from before "
                           "this step (or reset).");
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.06f, 0.04f, 1.0f));
        if (ImGui::Button("Restore last finite state")) actions.restore_last_finite = true;
        ImGui::PopStyleColor();
    }
    ImGui::End();
    ImGui::PopStyleColor(4);
    return actions;
}

void rising_loss_banner(const lab::RisingLoss& rising, float x, float y, float width) {
    if (!rising.warning) return;
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.42f, 0.30f, 0.06f, 0.94f));  // amber: a warning, not a stop
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.96f, 0.88f, 1.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoInputs;  // training goes on; clicks go to the plot below
    if (ImGui::Begin("##rising_loss", nullptr, flags))
        ImGui::TextWrapped("%s", lab::rising_loss_message(rising).c_str());
    ImGui::End();
    ImGui::PopStyleColor(2);
}

}  // namespace ui
