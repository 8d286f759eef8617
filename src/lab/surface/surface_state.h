// The "surface" section of the page's state JSON (window.bplab.state().surface): what the loss-surface panel shows,
// for tests, slides and embedding pages — the plane, how far the grid is computed, J's range, the paths' lengths and
// their last points, and a diverged path's message.
#pragma once
#include <string>

#include "lab/io/json.h"
#include "lab/surface/surface_lab.h"

namespace lab {

struct SurfaceViewInfo {
    bool open = false;          // the panel is shown
    bool three_d = false;       // 3-D height field (else the 2-D map)
    std::string evaluator;      // "gpu" or "cpu"
    std::string notice;         // e.g. why the GPU is not used
    double refreshes_per_second = 0.0;
    double picture_left = 0.0, picture_top = 0.0, picture_size = 0.0;  // CSS pixels from the canvas' top left
};

const char* surface_mode_name(SurfaceMode mode);          // "picked", "random", "exact"
const char* exact_experiment_name(ExactExperiment kind);  // "learning_rate", "batches", "race"

// Writes one JSON object (the caller has written the key).
void write_surface_state(const SurfaceLab& lab, const SurfaceViewInfo& view, JsonWriter& out);

}  // namespace lab
