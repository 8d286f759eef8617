// The data panel: reserves a square for the decision boundary and the points (drawn by the App's GL renderers
// underneath this window, which has no background), and draws on top of them: the frame, the axes' ranges, a ring
// around the training example being stepped (and thin rings around the rest of its mini-batch), and the legend.
// A one-input regression has no input plane: it gets the (x, y) plot of the data and the fit h(x) (fit_plot.h); a
// classifier of more inputs gets the test set's confusion matrix (confusion_view.h).
#pragma once

#include "lab/teach/confusion.h"
#include "lab/teach/session.h"
#include "lab/teach/trace.h"
#include "ui/palette.h"

namespace ui {

struct DataView {
    const lab::Session& session;
    const core::Network& shown;        // the network as of the cursor
    const lab::StepTrace* trace;       // nullptr when nothing is traced
    const lab::TraceEvent* event;      // the cursor's event, or nullptr
    bool boundary_drawn;               // false: the data has no 2-D input plane
    float x_min, x_max, y_min, y_max;  // the input plane shown
    bool compact;                      // small screens: the plot and one line, no legend
    const lab::Confusion* confusion;   // the test set's, as of the cursor (no 2-D plane: drawn instead); or nullptr
    Palette palette = Palette::Standard;  // the class colours and shapes of the points and the legend
    int map_layer = -1, map_unit = 0;  // layer ≥ 1: the background is this unit's a (ui/unit_map.h), not h(x)
};

// Where the square plot went, in ImGui's logical pixels.
struct DataPlot {
    float left = 0, top = 0, size = 0;
};

// Draws into the current ImGui window.
DataPlot data_panel(const DataView& view);

// The diameter of a data point's mark on a plot of side `plot_size` (any unit; the result is in the same unit):
// hundreds of points need small marks, the logic gates' four must be seen from the back of a lecture hall.
float data_point_size(float plot_size, int point_count);

}  // namespace ui
