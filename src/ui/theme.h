// Fonts and style for all panels.
#pragma once

namespace ui {

// Call once after ImGui's context exists (and again if the device pixel ratio changes).
// The built-in font is rasterized at an integer multiple of its native 13 px so that text stays crisp on
// high-DPI screens, then scaled back to logical pixels.
void apply_theme(float pixel_ratio);

}  // namespace ui
