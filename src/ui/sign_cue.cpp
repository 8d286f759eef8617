#include "ui/sign_cue.h"

#include <algorithm>

namespace ui {

Stroke edge_stroke(double v, bool gradient_phase, bool sign_cues) {
    if (!sign_cues) return gradient_phase ? Stroke::Dashed : Stroke::Solid;
    if (gradient_phase) return v < 0 ? Stroke::Dotted : Stroke::Dashed;
    return v < 0 ? Stroke::Dashed : Stroke::Solid;
}

std::vector<Dash> dash_pieces(float length, float on, float off) {
    if (!(length > 0)) return {};
    if (!(on > 0) || !(off > 0)) return {Dash{0, length}};
    std::vector<Dash> pieces;
    for (float t = 0; t < length; t += on + off) pieces.push_back(Dash{t, std::min(length, t + on)});
    return pieces;
}

DashPattern dash_pattern(Stroke stroke) {
    switch (stroke) {
        case Stroke::Solid: return {0, 0};
        case Stroke::Dashed: return {7, 4};
        case Stroke::Dotted: return {2, 3};
    }
    return {0, 0};
}

const char* sign_cue_caption(bool gradient_phase) {
    return gradient_phase ? "; negative ∂J/∂Θ dotted" : "; negative Θ dashed, negative δ broken";
}

}  // namespace ui
