// Tooltips a finger can use: the node a tap means (a node drawn 6 px wide still answers a fingertip), and where a
// pinned tooltip goes so that all of it stays in the window. Headless: the panels pass in what ImGui measured.
#pragma once

#include "ui/network_layout.h"

namespace ui {

// The node under (x, y), else the one whose centre is nearest within `reach` of it (−1: none). With reach ≥ 22 a
// node answers a 44 px disc about its centre — less only where a neighbour's centre is nearer. reach 0: node_at.
int node_near(const NetworkLayout& layout, float x, float y, float reach);

struct TipBox {
    float x = 0, y = 0;  // top left corner
    float w = 0, h = 0;  // size (0: no tip)
};

// A tooltip of size w × h for something at (anchor_x, anchor_y): below and right of it, moved left to end
// `margin` inside the right edge, above it when there is no room below, and never past the top or left edge
// (a tip larger than the window keeps its top left corner on screen).
TipBox place_tip(float anchor_x, float anchor_y, float w, float h, float screen_w, float screen_h, float margin);

// How wide a tooltip's text may wrap: `preferred` on a large screen, the window's width less both margins and the
// tip's own padding on a phone.
float tip_wrap_width(float preferred, float screen_w, float margin, float padding);

}  // namespace ui
