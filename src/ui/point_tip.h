// A data point's tooltip on a touch screen: a tap on the plot's square (app/panels.cpp) finds the training point
// nearest the finger, within half a tap target, and pins what it is — its number, its inputs and its class —
// inside the window until the next tap elsewhere. A mouse keeps the plot as it was (no hover tips there).
#pragma once

#include "core/dataset.h"
#include "ui/data_panel.h"
#include "ui/tip_place.h"

namespace ui {

struct PointTipView {
    const core::Dataset& train;
    const DataPlot& plot;              // where the square plot went (size 0: none)
    float x_min, x_max, y_min, y_max;  // the input plane it shows
    bool taps_edit;                    // a tap on the plot adds a point (a custom data set): no tips then
};

struct PointTipState {
    int pinned = -1;  // the training example whose tip a tap pinned, or −1
    TipBox tip;       // where its tip went this frame (size 0: none)
};

// Draws the pinned point's ring and tooltip (call after the plot, in any window).
void point_tip(const PointTipView& view, PointTipState& state);

}  // namespace ui
