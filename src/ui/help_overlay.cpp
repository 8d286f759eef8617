#include "ui/help_overlay.h"

#include <algorithm>

#include "imgui.h"

namespace ui {
namespace {

struct KeyHelp {
    const char* keys;
    const char* what;
};

constexpr KeyHelp kKeys[] = {
    {"Space  or  →", "next event"},
    {"←  or  Backspace", "previous event (back into the previous step, too)"},
    {"Shift + →", "next layer"},
    {"Shift + ←", "previous layer"},
    {"Ctrl + →  or  ]", "next phase: forward → loss → output δ → hidden δ → gradient → update"},
    {"Ctrl + ←  or  [", "back to the start of this phase, or of the one before"},
    {"F", "finish this example (to its last δ)"},
    {"N", "next example of the mini-batch"},
    {"Enter", "to the end of this mini-batch step; again: the next step"},
    {"E", "next epoch (train until a full pass over the data completes)"},
    {"P", "play / pause (train freely, or walk through the events)"},
    {"R", "reset: fresh weights from the seed"},
    {"PageUp / PageDown", "previous / next lesson"},
    {"1 … 9", "lesson 1 … 9; two digits typed within a second: 10 … 17 (\"1\" then \"7\")"},
    {"Alt + 0 … 7", "lesson 10 … 17"},
    {"F2", "projector mode: large crisp text, thick lines, light theme"},
    {"T", "light / dark theme"},
    {"L", "copy a link to this state (lesson, settings, weights, steps, cursor)"},
    {"?", "this help"},
    {"Esc", "close this help"},
};

}  // namespace

bool help_overlay(float screen_width, float screen_height) {
    bool close = false;
    // As tall as its content, as wide as fits.
    const float width = std::min(580.0f, screen_width - 20);
    ImGui::SetNextWindowPos(ImVec2(0.5f * screen_width, 0.5f * screen_height), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, screen_height - 20));
    ImGui::SetNextWindowFocus();
    ImGui::Begin("Keys", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, std::min(180.0f, 0.35f * width));
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, 0.62f * width - 16);
        for (const KeyHelp& k : kKeys) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(k.keys);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", k.what);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    ImGui::TextWrapped("Keys act only when no text field has the keyboard.");
    if (ImGui::Button("Close")) close = true;
    ImGui::End();
    return close;
}

}  // namespace ui
