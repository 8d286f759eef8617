#include "ui/point_tip.h"

#include <string>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/tap_target.h"
#include "ui/theme.h"

namespace ui {
namespace {

constexpr float kTipMargin = 4.0f;  // between the tip and the window's edge

ImVec2 on_screen(const PointTipView& v, const double* x) {
    const float fx = static_cast<float>((x[0] - v.x_min) / (v.x_max - v.x_min));
    const float fy = static_cast<float>((v.y_max - x[1]) / (v.y_max - v.y_min));
    return ImVec2(v.plot.left + fx * v.plot.size, v.plot.top + fy * v.plot.size);
}

// The training point nearest (x, y) within `reach`, or −1.
int point_near(const PointTipView& v, ImVec2 p, float reach) {
    int best = -1;
    float best_d2 = reach * reach;
    for (int i = 0; i < v.train.count(); ++i) {
        const ImVec2 q = on_screen(v, v.train.x_row(i));
        const float d2 = (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y);
        if (d2 <= best_d2) {
            best_d2 = d2;
            best = i;
        }
    }
    return best;
}

}  // namespace

void point_tip(const PointTipView& view, PointTipState& state) {
    const TipBox last = state.tip;
    state.tip = TipBox{};
    const bool plane = view.plot.size > 0 && view.train.n_in == 2 && view.x_max > view.x_min && view.y_max > view.y_min;
    if (!plane || view.taps_edit || !touch_style()) {
        state.pinned = -1;
        return;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool on_plot = mouse.x >= view.plot.left && mouse.x <= view.plot.left + view.plot.size &&
                         mouse.y >= view.plot.top && mouse.y <= view.plot.top + view.plot.size;
    // the next tap anywhere: a point under it pinned, or none (a tap elsewhere takes the tip away)
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        state.pinned = on_plot ? point_near(view, mouse, 0.5f * kTapTarget * ui_scale()) : -1;
    if (state.pinned < 0 || state.pinned >= view.train.count()) {
        state.pinned = -1;
        return;
    }
    const double* x = view.train.x_row(state.pinned);
    const ImVec2 p = on_screen(view, x);
    ImGui::GetForegroundDrawList()->AddCircle(p, 9.0f * ui_scale(), kHighlightColour, 20, 2.5f * ui_scale());
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    const TipBox box = place_tip(p.x, p.y, last.w, last.h, screen.x, screen.y, kTipMargin);
    ImGui::SetNextWindowPos(ImVec2(box.x, box.y));
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + tip_wrap_width(ImGui::GetFontSize() * 20, screen.x, kTipMargin,
                                                                   ImGui::GetStyle().WindowPadding.x));
    ImGui::Text("training example #%d", state.pinned);
    ImGui::Text("x%s = %s,  x%s = %s", lab::subscript(1).c_str(), lab::num(x[0]).c_str(), lab::subscript(2).c_str(),
                lab::num(x[1]).c_str());
    if (view.train.task == core::Task::Regression)
        ImGui::Text("y = %s", lab::num(view.train.y[static_cast<size_t>(state.pinned)]).c_str());
    else
        ImGui::Text("class %d", view.train.label(state.pinned));
    ImGui::TextColored(dim_text_colour(), "Tap elsewhere to close.");
    ImGui::PopTextWrapPos();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::EndTooltip();
    state.tip = {pos.x, pos.y, size.x, size.y};
}

}  // namespace ui
