// Fonts and style for all panels.
#pragma once

namespace ui {

// Call once after ImGui's context exists (and again if the device pixel ratio changes): loads the fonts (see
// fonts.h) at the pixel ratio and sets the colours and spacing.
void apply_theme(float pixel_ratio);

}  // namespace ui
