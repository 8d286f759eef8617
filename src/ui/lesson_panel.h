// The lesson in a few lines: its title and caption, the data set and the network's shape and activations.
// Sits at the top of the controls column (the controls panel goes below it).
#pragma once

#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"

namespace ui {

// Draws into the current ImGui window. `lesson` may be nullptr (a custom configuration).
void lesson_panel(const lab::Lesson* lesson, const lab::Session& session);

}  // namespace ui
