#include "ui/data_panel.h"

#include <algorithm>
#include <cstdio>

#include "core/activation.h"
#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/fonts.h"
#include "ui/colours.h"
#include "lab/teach/fit_curve.h"
#include "ui/confusion_view.h"
#include "ui/data_legend.h"
#include "ui/fit_plot.h"
#include "ui/theme.h"

namespace ui {
namespace {

// A coloured dot (or ring) followed by a label, for the legend; on this line when it fits, else on the next.
void legend_item(ImU32 colour, bool ring, const char* label, bool first_on_line = false, int shape = 0) {
    const float line = ImGui::GetTextLineHeight(), r = line * 0.35f;
    const float width = 2 * r + 4 + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(label).x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (!first_on_line && ImGui::GetItemRectMax().x + 16 + width <= right) ImGui::SameLine(0, 16);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 centre(p.x + r + 1, p.y + line * 0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ring) draw->AddCircle(centre, r, colour, 16, 2.0f * ui_scale());
    else if (shape == 1) draw->AddRectFilled(ImVec2(centre.x - r, centre.y - r), ImVec2(centre.x + r, centre.y + r), colour);
    else if (shape == 2)
        draw->AddTriangleFilled(ImVec2(centre.x, centre.y - r * 1.15f), ImVec2(centre.x + r, centre.y + r * 0.8f),
                                ImVec2(centre.x - r, centre.y + r * 0.8f), colour);
    else draw->AddCircleFilled(centre, r, colour, 16);
    ImGui::Dummy(ImVec2(2 * r + 4, line));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", label);  // large text in a narrow column: the label's rest on the next line
}

// Every class the data has in its colour, then what the shapes mean (said once for all classes).
void legend(const core::Dataset& data, Palette palette) {
    bool first = true;
    for (const LegendEntry& entry : data_legend(data, palette)) {
        legend_item(IM_COL32(entry.colour.r, entry.colour.g, entry.colour.b, 255), false, entry.label.c_str(), first,
                    entry.shape);
        first = false;
    }
    const ImU32 shape = ImGui::GetColorU32(dim_text_colour());
    legend_item(shape, false, "train", true);
    legend_item(shape, true, "test");
    legend_item(kHighlightColour, true, "stepped example (dark rings: its mini-batch)");
}

// 8×8 inputs (the digits): the stepped example as the picture it is, grey levels scaled to its brightest pixel.
void draw_digit(const lab::Session& session, int index) {
    const double* x = session.train_set().x_row(index);
    double brightest = 1e-9;
    for (int k = 0; k < 64; ++k) brightest = std::max(brightest, x[k]);
    const float side = std::min(ImGui::GetContentRegionAvail().x, 240.0f), cell = side / 8.0f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int row = 0; row < 8; ++row)
        for (int col = 0; col < 8; ++col) {
            const int level = static_cast<int>(255.0 * std::clamp(x[row * 8 + col] / brightest, 0.0, 1.0));
            const ImVec2 a(p.x + static_cast<float>(col) * cell, p.y + static_cast<float>(row) * cell);
            draw->AddRectFilled(a, ImVec2(a.x + cell, a.y + cell), IM_COL32(level, level, level, 255));
        }
    draw->AddRect(ImVec2(p.x - 1, p.y - 1), ImVec2(p.x + side + 1, p.y + side + 1), kHighlightColour, 0, 0, 2.0f);
    ImGui::Dummy(ImVec2(side, side));
    ImGui::Text("training example #%d, label %d", index, session.train_set().label(index));
}

}  // namespace

DataPlot data_panel(const DataView& view) {
    DataPlot plot;
    const lab::Session& session = view.session;
    ImGui::TextWrapped("Data: %s · %d train, %d test", core::dataset_name(session.config().dataset),
                       session.train_set().count(), session.test_set().count());
    if (!view.boundary_drawn && lab::shows_fit_curve(view.shown, session.train_set())) {
        fit_plot(view);
        return plot;
    }
    if (!view.boundary_drawn) {
        const int inputs = session.network().sizes[0];
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(dim_text_colour(), "%d input%s: no 2-D plane to draw a boundary in.", inputs,
                           inputs == 1 ? "" : "s");
        ImGui::PopTextWrapPos();
        const bool digit = inputs == 64 && view.trace && view.event && view.event->example >= 0;
        if (view.confusion && view.confusion->classes >= 2) {
            ImGui::Spacing();
            const float line = ImGui::GetTextLineHeightWithSpacing();
            // the digit below: a spacing, its caption, the picture (draw_digit's side) and its label
            const float digit_room = digit ? std::min(ImGui::GetContentRegionAvail().x, 240.0f) + 3.5f * line : 0.0f;
            confusion_view(*view.confusion, session.test_set(), digit_room);
        }
        if (digit) {
            ImGui::Spacing();
            ImGui::TextUnformatted("The example being stepped:");
            draw_digit(session, view.trace->record.batch[static_cast<size_t>(view.event->example)]);
        }
        return plot;
    }
    push_label_font();  // presentation mode: the plot's labels larger, and room below the plot for them
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    plot.size = std::max(0.0f, std::min(avail.x, avail.y - (view.compact ? 1.2f : 8.0f) * line));
    const ImVec2 start = ImGui::GetCursorScreenPos();
    plot.left = start.x + 0.5f * (avail.x - plot.size);
    plot.top = start.y;
    ImGui::Dummy(ImVec2(avail.x, plot.size));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 a(plot.left - 1, plot.top - 1), b(plot.left + plot.size + 1, plot.top + plot.size + 1);
    draw->AddRect(a, b, IM_COL32(90, 90, 100, 255));
    auto to_screen = [&](const double* x) {
        const float u = (static_cast<float>(x[0]) - view.x_min) / (view.x_max - view.x_min);
        const float v = (static_cast<float>(x[1]) - view.y_min) / (view.y_max - view.y_min);
        return ImVec2(plot.left + u * plot.size, plot.top + (1.0f - v) * plot.size);
    };
    if (view.trace) {
        const int points = session.train_set().count() + session.test_set().count();
        const float r = std::max(5.0f, 0.5f * data_point_size(plot.size, points));  // at least a point's radius
        const float thick = ui_scale();
        const std::vector<int>& batch = view.trace->record.batch;
        for (int index : batch)
            draw->AddCircle(to_screen(session.train_points().x_row(index)), r + 2, IM_COL32(30, 30, 30, 200), 20, 1.5f * thick);
        if (view.event && view.event->example >= 0) {
            const int index = batch[static_cast<size_t>(view.event->example)];
            const ImVec2 c = to_screen(session.train_points().x_row(index));
            draw->AddCircle(c, r + 5, IM_COL32(20, 20, 20, 255), 24, 5.0f * thick);
            draw->AddCircle(c, r + 5, kHighlightColour, 24, 3.0f * thick);
        }
    }
    ImGui::TextColored(dim_text_colour(), "x₁: %.1f … %.1f    x₂: %.1f … %.1f", view.x_min, view.x_max,
                       view.y_min, view.y_max);
    if (!view.compact) {
        if (view.map_layer >= 1)  // lecture numbering: layer 1 is the input, units from 1
            ImGui::TextWrapped("Background: a%s%s over the plane, the neuron under the pointer, as of the cursor.",
                               lab::subscript(view.map_unit + 1).c_str(), lab::layer_index(view.map_layer + 1).c_str());
        else
            ImGui::TextWrapped("Background: the network's output h(x) over the plane, as of the cursor.");
        legend(session.train_set(), view.palette);
    }
    pop_label_font();
    return plot;
}

float data_point_size(float plot_size, int point_count) {
    return std::max(7.0f, plot_size / (point_count <= 16 ? 24.0f : 64.0f));  // 7: a fill inside its outline
}

}  // namespace ui
