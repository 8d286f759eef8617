// The lesson in a few lines: its caption. The lesson menu above shows its title, the network view its shape and
// activations (and + and − to change it).
// Sits at the top of the controls column (the controls panel goes below it).
#pragma once

#include "lab/lessons/lessons.h"

namespace ui {

// Draws into the current ImGui window. `lesson` may be nullptr (a custom configuration).
void lesson_panel(const lab::Lesson* lesson);

}  // namespace ui
