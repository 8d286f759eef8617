// A fingertip's target: at least 44 CSS px a side (what the phones' interface guidelines ask for), and where the
// finger-size targets were drawn, for the JS API (bplab.touchTargets) and the browser tests that measure them.
#pragma once
#include <string>

namespace ui {

constexpr float kTapTarget = 44.0f;  // logical (CSS) pixels

struct TapRect {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;  // ImGui's logical pixels from the canvas' top left
};

}  // namespace ui
