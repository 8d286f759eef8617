#include "ui/start_card.h"

#include <algorithm>

#include "imgui.h"

namespace ui {

StartCardActions start_card(const StartCardView& view) {
    StartCardActions actions;
    const float width = std::min(26.0f * ImGui::GetFontSize(), view.screen_width - 20.0f);
    // Over the middle of the screen, a little above the centre: where a first visitor looks.
    ImGui::SetNextWindowPos(ImVec2(0.5f * view.screen_width, 0.3f * view.screen_height), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("Start here###start card", nullptr, flags)) {
        ImGui::TextWrapped("This is lesson %d of 17: %s.", view.lesson, view.title);
        ImGui::Spacing();
        if (view.touch) {
            ImGui::BulletText("Tap Next → to step one event");
            ImGui::BulletText("Tap ← Back to go back");
            ImGui::BulletText("Tap ▶ Play to train");
        } else {
            ImGui::BulletText("Space steps one event");
            ImGui::BulletText("← goes back");
            ImGui::BulletText("P plays (trains)");
        }
        ImGui::Spacing();
        ImGui::TextWrapped(view.touch ? "New to backprop? Pick lesson 1 in the lesson menu and go on from there."
                                      : "New to backprop? Press 1 for lesson 1, then PageDown for the next; ? lists "
                                        "every key.");
        ImGui::Spacing();
        if (ImGui::Button("Got it", ImVec2(-1.0f, 0.0f))) actions.dismiss = true;
        const ImVec2 at = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
        actions.button_x = at.x, actions.button_y = at.y, actions.button_w = size.x, actions.button_h = size.y;
    }
    ImGui::End();
    return actions;
}

}  // namespace ui
