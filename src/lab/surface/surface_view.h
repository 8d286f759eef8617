// The loss-surface view by words, for the command line (--surface), the JS API (surfaceView), the lessons
// (Lesson::surface_view) and tests: a comma-separated list of
//   open | closed                 the panel shown or not (a view asked for is a view shown, unless "closed")
//   2d | 3d                       the map or the height field
//   random | picked | exact       the plane: random directions, two picked weights, an exact two-parameter problem
//   regression | logistic         the exact problem (implies exact)
//   rate | batches | race         the exact problem's experiment: learning-rate lab, batch sizes, optimizer race
//   small | good | large          the learning-rate lab's α presets (resolved on the problem, once it exists)
//   cpu | gpu                     the evaluator: the CPU sampler even where the GPU could, or the GPU if it can
//   n=<32..128>  span=<x > 0>  seed=<k ≥ 1>
// Switching to an exact problem sets the span to 4.5 unless the same word list sets it.
#pragma once
#include <optional>
#include <string>

#include "lab/surface/descent.h"
#include "lab/surface/surface_lab.h"

namespace lab {

struct SurfaceView {
    SurfaceSettings settings;
    bool open = true;
    bool three_d = false;
    bool force_cpu = false;
    std::optional<RatePreset> alpha_preset;  // settings.alpha is then set once the problem exists (preset_alpha)
};

// Applies the words to `view` (which holds the current view). False on a word it does not know, with `error`
// naming it; `view` may then be half changed: parse into a copy.
bool parse_surface_view(const std::string& words, SurfaceView& view, std::string& error);

}  // namespace lab
