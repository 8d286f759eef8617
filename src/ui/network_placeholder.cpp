#include "ui/network_placeholder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/colours.h"

namespace ui {
namespace {

constexpr int kMaxDrawnUnits = 12;  // taller layers (digits' 64 inputs) show their first units and "+ n more"

// The trace example the views show: the current event's, or the batch's first for batch-wide events.
int shown_example(const lab::Stepper& stepper) {
    const lab::TraceEvent* e = stepper.current_event();
    return e && e->example >= 0 ? e->example : 0;
}

}  // namespace

std::vector<NodeSpot> network_placeholder(const NetworkView& view) {
    std::vector<NodeSpot> spots;
    const core::Network& net = view.shown;
    const lab::StepTrace* trace = view.stepper.trace();
    const lab::TraceEvent* event = view.stepper.current_event();
    const int example = shown_example(view.stepper);
    const core::Cache* cache = trace ? &trace->record.caches[static_cast<size_t>(example)] : nullptr;

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (avail.x < 40 || avail.y < 40) return spots;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float header = ImGui::GetTextLineHeightWithSpacing();
    const int layers = static_cast<int>(net.sizes.size());
    const float column_w = avail.x / static_cast<float>(layers);
    int tallest = 1;
    for (int s : net.sizes) tallest = std::max(tallest, std::min(s, kMaxDrawnUnits));
    const float row_h = (avail.y - header) / static_cast<float>(tallest);
    const float r = std::max(4.0f, std::min({22.0f, 0.32f * row_h, 0.2f * column_w}));

    auto centre = [&](int l, int j) {
        const int shown = std::min(net.sizes[static_cast<size_t>(l)], kMaxDrawnUnits);
        const float top = origin.y + header + 0.5f * (avail.y - header - static_cast<float>(shown) * row_h);
        return ImVec2(origin.x + (static_cast<float>(l) + 0.5f) * column_w, top + (static_cast<float>(j) + 0.5f) * row_h);
    };

    // edges first: Θ⁽ˡ⁾ᵢⱼ from unit j of layer l to unit i of layer l + 1 (bias column left out here)
    for (int l = 0; l + 1 < layers; ++l) {
        const core::Matrix& theta = net.theta[static_cast<size_t>(l)];
        for (int i = 0; i < std::min(theta.rows, kMaxDrawnUnits); ++i)
            for (int j = 0; j < std::min(theta.cols - 1, kMaxDrawnUnits); ++j) {
                const double w = theta(i, j + 1);
                const ImU32 colour = w < 0 ? IM_COL32(245, 147, 34, 110) : IM_COL32(8, 119, 189, 140);
                const float width = 0.5f + std::min(4.0f, static_cast<float>(std::fabs(w)) * 1.5f);
                draw->AddLine(centre(l, j), centre(l + 1, i), colour, width);
            }
    }

    for (int l = 0; l < layers; ++l) {
        const int size = net.sizes[static_cast<size_t>(l)];
        char label[48];
        std::snprintf(label, sizeof label, l == 0 ? "input" : (l + 1 == layers ? "output" : "layer %d"), l + 1);
        const ImVec2 c0 = centre(l, 0);
        draw->AddText(ImVec2(c0.x - 0.5f * ImGui::CalcTextSize(label).x, origin.y), kDimTextColour, label);
        for (int j = 0; j < std::min(size, kMaxDrawnUnits); ++j) {
            const ImVec2 c = centre(l, j);
            const bool computed = l == 0 || view.stepper.reached(lab::Phase::Forward, example, l, j);
            ImU32 fill = kPendingColour;
            if (cache && computed) fill = signed_value_colour(cache->a[static_cast<size_t>(l)][static_cast<size_t>(j)]);
            if (!cache) fill = IM_COL32(120, 125, 140, 255);
            draw->AddCircleFilled(c, r, fill, 32);
            const lab::Phase delta_phase = l + 1 == layers ? lab::Phase::OutputDelta : lab::Phase::HiddenDelta;
            if (cache && l > 0 && view.stepper.reached(delta_phase, example, l, j)) {
                const double d = cache->delta[static_cast<size_t>(l)][static_cast<size_t>(j)];
                draw->AddCircle(c, r + 3, IM_COL32(230, 80, 90, 255), 32,
                                1.5f + std::min(5.0f, static_cast<float>(std::fabs(d)) * 12.0f));
            }
            const bool current = event && event->example >= 0 && event->layer == l && event->unit == j &&
                                 event->phase != lab::Phase::Loss;
            if (current) draw->AddCircle(c, r + 8, kHighlightColour, 32, 3.0f);
            spots.push_back({l, j, c.x, c.y, r});
        }
        if (size > kMaxDrawnUnits) {
            std::snprintf(label, sizeof label, "+ %d more", size - kMaxDrawnUnits);
            const ImVec2 c = centre(l, kMaxDrawnUnits - 1);
            draw->AddText(ImVec2(c.x - 0.5f * ImGui::CalcTextSize(label).x, c.y + r + 2), kDimTextColour, label);
        }
    }
    ImGui::Dummy(avail);
    return spots;
}

}  // namespace ui
