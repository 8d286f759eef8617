#include "ui/replay_bar.h"

#include <algorithm>
#include <string>

#include "imgui.h"

namespace ui {

bool replay_bar(const lab::LinkReplay& replay, float screen_width, float screen_height) {
    const float width = std::min(screen_width - 16.0f, 520.0f);
    ImGui::SetNextWindowPos(ImVec2(0.5f * screen_width, 0.3f * screen_height), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    bool cancel = false;
    if (ImGui::Begin("##link replay", nullptr, flags)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(lab::replay_progress_text(replay).c_str());
        const float share = replay.total > 0 ? static_cast<float>(replay.done) / static_cast<float>(replay.total) : 1.0f;
        ImGui::ProgressBar(share, ImVec2(-1.0f, 0.0f), "");
        ImGui::TextDisabled("The lab keeps working meanwhile. Cancel (Esc) keeps what is trained so far.");
        ImGui::PopTextWrapPos();
        cancel = ImGui::Button("Cancel");
    }
    ImGui::End();
    return cancel;
}

}  // namespace ui
