#include "ui/fit_plot.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "lab/teach/fit_curve.h"
#include "ui/colours.h"
#include "ui/theme.h"

namespace ui {
namespace {

constexpr int kCurveSamples = 200;  // h(x) is smooth: 200 segments look like a curve at any plot width

// Screen position of (x, y) in the plot rectangle [a, b] showing `frame`; y grows upwards. Values far outside
// the frame (a diverging fit) are clamped to a plot's width beyond it: clipped away, and safe to convert to float.
ImVec2 to_screen(const lab::FitFrame& frame, ImVec2 a, ImVec2 b, double x, double y) {
    const double u = std::clamp((x - frame.x_lo) / (frame.x_hi - frame.x_lo), -1.0, 2.0);
    const double v = std::clamp((y - frame.y_lo) / (frame.y_hi - frame.y_lo), -1.0, 2.0);
    return ImVec2(a.x + static_cast<float>(u) * (b.x - a.x), b.y - static_cast<float>(v) * (b.y - a.y));
}

// h(x) as a line, broken where it is not a finite number. Returns false if some sample was not finite.
bool draw_curve(ImDrawList* draw, const lab::FitFrame& frame, ImVec2 a, ImVec2 b, const std::vector<double>& h) {
    std::vector<ImVec2> piece;
    bool all_finite = true;
    auto flush = [&] {
        if (piece.size() >= 2)
            draw->AddPolyline(piece.data(), static_cast<int>(piece.size()), kClass0Colour, ImDrawFlags_None,
                              3.0f * ui_scale());
        piece.clear();
    };
    const int n = static_cast<int>(h.size());
    for (int k = 0; k < n; ++k) {
        const double value = h[static_cast<size_t>(k)];
        if (!std::isfinite(value)) {
            all_finite = false;
            flush();
            continue;
        }
        piece.push_back(to_screen(frame, a, b, lab::fit_sample_x(frame.x_lo, frame.x_hi, k, n), value));
    }
    flush();
    return all_finite;
}

void draw_points(ImDrawList* draw, const lab::FitFrame& frame, ImVec2 a, ImVec2 b, const core::Dataset& data,
                 bool filled) {
    const float r = 3.0f * ui_scale();
    for (int i = 0; i < data.count(); ++i) {
        const ImVec2 p = to_screen(frame, a, b, data.x_row(i)[0], data.y_row(i)[0]);
        if (filled) draw->AddCircleFilled(p, r, kClass1Colour, 12);
        else draw->AddCircle(p, r, kClass1Colour, 12, 1.2f * ui_scale());
    }
}

// A short legend line: a mark drawn by `mark` in a square of the text's height, then the label.
template <typename Mark>
void legend_line(const char* label, Mark mark) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    mark(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

}  // namespace

void fit_plot(const DataView& view) {
    const lab::Session& session = view.session;
    const lab::FitFrame frame = lab::fit_frame(session.train_set(), session.test_set());
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float side = std::max(0.0f, std::min(avail.x, avail.y - (view.compact ? 1.2f : 6.0f) * line));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const ImVec2 a(start.x + 0.5f * (avail.x - side), start.y), b(a.x + side, a.y + side);
    ImGui::Dummy(ImVec2(avail.x, side));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(a, b, true);
    draw->AddRectFilled(a, b, plot_background_colour());
    const ImU32 axis = ImGui::GetColorU32(dim_text_colour());
    if (frame.x_lo < 0 && frame.x_hi > 0) draw->AddLine(to_screen(frame, a, b, 0, frame.y_lo),
                                                        to_screen(frame, a, b, 0, frame.y_hi), axis);
    if (frame.y_lo < 0 && frame.y_hi > 0) draw->AddLine(to_screen(frame, a, b, frame.x_lo, 0),
                                                        to_screen(frame, a, b, frame.x_hi, 0), axis);
    draw_points(draw, frame, a, b, session.test_set(), false);
    draw_points(draw, frame, a, b, session.train_set(), true);

    const std::vector<double> h = lab::fit_curve(view.shown, frame.x_lo, frame.x_hi, kCurveSamples);
    const bool finite = draw_curve(draw, frame, a, b, h);

    if (view.trace && view.event && view.event->example >= 0) {  // the stepped example and its h(x) on the curve
        const int index = view.trace->record.batch[static_cast<size_t>(view.event->example)];
        const double x = session.train_set().x_row(index)[0], y = session.train_set().y_row(index)[0];
        const ImVec2 p = to_screen(frame, a, b, x, y);
        const double h = lab::fit_curve(view.shown, x, x, 1)[0];
        if (std::isfinite(h)) draw->AddLine(p, to_screen(frame, a, b, x, h), kHighlightColour, 2.0f * ui_scale());
        draw->AddCircle(p, 9.0f * ui_scale(), kHighlightColour, 24, 3.0f * ui_scale());
    }
    draw->PopClipRect();
    draw->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), IM_COL32(90, 90, 100, 255));

    ImGui::TextColored(dim_text_colour(), "x: %.2f … %.2f    y: %.2f … %.2f", frame.x_lo, frame.x_hi, frame.y_lo,
                       frame.y_hi);
    if (!finite) ImGui::TextColored(numbers_colour(), "h(x) is not a finite number everywhere: the run diverged.");
    if (view.compact) return;
    ImGui::TextWrapped("One input, a number to predict: the points are (x, y), the line is the network's h(x), "
                       "as of the cursor.");
    legend_line("train", [](ImDrawList* d, ImVec2 c, float s) { d->AddCircleFilled(c, s * 0.3f, kClass1Colour); });
    ImGui::SameLine(0, 16);
    legend_line("test", [](ImDrawList* d, ImVec2 c, float s) { d->AddCircle(c, s * 0.3f, kClass1Colour, 12, 1.5f); });
    ImGui::SameLine(0, 16);
    legend_line("h(x)", [](ImDrawList* d, ImVec2 c, float s) {
        d->AddLine(ImVec2(c.x - s * 0.5f, c.y), ImVec2(c.x + s * 0.5f, c.y), kClass0Colour, 3.0f);
    });
    legend_line("stepped example and its error h(x) − y", [](ImDrawList* d, ImVec2 c, float s) {
        d->AddCircle(c, s * 0.35f, kHighlightColour, 16, 2.0f);
    });
}

}  // namespace ui
