// Small line charts of the history per epoch, train and test, drawn with ImGui's draw list. The x axis is the
// epoch; the live point (the network shown now, part-way through an epoch) ends each line, so the curve moves with
// every update instead of once an epoch.
#pragma once
#include <vector>

#include "lab/teach/session.h"

namespace ui {

struct ChartData {
    const std::vector<lab::EpochRecord>& history;  // one record per completed epoch (thinned on long runs)
    lab::EpochRecord now;                          // the losses and accuracies shown in the table
    double now_epoch = 0;                          // where `now` is on the x axis: Session::epoch_progress()
};

// The charts' x axis runs from epoch 0 to this: the later of the last record and now.
double chart_x_max(const ChartData& data);
// The loss chart's scale runs from 0 to this: the largest finite loss in the history and now.
double loss_plot_top(const ChartData& data);
void loss_plot(const ChartData& data, float width, float height);
void accuracy_plot(const ChartData& data, float width, float height);  // 0 … 100 %

}  // namespace ui
