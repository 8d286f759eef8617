// The fonts: DejaVu Sans (Latin, Greek, sub- and superscripts, arrows, math operators), embedded at build time,
// in two sizes — the UI's and the equation panel's — rasterized at the device pixel ratio so text stays sharp on
// high-DPI screens and projectors.
#pragma once

#include "imgui.h"

namespace ui {

constexpr float kUiFontSize = 16.0f;        // logical pixels
constexpr float kEquationFontSize = 28.0f;

// Rebuilds ImGui's font atlas (call before the first frame, and again if the pixel ratio or the scale changes).
// The UI font becomes the default; the equation font is the atlas' second. `scale` enlarges the UI's text (tabs,
// buttons, the step bar); `content_scale` (≥ scale) the equation font alone — presentation mode makes the formulas,
// node values and plot labels large and keeps the chrome compact. Glyphs are rasterized at their size, not
// magnified, so large text stays crisp.
void load_fonts(float pixel_ratio, float scale = 1.0f, float content_scale = 1.0f);

// How much larger than normal the content's text is drawn (the equation font's size over kEquationFontSize):
// presentation mode's content scale, 1 otherwise.
float content_scale();

// Plot labels (axis ranges, legends) in presentation mode: the content's crisp font at a size between the UI's and
// the formulas' (at most kMaxLabelZoom times the UI's); the UI font unchanged otherwise. Pair with pop_label_font.
constexpr float kMaxLabelZoom = 1.35f;
void push_label_font();
void pop_label_font();

// The large font for formulas (the UI font if the atlas has only one).
ImFont* equation_font();

}  // namespace ui
