#include "ui/csv_dialog.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "core/limits.h"

namespace ui {
namespace {

constexpr int kPreviewRows = 6;
constexpr int kPreviewColumns = 12;  // wider files: the first ones shown, every one choosable below

bool is_feature(const core::CsvChoice& choice, int column) {
    return std::find(choice.features.begin(), choice.features.end(), column) != choice.features.end();
}

void preview(const core::CsvTable& t) {
    const int shown = std::min(t.columns(), kPreviewColumns);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollX;
    if (!ImGui::BeginTable("##csv preview", shown, flags, ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 9.5f)))
        return;
    for (int c = 0; c < shown; ++c) ImGui::TableSetupColumn(t.names[c].c_str());
    ImGui::TableHeadersRow();
    ImGui::TableNextRow();
    for (int c = 0; c < shown; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TextDisabled("%s", core::column_type_name(t.types[c]));
    }
    for (int r = 0; r < std::min(t.rows(), kPreviewRows); ++r) {
        ImGui::TableNextRow();
        for (int c = 0; c < shown; ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::TextUnformatted(t.cell(r, c).c_str());
        }
    }
    ImGui::EndTable();
    ImGui::TextDisabled("%d rows, %d columns%s", t.rows(), t.columns(),
                        t.columns() > kPreviewColumns ? " (the first 12 shown)" : "");
}

void column_choice(const core::CsvTable& t, core::CsvChoice& choice) {
    ImGui::TextUnformatted("Features x (the network's inputs; two are drawn on the data plot):");
    for (int c = 0; c < t.columns(); ++c) {
        if (t.types[c] == core::ColumnType::Text || c == choice.label) continue;
        bool on = is_feature(choice, c);
        ImGui::PushID(c);
        if (ImGui::Checkbox(t.names[c].c_str(), &on)) {
            if (on && static_cast<int>(choice.features.size()) < core::kMaxInputs) choice.features.push_back(c);
            if (!on) choice.features.erase(std::find(choice.features.begin(), choice.features.end(), c));
            std::sort(choice.features.begin(), choice.features.end());
        }
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::TextUnformatted("Label y:");
    for (int c = 0; c < t.columns(); ++c) {
        ImGui::SameLine();
        ImGui::PushID(1000 + c);
        if (ImGui::RadioButton(t.names[c].c_str(), choice.label == c)) {
            choice.label = c;
            choice.features.erase(std::remove(choice.features.begin(), choice.features.end(), c), choice.features.end());
        }
        ImGui::PopID();
    }
    int task = choice.regression ? 1 : 0;
    ImGui::RadioButton("classification (y names the class)", &task, 0);
    ImGui::SameLine();
    ImGui::RadioButton("regression (y is a number)", &task, 1);
    choice.regression = task == 1;
}

}  // namespace

CsvDialogActions csv_dialog(CsvDialogState& state, float screen_width, float screen_height) {
    CsvDialogActions actions;
    if (!state.open) return actions;
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(0.5f * screen_width, 0.5f * screen_height), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(screen_width - 2 * em, 46 * em), 0.0f), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Your data", &open, ImGuiWindowFlags_NoCollapse)) {
        if (state.has_table) {
            ImGui::Text("From %s:", state.source.c_str());
            preview(state.table);
            column_choice(state.table, state.choice);
            if (ImGui::Button("Use this data")) actions.use = true;
            ImGui::SameLine();
        }
        if (ImGui::Button("Choose a CSV file…")) actions.pick_file = true;
        for (const std::string& problem : state.problems)
            ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s", problem.c_str());
        ImGui::TextDisabled("or paste comma-separated text (a header row is optional):");
        ImGui::InputTextMultiline("##paste", state.paste.data(), state.paste.size(),
                                  ImVec2(-1.0f, ImGui::GetTextLineHeight() * 5.0f));
        if (ImGui::Button("Read the pasted text")) actions.read_paste = true;
        if (state.click_classes > 0) {
            ImGui::TextUnformatted("A click on the data plot adds a point of class");
            for (int k = 0; k < state.click_classes; ++k) {
                ImGui::SameLine();
                ImGui::PushID(2000 + k);
                ImGui::RadioButton(std::to_string(k).c_str(), &state.add_class, k);
                ImGui::PopID();
            }
            ImGui::TextDisabled("shift-click (a long press) removes the nearest point");
        }
    }
    ImGui::End();
    actions.close = !open;
    return actions;
}

}  // namespace ui
