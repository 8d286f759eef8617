#include "ui/gradcheck_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "lab/teach/differences.h"
#include "ui/colours.h"
#include "ui/gradcheck_rule.h"
#include "ui/line_flow.h"

namespace ui {
namespace {

// Nine significant digits; six on a narrow panel (a phone), where nine would cut the table's columns off.
void number_cell(double value, bool narrow) {
    char text[32];
    std::snprintf(text, sizeof text, narrow ? "% .6g" : "% .9g", value);
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
    float gap = 16.0f;
    for (const lab::DifferenceInfo& choice : lab::kDifferences) {
        same_line_if_room(check_width(choice.name), gap);
        gap = -1.0f;
        const bool chosen = choice.kind == lab::difference(run);
        if (ImGui::RadioButton(choice.name, chosen) && !chosen)
            actions.central = choice.kind == core::Difference::Central ? 1 : 0;
    }
    same_line_if_room(button_width("Check now"), 16.0f);
    actions.check_now |= ImGui::Button("Check now");
    if (view.worked_numbers)
        for (const std::string& line : *view.worked_numbers) text_wrapped_at_spaces(line);
    coloured_paragraph(lab::numeric_formula_line(run), ImGui::GetColorU32(dim_text_colour()));

    const GradCheckSummary summary = summarize(run.entries, lab::difference(run));
    text_wrapped_at_spaces(run.subject);
    ImGui::Text("%d weights:", static_cast<int>(run.entries.size()));
    ImGui::SameLine();
    ImGui::TextColored(good_colour(), "%d pass", summary.passed);
    ImGui::SameLine();
    ImGui::TextColored(summary.failed ? bad_colour() : dim_text_colour(), "%d fail", summary.failed);
    char largest[64];
    std::snprintf(largest, sizeof largest, "largest relative error %.2e", summary.max_relative_error);
    same_line_if_room(ImGui::CalcTextSize(largest).x, ImGui::GetFontSize());
    ImGui::TextUnformatted(largest);
    if (view.stale) coloured_paragraph("Θ has changed since: press Check now", ImGui::GetColorU32(bad_colour()));
    coloured_paragraph(gradcheck_rule_text(lab::difference(run)), ImGui::GetColorU32(dim_text_colour()));

    if (view.hidden_symbol) {
        coloured_paragraph(std::string("The table waits while ") + view.hidden_symbol +
                               " is to be predicted: it would give the value away. Predict it or reveal it in the "
                               "Equation tab.",
                           ImGui::GetColorU32(dim_text_colour()));
        return actions;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp;
    const bool narrow = narrow_panel();
    // the rest of the panel, and at least a header and five rows (on a phone the panel scrolls down to them)
    const float height = std::max(ImGui::GetContentRegionAvail().y, 6 * ImGui::GetTextLineHeightWithSpacing() + 8);
    if (!ImGui::BeginTable("gradcheck", 5, flags, ImVec2(0, height))) return actions;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("weight", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(narrow ? "analytic" : "analytic (backprop)", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("numeric", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(narrow ? "rel. error" : "relative error", ImGuiTableColumnFlags_WidthStretch, 1.0f);
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
            number_cell(e.analytic, narrow);
            ImGui::TableNextColumn();
            number_cell(e.numeric, narrow);
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
