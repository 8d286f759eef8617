#include "ui/loss_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/colours.h"

namespace ui {
namespace {

// One polyline through the loss of every epoch, thinned to about one point per pixel column.
void draw_series(ImDrawList* draw, const std::vector<lab::EpochRecord>& history, bool test, ImVec2 origin,
                 ImVec2 size, double max_loss, ImU32 colour) {
    const size_t n = history.size();
    const size_t stride = std::max<size_t>(1, n / static_cast<size_t>(std::max(1.0f, size.x)));
    std::vector<ImVec2> points;
    for (size_t i = 0; i < n; i += stride) {
        const double loss = test ? history[i].test_loss : history[i].train_loss;
        if (!std::isfinite(loss)) continue;  // a diverged epoch: no point rather than one off the chart
        const float fx = n > 1 ? static_cast<float>(i) / static_cast<float>(n - 1) : 0.0f;
        const float fy = static_cast<float>(std::min(loss, max_loss) / max_loss);
        points.push_back(ImVec2(origin.x + fx * size.x, origin.y + (1.0f - fy) * size.y));
    }
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.0f);
}

}  // namespace

void loss_plot(const std::vector<lab::EpochRecord>& history, float width, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    ImGui::InvisibleButton("loss plot", size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), IM_COL32(30, 30, 36, 255));
    double max_loss = 1e-9;
    for (const lab::EpochRecord& r : history)
        for (double loss : {r.train_loss, r.test_loss})
            if (std::isfinite(loss)) max_loss = std::max(max_loss, loss);
    draw_series(draw, history, true, origin, size, max_loss, kTestLossColour);
    draw_series(draw, history, false, origin, size, max_loss, kTrainLossColour);
    char label[32];
    std::snprintf(label, sizeof label, "%.3g", max_loss);
    // The scale's top at the top right: the curves start high on the left and fall, leaving that corner free.
    const float label_width = ImGui::CalcTextSize(label).x;
    draw->AddText(ImVec2(origin.x + width - label_width - 4, origin.y + 2), IM_COL32(160, 160, 170, 255), label);
    draw->AddText(ImVec2(origin.x + 4, origin.y + height - ImGui::GetTextLineHeight() - 2),
                  IM_COL32(160, 160, 170, 255), "0");
}

}  // namespace ui
