#include "ui/prediction_panel.h"

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "lab/teach/notation.h"
#include "ui/colours.h"

namespace ui {
namespace {

// `text` on as many lines as it takes, broken only at spaces: ImGui's own wrapping also breaks after a '.', inside
// "0.01".
void text_at_spaces(const std::string& text, const ImVec4& colour) {
    const float width = ImGui::GetContentRegionAvail().x;
    std::string line;
    for (size_t at = 0; at < text.size();) {
        size_t space = text.find(' ', at);
        if (space == std::string::npos) space = text.size();
        const std::string word = text.substr(at, space - at);
        at = space + 1;
        const std::string longer = line.empty() ? word : line + " " + word;
        if (!line.empty() && ImGui::CalcTextSize(longer.c_str()).x > width) {
            ImGui::TextColored(colour, "%s", line.c_str());
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.empty()) ImGui::TextColored(colour, "%s", line.c_str());
}

}  // namespace

std::string outcome_text(const lab::Outcome& o) {
    const std::string value = o.question.symbol + " = " + lab::num(o.question.truth);
    if (!o.predicted) return value + " (revealed)";
    char percent[32];
    if (!std::isfinite(o.relative_error)) percent[0] = '\0';  // a true value of 0: no percentage
    else if (o.relative_error < 0.0005) std::snprintf(percent, sizeof percent, " (< 0.1 %%)");
    else std::snprintf(percent, sizeof percent, " (%.1f %%)", 100.0 * o.relative_error);
    return value + " · you said " + lab::num(o.value) + ": off by " + lab::num(o.absolute_error) + percent + ", " +
           (o.within ? "" : "not ") + lab::kToleranceText;
}

PredictionActions prediction_panel(const lab::Prediction& prediction, const std::string& note,
                                   PredictionPanelState& state) {
    PredictionActions actions;
    ImGui::PushID("prediction");
    bool on = prediction.on();
    if (ImGui::Checkbox("Predict first", &on)) actions.set_on = on;
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Hide each next value until you predict it (or reveal it to the room): Shift+P.\n"
                          "A prediction counts when it is %s.", lab::kToleranceText);
    const std::string score = prediction.score_text();
    if (on && !score.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(dim_text_colour(), "Score  %s", score.c_str());
    }
    if (const lab::Question* q = prediction.question()) {
        ImGui::AlignTextToFramePadding();
        ImGui::Text("Your prediction for %s:", q->symbol.c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::CalcTextSize("−0.000000").x + 2 * ImGui::GetStyle().FramePadding.x);
        const bool enter = ImGui::InputText("##value", state.text, sizeof state.text,
                                            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        state.box[0] = ImGui::GetItemRectMin().x;
        state.box[1] = ImGui::GetItemRectMin().y;
        state.box[2] = ImGui::GetItemRectSize().x;
        state.box[3] = ImGui::GetItemRectSize().y;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("a number, e.g. -0.25; Enter checks it");
        ImGui::SameLine();
        if (ImGui::Button("Check") || enter) actions.submit = std::string(state.text);
        ImGui::SameLine();
        if (ImGui::Button("Reveal")) actions.reveal = true;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("show the value to the room without a prediction (Shift+R)");
    } else {
        state.box[2] = state.box[3] = 0;
        if (const lab::Outcome* o = prediction.outcome()) {
            const ImVec4 colour = !o->predicted ? numbers_colour() : o->within ? good_colour() : bad_colour();
            text_at_spaces(outcome_text(*o), colour);
        }
    }
    if (!note.empty()) {
        text_at_spaces(note, bad_colour());
    }
    ImGui::PopID();
    return actions;
}

}  // namespace ui
