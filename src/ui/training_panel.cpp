#include "ui/training_panel.h"

#include <algorithm>
#include <string>

#include "core/activation.h"
#include "imgui.h"
#include "ui/colours.h"
#include "lab/notation.h"
#include "ui/loss_plot.h"

namespace ui {
namespace {

std::string layer_sizes_text(const core::Network& net) {
    std::string text;
    for (int s : net.sizes) text += (text.empty() ? "" : "-") + std::to_string(s);
    return text;
}

// A coloured dot (or ring) followed by a label, for the legend.
void legend_item(ImU32 colour, bool ring, const char* label) {
    const float r = ImGui::GetTextLineHeight() * 0.35f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 centre(p.x + r + 1, p.y + ImGui::GetTextLineHeight() * 0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ring) draw->AddCircle(centre, r, colour, 16, 2.0f);
    else draw->AddCircleFilled(centre, r, colour, 16);
    ImGui::Dummy(ImVec2(2 * r + 4, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

void legend_line(ImU32 colour, const char* label) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h * 0.5f), ImVec2(p.x + h, p.y + h * 0.5f), colour, 2.0f);
    ImGui::Dummy(ImVec2(h + 4, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

}  // namespace

TrainingActions training_panel(const TrainingView& view, float x, float y, float width, float height) {
    TrainingActions actions;
    const lab::Session& session = view.session;
    const core::Network& net = session.network();

    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("Backprop Lab", nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);

    ImGui::Text("Data: %s   Network: %s", core::dataset_name(session.config().dataset), layer_sizes_text(net).c_str());
    ImGui::Text("g: %s (hidden), %s (output)", core::activation_name(net.hidden), core::activation_name(net.output));
    ImGui::Separator();

    if (ImGui::Button(view.paused ? "Train (Space)" : "Pause (Space)")) actions.toggle_pause = true;
    ImGui::SameLine();
    if (ImGui::Button("Reset (R)")) actions.reset = true;
    int speed = view.steps_per_frame;
    ImGui::SetNextItemWidth(width * 0.45f);
    if (ImGui::SliderInt("steps / frame", &speed, 1, 100)) actions.steps_per_frame = speed;
    ImGui::Separator();

    const lab::EpochRecord& last = session.history().back();
    ImGui::Text("Epoch %lld   (%lld updates)", session.epoch(), session.steps());
    // lab::num: a diverged loss reads "NaN" or "∞", never printf's "nan"
    ImGui::Text("Train loss %s   accuracy %.1f%%", lab::num(last.train_loss).c_str(), 100.0 * last.train_accuracy);
    ImGui::Text("Test loss  %s   accuracy %.1f%%", lab::num(last.test_loss).c_str(), 100.0 * last.test_accuracy);

    const float plot_width = ImGui::GetContentRegionAvail().x;
    loss_plot(session.history(), plot_width, std::min(plot_width * 0.5f, 160.0f));
    legend_line(kTrainLossColour, "train loss");
    ImGui::SameLine(0, 20);
    legend_line(kTestLossColour, "test loss");
    ImGui::Separator();

    if (view.boundary_drawn) {
        ImGui::TextWrapped("Background: the network's output h(x) at every point of the plane.");
        legend_item(kClass0Colour, false, "class 0 (train)");
        ImGui::SameLine(0, 20);
        legend_item(kClass1Colour, false, "class 1 (train)");
        legend_item(kClass0Colour, true, "class 0 (test)");
        ImGui::SameLine(0, 20);
        legend_item(kClass1Colour, true, "class 1 (test)");
    } else {
        ImGui::TextWrapped("This data set has %d inputs: there is no 2-D plane to draw the boundary in.", net.sizes[0]);
    }
    ImGui::End();
    return actions;
}

}  // namespace ui
