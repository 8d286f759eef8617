#include "ui/gradcheck_panel.h"

#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "lab/teach/differences.h"
#include "ui/colours.h"
#include "ui/gradcheck_rule.h"

namespace ui {
namespace {

void number_cell(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "% .9g", value);
    ImGui::TextUnformatted(text);
}

}  // namespace

GradCheckActions gradcheck_panel(const GradCheckView& view) {
    const lab::GradCheckRun& run = view.run;
    GradCheckActions actions;
    const double h_min = 1e-7, h_max = 1e-1;
    double h = run.h;
    ImGui::SetNextItemWidth(ImGui::CalcTextSize("0000000000000000").x);
    ImGui::SliderScalar("h (ε)", ImGuiDataType_Double, &h, &h_min, &h_max, "%.0e", ImGuiSliderFlags_Logarithmic);
    if (h != run.h) actions.h = h;
    actions.check_now = ImGui::IsItemDeactivatedAfterEdit();  // not while dragging: each check is many passes
    ImGui::SameLine(0, 16);
    for (const lab::DifferenceInfo& choice : lab::kDifferences) {
        const bool chosen = choice.kind == lab::difference(run);
        if (ImGui::RadioButton(choice.name, chosen) && !chosen)
            actions.central = choice.kind == core::Difference::Central ? 1 : 0;
        ImGui::SameLine();
    }
    ImGui::SameLine(0, 16);
    actions.check_now |= ImGui::Button("Check now");
    ImGui::PushTextWrapPos(0.0f);
    if (view.worked_numbers)
        for (const std::string& line : *view.worked_numbers) ImGui::TextUnformatted(line.c_str());
    ImGui::TextColored(dim_text_colour(), "%s", lab::numeric_formula_line(run).c_str());
    ImGui::PopTextWrapPos();

    const GradCheckSummary summary = summarize(run.entries, lab::difference(run));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(run.subject.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Text("%d weights:", static_cast<int>(run.entries.size()));
    ImGui::SameLine();
    ImGui::TextColored(good_colour(), "%d pass", summary.passed);
    ImGui::SameLine();
    ImGui::TextColored(summary.failed ? bad_colour() : dim_text_colour(), "%d fail", summary.failed);
    ImGui::SameLine();
    ImGui::Text("  largest relative error %.2e", summary.max_relative_error);
    if (view.stale) ImGui::TextColored(bad_colour(), "Θ has changed since: press Check now");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(dim_text_colour(), "%s", gradcheck_rule_text(lab::difference(run)));
    ImGui::PopTextWrapPos();

    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("gradcheck", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return actions;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("weight", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("analytic (backprop)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("numeric", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("relative error", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("result", ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(run.entries.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const core::GradCheckEntry& e = run.entries[static_cast<size_t>(row)];
            const bool pass = gradcheck_passes(e, lab::difference(run));
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
            ImGui::TextColored(pass ? good_colour() : bad_colour(), pass ? "pass" : "FAIL");
        }
    }
    ImGui::EndTable();
    return actions;
}

}  // namespace ui
