#include "ui/equation_panel.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>
#include <vector>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/caption.h"
#include "ui/colours.h"
#include "ui/theme.h"
#include "ui/fonts.h"
#include "ui/line_flow.h"

namespace ui {
namespace {

// Formula and numbers, large, wrapped at the panel's edge; scaled down (a little blurrier) when they do not fit.
void big_texts(const std::string& formula, const std::string& numbers) {
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float width = ImGui::GetContentRegionAvail().x;
    std::vector<std::string> formula_lines, number_lines;
    ImGui::PushFont(equation_font());
    for (float scale : {1.0f, 0.86f, 0.74f, 0.64f, 0.55f, 0.47f}) {
        ImGui::SetWindowFontScale(scale);
        formula_lines = wrap_at_spaces(formula, width);
        number_lines = wrap_at_spaces(numbers, width);
        const float height = static_cast<float>(formula_lines.size() + number_lines.size()) *
                                 ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
        if (height <= avail_h) break;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, formula_colour());
    for (const std::string& line : formula_lines) ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, numbers_colour());
    for (const std::string& line : number_lines) ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetWindowFontScale(1.0f);
}

// Where the step is: forward → loss → output δ → hidden δ → gradient → update, the current phase highlighted,
// those behind it (for this example) plain, those ahead dim. A click on a phase goes to its first event.
std::optional<lab::Phase> phase_strip(lab::Phase now) {
    std::optional<lab::Phase> clicked;
    for (const lab::PhaseEntry& entry : lab::kPhases) {
        const lab::Phase p = entry.phase;
        if (p != lab::kPhases[0].phase) {
            ImGui::SameLine(0, 6);
            ImGui::TextDisabled("→");
            // the next name on this line if it fits, else on the next (narrow panels)
            const float next = ImGui::CalcTextSize(entry.name).x + 6;
            if (ImGui::GetItemRectMax().x + next <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
                ImGui::SameLine(0, 6);
        }
        const ImVec4 highlight = light_theme() ? numbers_colour() : ImGui::ColorConvertU32ToFloat4(kHighlightColour);
        const ImVec4 colour = p == now ? highlight
                              : p < now ? ImGui::GetStyleColorVec4(ImGuiCol_Text)
                                        : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::PushID(entry.name);
        if (ImGui::Selectable(entry.name, p == now, ImGuiSelectableFlags_None, ImGui::CalcTextSize(entry.name)))
            clicked = p;
        ImGui::PopID();
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("to the first %s event of this step (Ctrl+→ / Ctrl+← walk the phases)", entry.name);
    }
    return clicked;
}


// The end of a subscript that starts at `from`: ASCII letters and digits and Greek letters (Θ: two bytes led by
// 0xCE or 0xCF in UTF-8), up to anything else (a space, "(", "²", "−").
size_t subscript_end(const std::string& line, size_t from) {
    size_t end = from;
    while (end < line.size()) {
        const unsigned char c = static_cast<unsigned char>(line[end]);
        if (std::isalnum(c)) ++end;
        else if ((c == 0xCE || c == 0xCF) && end + 1 < line.size()) end += 2;
        else break;
    }
    return end;
}

// A line of a lesson's formula, with the lecture's "_word" (h_Θ, s_L, g′_tanh, R_L2: Unicode has subscript forms of
// few letters) drawn lowered and smaller; everything else, a "_" with no word after it included, as it is.
void formula_text(const std::string& line) {
    size_t at = 0;
    for (bool first = true;; first = false) {
        size_t mark = line.find('_', at), end = mark;
        while (mark != std::string::npos && (end = subscript_end(line, mark + 1)) == mark + 1)
            mark = line.find('_', mark + 1);  // a lone "_": part of the text
        const bool subscript = mark != std::string::npos;
        if (!first) ImGui::SameLine(0, 0);
        ImGui::TextUnformatted(line.c_str() + at, line.c_str() + (subscript ? mark : line.size()));
        if (!subscript) return;
        const float size = 0.7f * ImGui::GetFontSize();
        const ImVec2 pen(ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y + 0.45f * ImGui::GetFontSize());
        const char* word = line.c_str() + mark + 1;
        const char* word_end = line.c_str() + end;
        ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), size, pen, ImGui::GetColorU32(ImGuiCol_Text), word, word_end);
        ImGui::SameLine(0, 0);
        ImGui::Dummy(ImVec2(ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, word, word_end).x,
                            ImGui::GetTextLineHeight()));
        at = end;
    }
}

// Before the first event: the lesson's formula, the lecture's worked numbers in full (each line broken at spaces
// only, never inside "−1.7"), and what Space does — the formula and numbers as large as the place lets them be.
void lesson_start(const EquationView& view) {
    const char* hint = view.graph_steps
        ? "Press Space (or Next →) to compute the graph node by node: the values forward, then each gradient "
          "backward, local gradient × upstream gradient."
        : "Press Space (or Next →) to run one training step and walk through it event by event: the forward pass "
          "node by node, the loss, the δs backwards, the gradients, the update. Ctrl+→ (or ]) jumps a whole phase.";
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::TextColored(dim_text_colour(), "The lesson's formula");
    const std::vector<std::string> none;
    const std::vector<std::string>& worked = view.worked_numbers ? *view.worked_numbers : none;
    const float width = ImGui::GetContentRegionAvail().x;
    // In presentation mode the lecturer knows the keys: the hint takes one line (all of it on hover).
    const bool short_hint = content_scale() > 1.0f;
    const float hint_h = (short_hint ? ImGui::GetTextLineHeight() : ImGui::CalcTextSize(hint, nullptr, false, width).y) +
                         2 * style.ItemSpacing.y;
    const float label_h = worked.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y;
    const float room = ImGui::GetContentRegionAvail().y - hint_h - label_h;
    // the numbers a little smaller than the formula: both shrink together until they fit
    constexpr float kNumbers = 0.72f;
    std::vector<std::string> formula_lines, number_lines;
    float scale = 1.0f;
    const float ui_font = ImGui::GetFontSize();
    ImGui::PushFont(equation_font());
    // never smaller than the UI's text: beyond that the place scrolls
    const float smallest = ui_font / (ImGui::GetFontSize() * kNumbers);
    for (float s : {1.0f, 0.86f, 0.74f, 0.64f, 0.55f, 0.47f, 0.4f}) {
        scale = std::max(s, std::min(1.0f, smallest));
        ImGui::SetWindowFontScale(s);
        formula_lines = wrap_at_spaces(view.lesson_formula, width);
        const float formula_h = static_cast<float>(formula_lines.size()) * ImGui::GetTextLineHeightWithSpacing();
        ImGui::SetWindowFontScale(s * kNumbers);
        number_lines.clear();
        for (const std::string& line : worked)
            for (std::string& part : wrap_at_spaces(line, width)) number_lines.push_back(std::move(part));
        const float numbers_h = static_cast<float>(number_lines.size()) * ImGui::GetTextLineHeightWithSpacing();
        if (formula_h + numbers_h <= room) break;
    }
    ImGui::SetWindowFontScale(scale);
    ImGui::PushStyleColor(ImGuiCol_Text, formula_colour());
    for (const std::string& line : formula_lines) formula_text(line);
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (!worked.empty()) {
        // The lecture's worked example, computed by the core and printed as the slides print it.
        ImGui::Spacing();
        ImGui::TextColored(dim_text_colour(), "The lecture's numbers");
        ImGui::PushFont(equation_font());
        ImGui::SetWindowFontScale(scale * kNumbers);
        ImGui::PushStyleColor(ImGuiCol_Text, numbers_colour());
        for (const std::string& line : number_lines) ImGui::TextUnformatted(line.c_str());
        ImGui::PopStyleColor();
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
    }
    ImGui::Spacing();
    if (short_hint) one_line_caption(hint, width, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    else ImGui::TextWrapped("%s", hint);
}

}  // namespace

std::string event_caption(const lab::TraceEvent& e) {
    char text[200];
    const int l = e.layer + 1, unit = e.unit + 1;
    switch (e.phase) {
        case lab::Phase::Forward:
            std::snprintf(text, sizeof text, "Forward pass: unit %d of layer %d weighs its inputs (z), then applies g (a).",
                          unit, l);
            break;
        case lab::Phase::Loss:
            std::snprintf(text, sizeof text, "Loss: how far the output a%s is from the label y.",
                          lab::layer_index(l).c_str());
            break;
        case lab::Phase::OutputDelta:
            std::snprintf(text, sizeof text, "Backward pass: the error δ of output unit %d.", unit);
            break;
        case lab::Phase::HiddenDelta:
            std::snprintf(text, sizeof text,
                          "Backward pass: unit %d of layer %d collects the δs of layer %d through Θ%s and scales by g′(z).",
                          unit, l, l + 1, lab::layer_index(l).c_str());
            break;
        case lab::Phase::Gradient:
            std::snprintf(text, sizeof text,
                          "Gradient: the weights into unit %d of layer %d — activation times δ, averaged over the batch.",
                          unit, l + 1);
            break;
        case lab::Phase::Update:
            std::snprintf(text, sizeof text, "Update: the weights into unit %d of layer %d take a step against their gradient.",
                          unit, l + 1);
            break;
    }
    return text;
}

EquationActions equation_panel(const EquationView& view) {
    EquationActions actions;
    const lab::TraceEvent* e = view.stepper.current_event();
    if (!e) {
        lesson_start(view);
        return actions;
    }
    // Under 12 lines (projector text on a small screen) the formula with its numbers needs every line it can get:
    // no phase strip (the caption names the phase first), the caption on one line, the rest of it on hover.
    const bool cramped = ImGui::GetContentRegionAvail().y < 12 * ImGui::GetTextLineHeightWithSpacing();
    if (!cramped) actions.go_to_phase = phase_strip(e->phase);
    if (cramped) {
        one_line_caption(event_caption(*e), ImGui::GetContentRegionAvail().x, dim_text_colour());
    } else {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(dim_text_colour(), "%s", event_caption(*e).c_str());
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    }
    big_texts(e->formula, lab::shown_event(*e, view.prediction).numbers);
    return actions;
}

}  // namespace ui
