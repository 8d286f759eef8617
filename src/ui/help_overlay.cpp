#include "ui/help_overlay.h"

#include <algorithm>
#include <iterator>
#include <vector>

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
    {"Shift + P", "predict first: each next value hidden until you predict it (in the equation place)"},
    {"Shift + R", "reveal the hidden value to the room, without a prediction"},
    {"PageUp / PageDown", "previous / next lesson"},
    {"1 … 9", "lesson 1 … 9; two digits typed within a second: 10 … 17 (\"1\" then \"7\")"},
    {"Alt + 0 … 7", "lesson 10 … 17"},
    {"F2", "presentation mode: large formulas and node values, the controls away, light theme"},
    {"C", "presentation mode: the controls and loss places back, or away again"},
    {"T", "light / dark theme"},
    {"L", "copy a link to this state (lesson, settings, weights, steps, cursor)"},
    {"?", "this help"},
    {"Esc", "close this help"},
};

}  // namespace

// The graph lesson's tab in front: Space, → and ← step the graph, not a training step's events.
constexpr KeyHelp kGraphKeys[] = {
    {"Space  or  →", "next graph step: the values forward, then the gradients backward"},
    {"←  or  Backspace", "previous graph step"},
};

bool help_overlay(float screen_width, float screen_height, bool graph_steps) {
    bool close = false;
    const float font = ImGui::GetFontSize();
    std::vector<KeyHelp> keys(std::begin(kKeys), std::end(kKeys));
    if (graph_steps) std::copy(std::begin(kGraphKeys), std::end(kGraphKeys), keys.begin());
    // One pair of columns when the keys fit the height; on a short wide screen two pairs side by side; what still
    // does not fit scrolls inside the window, which never leaves the screen.
    const float pair_width = std::min(36.0f * font, screen_width - 20);
    const float rows_height = static_cast<float>(keys.size()) * 1.6f * ImGui::GetFrameHeightWithSpacing();
    const int pairs = rows_height > 0.8f * screen_height && screen_width - 20 >= 2 * pair_width ? 2 : 1;
    const float width = static_cast<float>(pairs) * pair_width;
    ImGui::SetNextWindowPos(ImVec2(0.5f * screen_width, 0.5f * screen_height), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, screen_height - 20));
    ImGui::SetNextWindowFocus();
    ImGui::Begin("Keys", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
    if (graph_steps) ImGui::TextWrapped("The graph's tab is in front: Space, → and Next step the graph.");
    if (ImGui::BeginTable("keys", 2 * pairs, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        for (int p = 0; p < pairs; ++p) {
            ImGui::TableSetupColumn("key", ImGuiTableColumnFlags_WidthFixed, 0.34f * pair_width);
            ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, 0.62f * pair_width - 16);
        }
        const size_t rows = (keys.size() + static_cast<size_t>(pairs) - 1) / static_cast<size_t>(pairs);
        for (size_t row = 0; row < rows; ++row) {
            ImGui::TableNextRow();
            for (size_t k = row; k < keys.size(); k += rows) {  // column-major: each pair reads down
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", keys[k].keys);
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", keys[k].what);
            }
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
