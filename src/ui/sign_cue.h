// Sign as a second cue beside colour (issue 16): with the colour-blind-safe palette a negative weight's edge is
// dashed and a negative δ's ring broken into arcs, so that orange against blue is never the only way to tell the
// sign. The standard palette keeps its solid lines. Pure (no ImGui): the tests check the strokes and the dashes.
#pragma once
#include <vector>

namespace ui {

enum class Stroke { Solid, Dashed, Dotted };

// How an edge of value v is stroked. Standard palette: solid for Θ, dashed for every ∂J/∂Θ (the gradient phase's
// mark). With sign cues: Θ < 0 dashed, Θ ≥ 0 solid; ∂J/∂Θ < 0 dotted, ∂J/∂Θ ≥ 0 dashed.
Stroke edge_stroke(double v, bool gradient_phase, bool sign_cues);

// The pieces [from, to] of a line `length` long drawn as `on` long dashes `off` apart, from 0; the last piece is
// cut at `length`. A non-positive length gives none; a non-positive `on` or `off` one solid piece.
struct Dash {
    float from = 0, to = 0;
};
std::vector<Dash> dash_pieces(float length, float on, float off);

// The dash and gap lengths of a stroke, in pixels (Solid: {0, 0}, which dash_pieces draws as one piece).
struct DashPattern {
    float on = 0, off = 0;
};
DashPattern dash_pattern(Stroke stroke);

// What the network view's caption adds with sign cues: how a negative value is stroked.
const char* sign_cue_caption(bool gradient_phase);

}  // namespace ui
