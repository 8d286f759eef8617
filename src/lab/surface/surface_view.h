// The loss-surface view by words, for the command line (--surface), the JS API (surfaceView), the lessons
// (Lesson::surface_view) and tests: a comma-separated list of
//   open | closed                 the panel shown or not (a view asked for is a view shown, unless "closed")
//   2d | 3d                       the map or the height field
//   random | picked | exact       the plane: random directions, two picked weights, an exact two-parameter problem
//   regression | logistic         the exact problem (implies exact)
//   rate | batches | race         the exact problem's experiment: learning-rate lab, batch sizes, optimizer race
//   live | simulated              the learning-rate lab's path: the network's own run on the session's data (when
//                                 the network is the problem's 1→1 one), or descend() from start= with alpha=
//   small | good | large          the learning-rate lab's α presets (resolved on the problem, once it exists)
//   cpu | gpu                     the evaluator: the CPU sampler even where the GPU could, or the GPU if it can
//   n=<32..128>  span=<x > 0>  seed=<k ≥ 1>
//   alpha=<α ≥ 0>                 the learning-rate lab's α (0: the good preset)
//   start=<w>:<b>                 the exact problem's start (w₀, b₀), where a click on the map puts it
//   u=<l>:<i>:<j>  v=<l>:<i>:<j>  the picked weights along u and v (code indices, j = 0 the bias column)
//   yaw=<rad>  pitch=<rad>  dist=<d>   the 3-D camera (pitch in [0.05, 1.5], distance in [1.6, 10])
// Switching to an exact problem sets the span to 4.5 unless the same word list sets it.
#pragma once
#include <optional>
#include <string>

#include "lab/surface/descent.h"
#include "lab/surface/surface_lab.h"

namespace lab {

// The 3-D view's camera: it orbits the middle of the height field (render/orbit_camera.h).
struct SurfaceCamera {
    static constexpr double kMinPitch = 0.05, kMaxPitch = 1.5, kMinDistance = 1.6, kMaxDistance = 10.0;
    double yaw = -0.6;     // radians around the vertical axis
    double pitch = 0.62;   // radians above the horizon
    double distance = 5.1;
};

struct SurfaceView {
    SurfaceSettings settings;
    SurfaceCamera camera;
    bool open = true;
    bool three_d = false;
    bool force_cpu = false;
    std::optional<RatePreset> alpha_preset;  // settings.alpha is then set once the problem exists (preset_alpha)
};

// Applies the words to `view` (which holds the current view). False on a word it does not know, with `error`
// naming it; `view` may then be half changed: parse into a copy.
bool parse_surface_view(const std::string& words, SurfaceView& view, std::string& error);

// The view as words that parse_surface_view reads back to it, whatever view they are applied to: the plane and
// what it shows (the mode and the settings that mode uses), 2-D or 3-D, and the camera when 3-D — what a link's
// surf= carries. Left out: open/closed (the link's tab says it), the evaluator (the machine's), an α preset (its
// resolved α is written). Camera angles are rounded to 4 significant digits.
std::string surface_view_words(const SurfaceView& view);

}  // namespace lab
