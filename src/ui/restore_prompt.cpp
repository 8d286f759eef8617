#include "ui/restore_prompt.h"

#include <algorithm>

#include "imgui.h"

namespace ui {
namespace {

constexpr const char* kModalTitle = "Restore your last session?";

RestorePromptActions modal_prompt(const RestorePromptView& view) {
    RestorePromptActions actions;
    if (!ImGui::IsPopupOpen(kModalTitle)) ImGui::OpenPopup(kModalTitle);
    const float width = std::min(30.0f * ImGui::GetFontSize(), view.screen_width - 20.0f);
    ImGui::SetNextWindowPos(ImVec2(0.5f * view.screen_width, 0.4f * view.screen_height), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings;
    if (!ImGui::BeginPopupModal(kModalTitle, nullptr, flags)) return actions;
    ImGui::TextWrapped("Your last session was saved:");
    ImGui::Spacing();
    ImGui::TextWrapped("%s", view.summary.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("Restore it, or start fresh with the lesson shown behind this window? (Starting fresh keeps the "
                       "saved session until you change something.)");
    ImGui::Spacing();
    const float button = 0.5f * (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::Button("Restore  (Enter)", ImVec2(button, 0)) || ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
        ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false))
        actions.restore = true;
    ImGui::SameLine();
    if (ImGui::Button("Start fresh  (Esc)", ImVec2(button, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
        actions.dismiss = !actions.restore;
    if (actions.restore || actions.dismiss) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return actions;
}

// Near the top, out of the way of the network and the data: the link's lab stays usable beneath and around it.
RestorePromptActions link_offer(const RestorePromptView& view) {
    RestorePromptActions actions;
    const float width = std::min(34.0f * ImGui::GetFontSize(), view.screen_width - 20.0f);
    ImGui::SetNextWindowPos(ImVec2(0.5f * view.screen_width, 2.2f * ImGui::GetFrameHeight()), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##restore offer", nullptr, flags)) {
        ImGui::TextWrapped("You opened a link or lesson. Your last session is saved: %s.", view.summary.c_str());
        if (ImGui::Button("Restore it instead")) actions.restore = true;
        ImGui::SameLine();
        if (ImGui::Button("Keep the link")) actions.dismiss = true;
    }
    ImGui::End();
    return actions;
}

}  // namespace

RestorePromptActions restore_prompt(const RestorePromptView& view) {
    return view.after_link ? link_offer(view) : modal_prompt(view);
}

}  // namespace ui
