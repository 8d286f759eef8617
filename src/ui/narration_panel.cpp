#include "ui/narration_panel.h"

#include "imgui.h"
#include "lab/teach/description.h"
#include "ui/colours.h"

namespace ui {
namespace {

// The verbosities' labels on the panel's buttons, in kVerbosities' order.
const char* verbosity_label(lab::Verbosity verbosity) {
    return verbosity == lab::Verbosity::Formula ? "Formula with numbers" : "Result only";
}

}  // namespace

NarrationActions narration_panel(const lab::Stepper& stepper, Palette palette, NarrationPanelState& state) {
    NarrationActions actions;
    for (const lab::VerbosityEntry& entry : lab::kVerbosities) {
        if (ImGui::RadioButton(verbosity_label(entry.verbosity), state.verbosity == entry.verbosity))
            state.verbosity = entry.verbosity;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const lab::StepTrace* trace = stepper.trace();
    const lab::TraceEvent* event = stepper.current_event();
    ImGui::PushStyleColor(ImGuiCol_Text, numbers_colour());
    if (event && trace)
        ImGui::TextWrapped("%s", lab::narrate(lab::shown_event(*event, state.prediction), static_cast<int>(trace->record.batch.size()), state.verbosity).c_str());
    else
        ImGui::TextWrapped("No step traced: Space steps one event, and it is said here in words.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::TextWrapped("Network: %s", lab::describe_network(stepper).c_str());
    ImGui::TextWrapped("%s", lab::describe_data(stepper).c_str());
    ImGui::Spacing();
    ImGui::TextColored(dim_text_colour(), "Class colours");
    for (const PaletteInfo& info : kPalettes) {
        if (ImGui::RadioButton(info.label, palette == info.palette)) actions.palette = info.palette;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    return actions;
}

}  // namespace ui
