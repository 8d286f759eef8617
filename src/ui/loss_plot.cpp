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

// The chart's frame: x from epoch 0 to x_max, y from 0 to top.
struct ChartFrame {
    ImVec2 origin, size;
    double x_max, top;
    ImVec2 at(double epoch, double value) const {
        const float fx = static_cast<float>(std::clamp(epoch / x_max, 0.0, 1.0));
        const float fy = static_cast<float>(std::clamp(value / top, 0.0, 1.0));
        return ImVec2(origin.x + fx * size.x, origin.y + (1.0f - fy) * size.y);
    }
};

// One polyline through the value of every epoch (thinned to about one point per pixel column) and on to the live
// point, which gets a dot.
void draw_series(ImDrawList* draw, const ChartData& data, Field field, const ChartFrame& frame, ImU32 colour) {
    const size_t n = data.history.size();
    const size_t stride = std::max<size_t>(1, n / static_cast<size_t>(std::max(1.0f, frame.size.x)));
    std::vector<ImVec2> points;
    for (size_t i = 0; i < n; i += stride) {
        const double value = data.history[i].*field;
        if (!std::isfinite(value)) continue;  // a diverged epoch: no point rather than one off the chart
        points.push_back(frame.at(static_cast<double>(data.history[i].epoch), value));
    }
    const double now = data.now.*field;
    if (std::isfinite(now)) {
        points.push_back(frame.at(data.now_epoch, now));
        draw->AddCircleFilled(points.back(), 3.0f * ui_scale(), colour);
    }
    if (points.size() >= 2) draw->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.0f * ui_scale());
}

// A chart of `train` and `test` from 0 (bottom) to `top`, epoch 0 to the later of the last record and now; the
// caller names both ranges in the title above it (chart_x_max).
void history_chart(const char* id, const ChartData& data, Field train, Field test, double top, float width,
                   float height) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, height);
    ImGui::InvisibleButton(id, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), plot_background_colour());
    const ChartFrame frame{origin, size, std::max(chart_x_max(data), 1e-9), top};
    draw_series(draw, data, test, frame, kTestLossColour);
    draw_series(draw, data, train, frame, train_loss_colour());
}

}  // namespace

double chart_x_max(const ChartData& data) {
    const double last = data.history.empty() ? 0.0 : static_cast<double>(data.history.back().epoch);
    return std::max(last, data.now_epoch);
}

double loss_plot_top(const ChartData& data) {
    double top = 1e-9;
    for (const lab::EpochRecord& r : data.history)
        for (double loss : {r.train_loss, r.test_loss})
            if (std::isfinite(loss)) top = std::max(top, loss);
    for (double loss : {data.now.train_loss, data.now.test_loss})
        if (std::isfinite(loss)) top = std::max(top, loss);
    return top;
}

void loss_plot(const ChartData& data, float width, float height) {
    history_chart("loss plot", data, &lab::EpochRecord::train_loss, &lab::EpochRecord::test_loss, loss_plot_top(data),
                  width, height);
}

void accuracy_plot(const ChartData& data, float width, float height) {
    history_chart("accuracy plot", data, &lab::EpochRecord::train_accuracy, &lab::EpochRecord::test_accuracy, 1.0,
                  width, height);
}

}  // namespace ui
