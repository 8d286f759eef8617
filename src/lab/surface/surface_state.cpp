#include "lab/surface/surface_state.h"

namespace lab {

const char* surface_mode_name(SurfaceMode mode) {
    switch (mode) {
        case SurfaceMode::PickedWeights: return "picked";
        case SurfaceMode::RandomDirections: return "random";
        case SurfaceMode::ExactTwoParameter: return "exact";
    }
    return "?";
}

const char* exact_experiment_name(ExactExperiment kind) {
    switch (kind) {
        case ExactExperiment::LearningRate: return "learning_rate";
        case ExactExperiment::Batches: return "batches";
        case ExactExperiment::OptimizerRace: return "race";
    }
    return "?";
}

void write_surface_state(const SurfaceLab& lab, const SurfaceViewInfo& view, JsonWriter& out) {
    const SurfaceGrid& grid = lab.grid();
    const SurfaceSettings& s = lab.settings();
    out.begin_object();
    out.key("open").value(view.open);
    out.key("view").value(view.three_d ? "3d" : "2d");
    out.key("mode").value(surface_mode_name(s.mode));
    if (s.mode == SurfaceMode::PickedWeights) {
        // lecture numbering: Θᵢⱼ⁽ˡ⁾ with l, i from 1 and j = 0 the bias
        out.key("weights").begin_array();
        for (const WeightRef& w : {s.first, s.second}) {
            out.begin_array().value(w.layer + 1).value(w.i + 1).value(w.j).end_array();
        }
        out.end_array();
    }
    if (s.mode == SurfaceMode::RandomDirections) out.key("seed").value(static_cast<long long>(s.seed));
    out.key("evaluator").value(view.evaluator);
    out.key("notice").value(view.notice);
    out.key("refreshes_per_second").value(view.refreshes_per_second);
    out.key("picture").begin_object();
    out.key("left").value(view.picture_left).key("top").value(view.picture_top).key("size").value(view.picture_size);
    out.end_object();
    out.key("resolution").value(grid.resolution);
    out.key("span").value(grid.span);
    out.key("computed").value(grid.computed);
    out.key("complete").value(lab.grid_complete());
    out.key("detail").value(lab.grid_complete() ? grid.resolution : lab.sampler().detail());
    out.key("centre_loss").value(grid.centre_loss);
    out.key("min").value(grid.min_index >= 0 ? grid.min : 0.0);
    out.key("max").value(grid.min_index >= 0 ? grid.max : 0.0);
    out.key("error").value(lab.error());
    out.key("recorded_points").value(lab.recorded_points());
    if (s.mode == SurfaceMode::ExactTwoParameter) {
        out.key("problem").value(s.exact == ExactKind::Logistic ? "logistic" : "linear_regression");
        out.key("experiment").value(exact_experiment_name(s.experiment));
        out.key("start").begin_array().value(s.w0).value(s.b0).end_array();
        out.key("follows").value(lab.follows());  // the path is the network's own run (lesson 13)
        PlanePoint marker;
        out.key("marker");  // the followed network's (w, b), or null
        if (lab.follows() && lab.current_point(marker)) out.begin_array().value(marker.u).value(marker.v).end_array();
        else out.value_null();
        out.key("shown_steps").value(lab.shown_steps());
        out.key("total_steps").value(lab.total_steps());
    }
    out.key("banner").value(lab.banner());
    out.key("paths").begin_array();
    for (const ShownPath& path : lab.paths()) {
        out.begin_object();
        out.key("label").value(path.label);
        out.key("length").value(static_cast<int>(path.points.size()));
        if (!path.points.empty()) {
            out.key("last").begin_array().value(path.points.back().u).value(path.points.back().v).end_array();
        }
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace lab
