// The equation panel: the current event's formula in the lecture's notation and the same formula with the numbers
// substituted, large (see fonts.h). With nothing traced it shows the lesson's key formula.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"

namespace ui {

struct EquationView {
    const lab::Stepper& stepper;
    const std::string& lesson_formula;  // may be empty
    const std::vector<std::string>* worked_numbers = nullptr;  // the lecture's numbers for this lesson, if any
    bool graph_steps = false;  // Space steps the computational graph (lesson 15), not a training step
    const lab::Prediction* prediction = nullptr;  // a value it hides shows as "?"
};

struct EquationActions {
    std::optional<lab::Phase> go_to_phase;  // a phase of the breadcrumb was clicked
};

// Draws into the current ImGui window.
EquationActions equation_panel(const EquationView& view);

// A sentence for the event: "Forward pass: unit 2 of layer 2 sums its inputs and applies g."
std::string event_caption(const lab::TraceEvent& event);

}  // namespace ui
