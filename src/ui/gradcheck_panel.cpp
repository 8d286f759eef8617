#include "ui/gradcheck_panel.h"

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "ui/gradcheck_rule.h"

namespace ui {
namespace {

const ImVec4 kPassColour(0.45f, 0.85f, 0.45f, 1.0f);
const ImVec4 kFailColour(1.0f, 0.42f, 0.38f, 1.0f);
const ImVec4 kMuted(0.65f, 0.65f, 0.7f, 1.0f);

void compute(GradCheckState& state, const lab::Stepper& stepper, const GradCheckSubject& subject) {
    const lab::Session& session = stepper.session();
    state.entries = core::gradient_check(subject.net, session.config().train, session.train_set(), subject.examples,
                                         state.h, state.central ? core::Difference::Central : core::Difference::Forward);
    state.computed = true;
    state.step = subject.step;
    state.weights_hash = core::weights_hash(subject.net);
    const int m = static_cast<int>(subject.examples.size());
    state.subject = subject.step >= 0 ? "Θ before step " + std::to_string(subject.step + 1) + ", its batch of " +
                                            std::to_string(m) + (m == 1 ? " example" : " examples")
                                      : "Θ now, training example #" + (m ? std::to_string(subject.examples[0]) : std::string("–"));
}

void number_cell(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "% .9g", value);
    ImGui::TextUnformatted(text);
}

}  // namespace

void gradcheck_panel(GradCheckState& state, const lab::Stepper& stepper) {
    bool recompute = false;
    const double h_min = 1e-7, h_max = 1e-1;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000000000000000").x);
    ImGui::SliderScalar("h (ε)", ImGuiDataType_Double, &state.h, &h_min, &h_max, "%.0e", ImGuiSliderFlags_Logarithmic);
    recompute |= ImGui::IsItemDeactivatedAfterEdit();  // not while dragging: each check is many passes
    ImGui::SameLine(0, 16);
    if (ImGui::RadioButton("central", state.central) && !state.central) {
        state.central = true;
        recompute = true;
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("forward", !state.central) && state.central) {
        state.central = false;
        recompute = true;
    }
    ImGui::SameLine(0, 16);
    recompute |= ImGui::Button("Check now");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(kMuted, "numeric = %s;   relative error = |a − n| / max(|a|, |n|)",
                       state.central ? "(J(Θ + h) − J(Θ − h)) / 2h" : "(J(Θ + h) − J(Θ)) / h");
    ImGui::PopTextWrapPos();

    const GradCheckSubject subject = gradcheck_subject(stepper);
    // a new step under the cursor: check it; free-running training changes Θ every frame, so there only the
    // button recomputes
    if (!state.computed || (subject.step >= 0 && subject.step != state.step)) recompute = true;
    if (recompute && !subject.examples.empty()) compute(state, stepper, subject);
    const bool stale = state.computed && (state.step != subject.step || state.weights_hash != core::weights_hash(subject.net));

    const GradCheckSummary summary = summarize(state.entries);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(state.subject.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Text("%d weights:", static_cast<int>(state.entries.size()));
    ImGui::SameLine();
    ImGui::TextColored(kPassColour, "%d pass", summary.passed);
    ImGui::SameLine();
    ImGui::TextColored(summary.failed ? kFailColour : kMuted, "%d fail", summary.failed);
    ImGui::SameLine();
    ImGui::Text("  largest relative error %.2e", summary.max_relative_error);
    if (stale) ImGui::TextColored(kFailColour, "Θ has changed since: press Check now");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(kMuted, "%s", gradcheck_rule_text());
    ImGui::PopTextWrapPos();

    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("gradcheck", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("weight", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("analytic (backprop)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("numeric", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("relative error", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("result", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(state.entries.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const core::GradCheckEntry& e = state.entries[static_cast<size_t>(row)];
            const bool pass = gradcheck_passes(e);
            ImGui::TableNextRow();
            if (!pass) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(120, 30, 30, 110));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(theta_name(e.layer, e.i, e.j).c_str());
            ImGui::TableNextColumn();
            number_cell(e.analytic);
            ImGui::TableNextColumn();
            number_cell(e.numeric);
            ImGui::TableNextColumn();
            ImGui::Text("%.2e", e.relative_error);
            ImGui::TableNextColumn();
            ImGui::TextColored(pass ? kPassColour : kFailColour, pass ? "pass" : "FAIL");
        }
    }
    ImGui::EndTable();
}

}  // namespace ui
