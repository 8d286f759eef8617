// The fonts: DejaVu Sans (Latin, Greek, sub- and superscripts, arrows, math operators), embedded at build time,
// in two sizes — the UI's and the equation panel's — rasterized at the device pixel ratio so text stays sharp on
// high-DPI screens and projectors.
#pragma once

#include "imgui.h"

namespace ui {

constexpr float kUiFontSize = 16.0f;        // logical pixels
constexpr float kEquationFontSize = 28.0f;

// Rebuilds ImGui's font atlas (call before the first frame, and again if the pixel ratio or the scale changes).
// The UI font becomes the default; the equation font is the atlas' second. `scale` enlarges all text (projector
// mode: 1.5–2.5); glyphs are rasterized at that size, not magnified, so large text stays crisp.
void load_fonts(float pixel_ratio, float scale = 1.0f);

// The large font for formulas (the UI font if the atlas has only one).
ImFont* equation_font();

}  // namespace ui
