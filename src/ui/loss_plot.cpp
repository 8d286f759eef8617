#include "ui/loss_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/colours.h"
#include "ui/theme.h"

namespace ui {
namespace {

using Field = double lab::EpochRecord::*;

// One polyline through the value of every epoch, thinned to about one point per pixel column.
void draw_series(ImDrawList* draw, const std::vector<lab::EpochRecord>& history, Field field, ImVec2 origin,
                 ImVec2 size, double top, ImU32 colour) {
    const size_t n = history.size();
    const size_t stride = std::max<size_t>(1, n / static_cast<size_t>(std::max(1.0f, size.x)));
    std::vector<ImVec2> points;
    for (size_t i = 0; i < n; i += stride) {
        const double value = history[i].*field;
        if (!std::isfinite(value)) continue;  // a diverged epoch: no point rather than one off the chart
        const float fx = n > 1 ? static_cast<float>(i) / static_cast<float>(n - 1) : 0.0f;
        const float fy = static_cast<float>(std::clamp(value / top, 0.0, 1.0));
        points.push_back(ImVec2(origin.x + fx * size.x, origin.y + (1.0f - fy) * size.y));
    }
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.0f * ui_scale());
}

// A chart of `train` and `test` from 0 (bottom) to `top`; the caller names the scale in the title above it.
void history_chart(const char* id, const std::vector<lab::EpochRecord>& history, Field train, Field test, double top,
                   float width, float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    ImGui::InvisibleButton(id, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), plot_background_colour());
    draw_series(draw, history, test, origin, size, top, kTestLossColour);
    draw_series(draw, history, train, origin, size, top, train_loss_colour());
}

}  // namespace

double loss_plot_top(const std::vector<lab::EpochRecord>& history) {
    double top = 1e-9;
    for (const lab::EpochRecord& r : history)
        for (double loss : {r.train_loss, r.test_loss})
            if (std::isfinite(loss)) top = std::max(top, loss);
    return top;
}

void loss_plot(const std::vector<lab::EpochRecord>& history, float width, float height) {
    history_chart("loss plot", history, &lab::EpochRecord::train_loss, &lab::EpochRecord::test_loss,
                  loss_plot_top(history), width, height);
}

void accuracy_plot(const std::vector<lab::EpochRecord>& history, float width, float height) {
    history_chart("accuracy plot", history, &lab::EpochRecord::train_accuracy, &lab::EpochRecord::test_accuracy, 1.0,
                  width, height);
}

}  // namespace ui
