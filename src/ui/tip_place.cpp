#include "ui/tip_place.h"

#include <algorithm>

namespace ui {

int node_near(const NetworkLayout& layout, float x, float y, float reach) {
    const int under = node_at(layout, x, y);
    if (under >= 0 || reach <= 0) return under;
    int best = -1;
    float best_d2 = reach * reach;
    for (size_t k = 0; k < layout.nodes.size(); ++k) {
        const float dx = x - layout.nodes[k].cx, dy = y - layout.nodes[k].cy;
        if (dx * dx + dy * dy <= best_d2) {
            best_d2 = dx * dx + dy * dy;
            best = static_cast<int>(k);
        }
    }
    return best;
}

TipBox place_tip(float anchor_x, float anchor_y, float w, float h, float screen_w, float screen_h, float margin) {
    constexpr float kOffset = 16.0f;  // clear of the fingertip's own spot
    TipBox box{anchor_x + kOffset, anchor_y + kOffset, w, h};
    box.x = std::max(margin, std::min(box.x, screen_w - margin - w));
    if (box.y + h > screen_h - margin) box.y = anchor_y - kOffset - h;  // no room below: above
    box.y = std::max(margin, std::min(box.y, screen_h - margin - h));
    return box;
}

float tip_wrap_width(float preferred, float screen_w, float margin, float padding) {
    return std::max(40.0f, std::min(preferred, screen_w - 2 * margin - 2 * padding));
}

}  // namespace ui
