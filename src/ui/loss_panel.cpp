#include "ui/loss_panel.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/loss_plot.h"

namespace ui {
namespace {

void legend_line(ImU32 colour, const char* label) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h * 0.5f), ImVec2(p.x + h, p.y + h * 0.5f), colour, 2.0f);
    ImGui::Dummy(ImVec2(h + 4, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

// Accuracy is the share of examples whose predicted class is the label: a regression target has no classes.
void accuracy_cell(bool classify, double accuracy) {
    if (classify) {
        ImGui::Text("%.1f %%", 100.0 * accuracy);
        return;
    }
    ImGui::TextDisabled("—");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Regression: the targets are numbers, not classes; the loss says it all.");
}

}  // namespace

void loss_panel(const lab::Session& session, const lab::EpochRecord& now, double now_epoch, long long now_steps) {
    const bool classify = session.train_set().task != core::Task::Regression;
    ImGui::Text("Epoch %lld", static_cast<long long>(now_epoch));  // epochs completed by the network shown
    ImGui::SameLine();
    ImGui::TextDisabled(now_steps == 1 ? "(%lld update)" : "(%lld updates)", now_steps);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("An epoch is one full pass over the training data; an update is one mini-batch step.");
    if (ImGui::BeginTable("now", 3, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("now");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("The network as the pictures show it (at the step cursor), on all of each set.");
        ImGui::TableNextColumn();
        ImGui::TextDisabled("loss");
        ImGui::TableNextColumn();
        ImGui::TextDisabled("accuracy");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("train");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(lab::num(now.train_loss).c_str());  // a diverged loss reads NaN or ∞
        ImGui::TableNextColumn();
        accuracy_cell(classify, now.train_accuracy);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("test");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(lab::num(now.test_loss).c_str());
        ImGui::TableNextColumn();
        accuracy_cell(classify, now.test_accuracy);
        ImGui::EndTable();
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    // two charts share the height; a regression has only the loss chart
    const float charts_h = ImGui::GetContentRegionAvail().y - (classify ? 4 : 3) * line;
    const float chart_h = std::max(12.0f, classify ? charts_h * 0.5f : charts_h);  // 12: still a trend line
    const ChartData chart{session.history(), now, now_epoch};
    ImGui::TextDisabled("loss per epoch (0 … %s)", lab::num(loss_plot_top(chart)).c_str());
    loss_plot(chart, width, chart_h);
    if (classify) {
        ImGui::TextDisabled("accuracy per epoch (0 … 100 %%)");
        accuracy_plot(chart, width, chart_h);
    }
    legend_line(train_loss_colour(), "train");
    ImGui::SameLine(0, 20);
    legend_line(kTestLossColour, "test");
    char epochs[48];  // the charts' x range, right-aligned on the legend's line when it fits
    std::snprintf(epochs, sizeof epochs, "epoch 0 … %.1f", chart_x_max(chart));
    const float right = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(epochs).x;
    if (right > ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 12) {
        ImGui::SameLine(right);
        ImGui::TextDisabled("%s", epochs);
    }
}

}  // namespace ui
