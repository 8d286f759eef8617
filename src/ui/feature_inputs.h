// The input features as TF Playground shows them (core/features.h): beside the network's input layer a column of
// every feature, each a small image of φ over the data plane (orange −, blue +) and its name; the ones fed in are
// bright and framed, the others faded. A click toggles one; the last one fed in stays. The controls panel has the
// same toggles as a "Features" row, with the lecture's Playground slide as a preset (lab/lessons/playground_slide.h).
#pragma once
#include <optional>

#include "core/features.h"
#include "lab/io/config.h"
#include "lab/teach/heatmap.h"
#include "ui/network_layout.h"

namespace ui {

// The column's width in a region this tall; 0 when it would not fit.
float feature_column_width(const Box& region);

// Draws the column into `box` (ImGui's current window) and returns the new choice when a feature was clicked.
std::optional<core::FeatureSet> feature_column(const Box& box, core::FeatureSet chosen, const lab::PlaneExtent& plane);

// The controls' block under More…: one toggle per feature and the Playground-slide button. True when `config` changed
// (a new network: the caller rebuilds the session).
bool features_row(lab::LabConfig& config);

}  // namespace ui
