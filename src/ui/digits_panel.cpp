#include "ui/digits_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"
#include "ui/fonts.h"
#include "ui/line_flow.h"
#include "ui/tap_target.h"
#include "ui/theme.h"

namespace ui {
namespace {

constexpr int kThumbnails = 10;  // the first test digit of each class
constexpr int kThumbnailsPerRow = 5;

ImU32 ink_colour(double ink) {
    const int v = static_cast<int>(std::lround(231.0 * std::clamp(ink, 0.0, 1.0)));
    return IM_COL32(20 + v, 20 + v, 24 + v, 255);  // dark paper, white ink, as the data set's images
}

// An 8×8 image (values 0..1) filling the square at `at` with side `side`.
void draw_pixels(ImDrawList* draw, ImVec2 at, float side, const double* pixels) {
    const float cell = side / lab::kPadSide;
    for (int r = 0; r < lab::kPadSide; ++r)
        for (int c = 0; c < lab::kPadSide; ++c)
            draw->AddRectFilled(ImVec2(at.x + c * cell, at.y + r * cell), ImVec2(at.x + (c + 1) * cell, at.y + (r + 1) * cell),
                                ink_colour(pixels[r * lab::kPadSide + c]));
}

// A row of bars: values in [lo, 1] with a label under each.
void bars(const char* title, const std::vector<double>& values, bool probabilities, int highlight, float height) {
    ImGui::TextUnformatted(title);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float slot = width / static_cast<float>(std::max<size_t>(1, values.size()));
    const float base = probabilities ? at.y + height : at.y + height * 0.5f;
    draw->AddLine(ImVec2(at.x, base), ImVec2(at.x + width, base), kDimTextColour);
    for (size_t k = 0; k < values.size(); ++k) {
        const double v = values[k];
        const float x0 = at.x + static_cast<float>(k) * slot + slot * 0.15f, x1 = x0 + slot * 0.7f;
        const float top = probabilities ? base - static_cast<float>(std::clamp(v, 0.0, 1.0)) * height
                                        : base - static_cast<float>(std::clamp(v, -1.0, 1.0)) * height * 0.5f;
        const ImU32 colour = static_cast<int>(k) == highlight ? kHighlightColour
                             : probabilities                  ? kClass1Colour
                                                              : signed_value_colour(v);
        draw->AddRectFilled(ImVec2(x0, std::min(top, base)), ImVec2(x1, std::max(top, base) + 1), colour);
        if (probabilities) {
            const std::string label = std::to_string(k);
            draw->AddText(ImVec2(0.5f * (x0 + x1) - ImGui::CalcTextSize(label.c_str()).x * 0.5f, base + 2),
                          kDimTextColour, label.c_str());
        }
    }
    ImGui::Dummy(ImVec2(width, height + (probabilities ? ImGui::GetTextLineHeight() + 4 : 4)));
}

}  // namespace

void load_digit(DigitsPanelState& state, const core::Dataset& data, int example) {
    if (example < 0 || example >= data.count() || data.n_in != lab::kPadSide * lab::kPadSide) return;
    std::copy_n(data.x_row(example), state.pad.pixels.size(), state.pad.pixels.begin());
}

DigitsActions digits_panel(const DigitsView& view, DigitsPanelState& state) {
    DigitsActions actions;
    const lab::DigitGuess g = lab::guess_digit(view.net, state.pad, state.cache);
    if (g.first < 0) {
        ImGui::TextWrapped("The draw pad needs a network with 64 inputs and 10 outputs: open lesson 17 (Digits).");
        return actions;
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float line = ImGui::GetFrameHeightWithSpacing();
    // the pad, a line for Clear, two rows of five thumbnails a fifth of the pad wide; beside them the guess, Train
    // and the bars. On a phone's narrow panel the guess and the bars go under the pad, which is then sized for a
    // finger (its thumbnails a tap target wide) and the panel scrolls; a narrow desktop panel keeps them beside it.
    const bool stacked = touch_style() && narrow_panel();
    const float side = stacked ? std::min(avail.x, std::max(avail.x * 0.7f, 5 * kTapTarget * ui_scale() + 4 * 4.0f))
                               : std::max(64.0f, std::min(avail.x * 0.34f, (avail.y - 1.5f * line) / 1.45f));

    // ---- left: the pad, Clear, the test thumbnails
    ImGui::BeginGroup();
    const ImVec2 pad_at = ImGui::GetCursorScreenPos();
    state.pad_left = pad_at.x;
    state.pad_top = pad_at.y;
    state.pad_side = side;
    ImGui::InvisibleButton("draw pad", ImVec2(side, side));
    if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const float x = (m.x - pad_at.x) / side * lab::kPadSide, y = (m.y - pad_at.y) / side * lab::kPadSide;
        // a continuous stroke: dabs every quarter pixel from the previous position
        const float fx = state.painting ? state.last_x : x, fy = state.painting ? state.last_y : y;
        const int dabs = std::max(1, static_cast<int>(std::hypot(x - fx, y - fy) / 0.25f));
        for (int k = 1; k <= dabs; ++k) {
            const float t = static_cast<float>(k) / static_cast<float>(dabs);
            state.pad.paint(fx + (x - fx) * t, fy + (y - fy) * t, 0.9);
        }
        state.painting = true;
        state.last_x = x;
        state.last_y = y;
    } else {
        state.painting = false;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_pixels(draw, pad_at, side, state.pad.pixels.data());
    draw->AddRect(pad_at, ImVec2(pad_at.x + side, pad_at.y + side), kDimTextColour);
    if (state.pad.empty()) {
        const char* hint = "draw a digit here";
        const ImVec2 size = ImGui::CalcTextSize(hint);
        // on the pad's black in either theme: a light grey (7:1)
        draw->AddText(ImVec2(pad_at.x + (side - size.x) * 0.5f, pad_at.y + (side - size.y) * 0.5f), kDimTextColour, hint);
    }
    if (ImGui::Button("Clear")) state.pad.clear();
    same_line_if_room(ImGui::CalcTextSize("or load a test digit:").x);
    ImGui::TextDisabled("or load a test digit:");
    const core::Dataset& test = view.session.test_set();
    const float gap = 4.0f;
    const float thumb = std::max(14.0f, (side - (kThumbnailsPerRow - 1) * gap) / kThumbnailsPerRow);
    for (int digit = 0; digit < kThumbnails; ++digit) {
        int example = -1;
        for (int i = 0; i < test.count() && example < 0; ++i)
            if (test.label(i) == digit) example = i;
        if (example < 0) continue;
        ImGui::PushID(digit);
        if (digit % kThumbnailsPerRow != 0) ImGui::SameLine(0, gap);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("test digit", ImVec2(thumb, thumb))) load_digit(state, test, example);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("test example #%d (a %d): load it into the pad", example + 1, digit);
        draw_pixels(draw, at, thumb, test.x_row(example));
        ImGui::PopID();
    }
    ImGui::EndGroup();

    // ---- right: guesses, training, activations
    if (!stacked) ImGui::SameLine(0, 24);
    ImGui::BeginGroup();
    if (state.pad.empty()) {
        dim_paragraph("The guess appears when you draw.");
    } else {
        ImGui::PushFont(equation_font());
        ImGui::SetWindowFontScale(1.6f);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(kHighlightColour), "%d", g.first);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::Text("%.0f%%", 100.0 * g.first_p);
        ImGui::TextDisabled("2nd: %d (%.0f%%)", g.second, 100.0 * g.second_p);
        ImGui::EndGroup();
        ImGui::PopFont();
    }
    if (ImGui::Button(view.training ? "Pause training" : "Train ▶")) actions.toggle_training = true;
    ImGui::Text("epoch %lld · test accuracy %.1f%%", view.session.epoch(), 100.0 * view.test_accuracy);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("on %d test digits the network never trains on", test.count());
    // The lesson opens untrained by every route; the class watches it learn.
    if (view.session.steps() == 0 && !view.training) {
        dim_paragraph("Untrained: Train ▶ (or P) to watch it learn");
    }
    const float bar_h = std::max(24.0f, (ImGui::GetContentRegionAvail().y - 5 * line) * 0.4f);
    const core::Cache& c = state.cache;
    bars("hidden units a⁽²⁾ (16)", c.a.size() > 1 ? c.a[1] : std::vector<double>{}, false, -1, bar_h);
    bars("output P(digit | x)", c.a.empty() ? std::vector<double>{} : c.a.back(), true, state.pad.empty() ? -1 : g.first, bar_h);
    ImGui::EndGroup();
    return actions;
}

}  // namespace ui
