// The data view of a classifier whose inputs have no 2-D plane (the digits' 64 pixels, iris's 4 measurements): the
// test set's confusion matrix as of the cursor — rows the true class, columns the predicted one, each row shaded by
// its share (blue on the diagonal, orange off it), the count in the cell, and the numbers on hover.
#pragma once

#include "core/dataset.h"
#include "lab/teach/confusion.h"

namespace ui {

// Draws into the current ImGui window, leaving `keep_below` of its height free under the matrix.
void confusion_view(const lab::Confusion& confusion, const core::Dataset& test, float keep_below);

}  // namespace ui
