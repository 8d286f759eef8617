// The loss-surface panel's picture: the rendered map or height field, and drawn over it the descent paths, the
// current point, the axes in the lecture's notation and the colour legend with J values. Mouse: drag to rotate and
// wheel to zoom the 3-D view; click the 2-D map of an exact problem to set the start.
#pragma once
#include <string>

#include "ui/surface_panel.h"

namespace ui {

// Axis names: Θᵢⱼ⁽ˡ⁾ for picked weights, d₁ / d₂ for random directions, w / b for the exact problems (axis 0 = u).
std::string surface_axis_name(const lab::SurfaceSettings& settings, int axis);

// The colour of t ∈ [0, 1] on the map's scale (the same anchors as shaders/surface_colour.glsl).
unsigned int surface_colour(double t);

// Path k's colour (an ImU32), shared by the picture and the panel's legend of the paths.
unsigned int path_colour(const lab::SurfaceLab& lab, size_t k);

// The legend's width beside the picture: the colour bar, its widest J label and the gap before it.
float surface_legend_width(const SurfacePanelView& view);

// Draws the picture at the cursor, `size` logical pixels square plus the legend to its right; fills `actions`.
void surface_picture(const SurfacePanelView& view, float size, SurfacePanelActions& actions);

}  // namespace ui
