// Small line charts of the history per epoch, train and test, drawn with ImGui's draw list.
#pragma once
#include <vector>

#include "lab/session.h"

namespace ui {

void loss_plot(const std::vector<lab::EpochRecord>& history, float width, float height);
void accuracy_plot(const std::vector<lab::EpochRecord>& history, float width, float height);  // 0 … 100 %

}  // namespace ui
