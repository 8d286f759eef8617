#include "app/layout.h"

#include <algorithm>

namespace app {

Layout compute_layout(float width, float height, float line) {
    Layout out;
    const float w = std::max(width, 1.0f), h = std::max(height, 1.0f);
    // Two rows of controls (buttons; event and timeline) with the window's padding; narrow screens wrap to more.
    const float rows = w >= 1000 ? 2 : (w >= 640 ? 3 : 5);
    const float bar_h = std::min(h * 0.3f, rows * line + 24.0f);
    out.step_bar = {0, h - bar_h, w, bar_h};
    const float body_h = h - bar_h;

    out.portrait = w < h;
    if (out.portrait) {
        // Stacked: the equation first (what the lecturer talks about), then network, data, settings.
        const float eq_h = std::max(4 * line, 0.25f * body_h);
        const float data_h = std::min(w, 0.32f * body_h);
        const float net_h = std::max(0.0f, 0.22f * body_h);
        float y = 0;
        out.equation = {0, y, w, eq_h};
        y += eq_h;
        out.network = {0, y, w, net_h};
        y += net_h;
        out.data = {0, y, w, data_h};
        y += data_h;
        out.controls = out.loss = {0, y, w, std::max(0.0f, body_h - y)};
        return out;
    }

    // Side columns scale with the width but keep a usable minimum; the centre gets the rest.
    const float left_w = std::clamp(0.24f * w, 240.0f, 360.0f);
    const float right_w = std::clamp(std::min(0.34f * w, body_h * 0.62f), 260.0f, 520.0f);
    const float centre_w = std::max(0.0f, w - left_w - right_w);
    const float loss_h = std::min(0.38f * body_h, 300.0f);  // the controls above need the height more
    out.controls = {0, 0, left_w, body_h - loss_h};
    out.loss = {0, body_h - loss_h, left_w, loss_h};
    const float network_h = 0.52f * body_h;
    out.network = {left_w, 0, centre_w, network_h};
    out.equation = {left_w, network_h, centre_w, body_h - network_h};
    out.data = {left_w + centre_w, 0, right_w, body_h};
    return out;
}

}  // namespace app
