// Where the network view drew each node this frame, in ImGui's logical pixels (= CSS pixels in the browser).
// The App reports them through the JS API so that tests (and pages embedding the lab) can find a node on screen.
#pragma once

namespace ui {

struct NodeSpot {
    int layer = 0;   // 0-based (lecture layer l = layer + 1)
    int unit = 0;    // 0-based; −1 for a bias unit
    float x = 0, y = 0;  // centre
    float r = 0;         // radius
};

}  // namespace ui
