// Small line charts of the history per epoch, train and test, drawn with ImGui's draw list.
#pragma once
#include <vector>

#include "lab/session.h"

namespace ui {

// The loss chart's scale runs from 0 to this: the largest finite loss in the history.
double loss_plot_top(const std::vector<lab::EpochRecord>& history);
void loss_plot(const std::vector<lab::EpochRecord>& history, float width, float height);
void accuracy_plot(const std::vector<lab::EpochRecord>& history, float width, float height);  // 0 … 100 %

}  // namespace ui
