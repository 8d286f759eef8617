#include "ui/narration_panel.h"

#include "imgui.h"
#include "lab/teach/description.h"
#include "ui/colours.h"
#include "ui/line_flow.h"

namespace ui {
namespace {

// The verbosities' labels on the panel's buttons, in kVerbosities' order.
const char* verbosity_label(lab::Verbosity verbosity) {
    return verbosity == lab::Verbosity::Formula ? "Formula with numbers" : "Result only";
}

}  // namespace

NarrationActions narration_panel(const lab::Stepper& stepper, Palette palette, NarrationPanelState& state) {
    NarrationActions actions;
    bool first = true;
    for (const lab::VerbosityEntry& entry : lab::kVerbosities) {
        if (!first) same_line_if_room(check_width(verbosity_label(entry.verbosity)));
        first = false;
        if (ImGui::RadioButton(verbosity_label(entry.verbosity), state.verbosity == entry.verbosity))
            state.verbosity = entry.verbosity;
    }
    const lab::StepTrace* trace = stepper.trace();
    const lab::TraceEvent* event = stepper.current_event();
    ImGui::PushStyleColor(ImGuiCol_Text, numbers_colour());
    // broken at spaces only: the sentences are full of numbers such as 0.8324
    if (event && trace)
        text_wrapped_at_spaces(lab::narrate(lab::shown_event(*event, state.prediction),
                                            static_cast<int>(trace->record.batch.size()), state.verbosity));
    else
        text_wrapped_at_spaces("No step traced: Space steps one event, and it is said here in words.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    text_wrapped_at_spaces("Network: " + lab::describe_network(stepper));
    text_wrapped_at_spaces(lab::describe_data(stepper));
    ImGui::Spacing();
    ImGui::TextColored(dim_text_colour(), "Class colours");
    first = true;
    for (const PaletteInfo& info : kPalettes) {
        if (!first) same_line_if_room(check_width(info.label));
        first = false;
        if (ImGui::RadioButton(info.label, palette == info.palette)) actions.palette = info.palette;
    }
    return actions;
}

}  // namespace ui
