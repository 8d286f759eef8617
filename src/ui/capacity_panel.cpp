#include "ui/capacity_panel.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/colours.h"
#include "ui/fonts.h"
#include "ui/line_flow.h"

namespace ui {
namespace {

// The class colours mixed by the output a⁽ᴸ⁾ ∈ [0, 1], laid over the plot's background as an opaque colour (no
// alpha: neighbouring cells must not darken where they meet), stronger where the network is sure.
ImU32 boundary_colour(double p, const ImVec4& background) {
    const float t = static_cast<float>(std::clamp(p, 0.0, 1.0));
    const ImVec4 a = ImGui::ColorConvertU32ToFloat4(kClass0Colour), b = ImGui::ColorConvertU32ToFloat4(kClass1Colour);
    const float sure = 2.0f * std::abs(t - 0.5f);  // 0 on the boundary, 1 where the network is certain
    const float k = 0.35f + 0.4f * sure;           // how much class colour over the background
    auto mix = [t](float x, float y) { return x + (y - x) * t; };
    const ImVec4 c(mix(a.x, b.x), mix(a.y, b.y), mix(a.z, b.z), 1.0f);
    return ImGui::GetColorU32(ImVec4(background.x + (c.x - background.x) * k, background.y + (c.y - background.y) * k,
                                     background.z + (c.z - background.z) * k, 1.0f));
}

void picture(const lab::CapacityComparison& runs, size_t k, const lab::PlaneExtent& extent, ImVec2 at, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size), plot_background_colour());
    const std::vector<double>& grid = runs.boundary(k);
    const int res = runs.boundary_resolution();
    if (res > 0 && grid.size() == static_cast<size_t>(res) * res) {
        const ImVec4 background = ImGui::ColorConvertU32ToFloat4(plot_background_colour());
        // cell edges on whole pixels, shared by neighbours: no gaps and no seams
        auto edge = [&](int n) { return std::round(n * size / res); };
        for (int row = 0; row < res; ++row)  // row 0 is the bottom of the plane
            for (int col = 0; col < res; ++col)
                draw->AddRectFilled(ImVec2(at.x + edge(col), at.y + size - edge(row + 1)),
                                    ImVec2(at.x + edge(col + 1), at.y + size - edge(row)),
                                    boundary_colour(grid[static_cast<size_t>(row) * res + col], background));
    }
    const core::Dataset& data = runs.run(k).train_set();
    const float radius = std::max(1.6f, size / 130.0f);
    for (int i = 0; i < data.count(); ++i) {
        const double* x = data.x_row(i);
        const ImVec2 p(at.x + static_cast<float>(extent.to_unit(x[0])) * size,
                       at.y + static_cast<float>(1.0 - extent.to_unit(x[1])) * size);
        draw->AddCircleFilled(p, radius + 0.8f, IM_COL32(20, 20, 24, 255));
        draw->AddCircleFilled(p, radius, data.y_row(i)[0] > 0.5 ? kClass1Colour : kClass0Colour);
    }
    draw->AddRect(at, ImVec2(at.x + size, at.y + size), ImGui::GetColorU32(ImGuiCol_Border));
}

// "3 hidden units · J = 0.41 · epoch 120" on as few lines as fit `width`: its " · "-separated parts, as many to a
// line as fit (a part wider than `width` alone on its line).
std::vector<std::string> caption_lines(const std::string& text, float width) {
    constexpr std::string_view kSeparator = " · ";
    std::vector<std::string> lines;
    size_t at = 0;
    while (at <= text.size()) {
        const size_t end = text.find(kSeparator, at);
        const std::string part = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        const std::string joined = lines.empty() ? part : lines.back() + std::string(kSeparator) + part;
        if (!lines.empty() && ImGui::CalcTextSize(joined.c_str()).x <= width) lines.back() = joined;
        else lines.push_back(part);
        if (end == std::string::npos) break;
        at = end + kSeparator.size();
    }
    return lines;
}

// The most lines any run's caption needs under a picture `size` wide.
int caption_line_count(const lab::CapacityComparison& runs, float size) {
    size_t most = 1;
    for (size_t k = 0; k < runs.size(); ++k) most = std::max(most, caption_lines(runs.caption(k), size).size());
    return static_cast<int>(most);
}

}  // namespace

CapacityPanelActions capacity_panel(const CapacityPanelView& view) {
    CapacityPanelActions actions;
    if (!view.runs) return actions;
    const lab::CapacityComparison& runs = *view.runs;
    if (ImGui::Button(view.playing ? "Pause" : "Play")) actions.toggle_play = true;
    ImGui::SameLine();
    if (ImGui::Button("Reset the three")) actions.reset = true;
    same_line_if_room(ImGui::CalcTextSize("only the hidden layer differs").x);
    ImGui::TextDisabled("only the hidden layer differs");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("the same data, initializer and seed, optimizer, α and batch size");
    if (runs.run(0).train_set().n_in != 2) {  // no input plane to draw a boundary over: the numbers alone
        ImGui::TextWrapped("The boundaries need two inputs (lesson 6 uses the circle); this data set has %d.",
                           runs.run(0).train_set().n_in);
        push_label_font();
        for (size_t k = 0; k < runs.size(); ++k) ImGui::TextUnformatted(runs.caption(k).c_str());
        pop_label_font();
        return actions;
    }

    // The layout that gives each square picture the most room: 3 × 1, 2 + 1 or 1 × 3, each with the caption lines
    // its pictures' width needs under them.
    push_label_font();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float gap = 10.0f;
    int best_columns = 3;
    float best = 0.0f, caption = 2 * line + 4.0f;
    for (int columns : {3, 2, 1}) {
        const int rows = (static_cast<int>(runs.size()) + columns - 1) / columns;
        const float width = (room.x - gap * (columns - 1)) / columns;
        // the captions' lines depend on the pictures' width, and the pictures' size on the room the lines leave:
        // more lines until the pictures' width needs no more (at most one per " · "-separated part)
        float size = std::min(width, room.y / rows), lines = 0.0f;
        for (;;) {
            const float needed = caption_line_count(runs, std::max(0.0f, size) + gap) * line + 4.0f;
            if (needed <= lines) break;
            lines = needed;
            size = std::min(width, (room.y - rows * (lines + gap)) / rows);
        }
        if (size > best) best = size, best_columns = columns, caption = lines;
    }
    const float size = std::max(0.0f, best);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float block = (room.x - (best_columns - 1) * gap - best_columns * size) / 2;  // centred
    for (size_t k = 0; k < runs.size(); ++k) {
        const int column = static_cast<int>(k) % best_columns, row = static_cast<int>(k) / best_columns;
        const ImVec2 at(origin.x + std::max(0.0f, block) + column * (size + gap), origin.y + row * (size + caption + gap));
        if (size >= 24.0f) picture(runs, k, view.extent, at, size);
        const std::vector<std::string> lines = caption_lines(runs.caption(k), size + gap);
        for (size_t n = 0; n < lines.size(); ++n) {
            const float width = ImGui::CalcTextSize(lines[n].c_str()).x;
            ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + (size - width) / 2, at.y + size + 2 + n * line),
                                                ImGui::GetColorU32(ImGuiCol_Text), lines[n].c_str());
        }
    }
    const int rows = (static_cast<int>(runs.size()) + best_columns - 1) / best_columns;
    ImGui::Dummy(ImVec2(room.x, rows * (size + caption + gap)));
    pop_label_font();
    return actions;
}

}  // namespace ui
