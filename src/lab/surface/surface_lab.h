// What the loss-surface panel shows, as data: the grid of J over a plane, the descent paths drawn on it and the
// learning-rate / batch / optimizer experiments on the exact two-parameter problems. No GL here: the App fills the
// grid either from the CPU sampler (spread over frames) or from the GPU evaluator (render/loss_grid_gpu), and the
// panel and the state JSON read it back from here.
//
// Network modes (picked weights, random directions): the plane is Θ(u, v) = Θ_c + u·d₁ + v·d₂ around the live
// network's Θ_c; every recentre() moves Θ_c to the live weights. The live path is the list of Θ seen while training,
// projected onto the current plane each time the plane changes.
// Exact mode: J(w, b) of a 1→1 problem; the paths are descend() iterates, revealed one step at a time — or, when
// the learning-rate lab follows the network (SurfaceSettings::live, lesson 13), the one path is the live network's
// own (w, b) per training step on the session's data: one run, not a simulation beside it.
#pragma once
#include <string>
#include <vector>

#include "lab/surface/descent.h"
#include "lab/surface/surface.h"

namespace lab {

enum class ExactExperiment { LearningRate, Batches, OptimizerRace };

struct SurfaceSettings {
    SurfaceMode mode = SurfaceMode::RandomDirections;
    WeightRef first{0, 0, 1};   // picked weights: Θ₁₁⁽¹⁾ along u …
    WeightRef second{0, 1, 1};  // … and Θ₂₁⁽¹⁾ along v
    uint64_t seed = 1;          // random directions
    int resolution = 64;        // 32..128 (sampled odd: 65)
    double span = 1.0;          // network modes: u, v ∈ [−span, span]; exact mode: half-width around the optimum
    ExactKind exact = ExactKind::LinearRegression;
    ExactExperiment experiment = ExactExperiment::LearningRate;
    double alpha = 0.0;         // learning-rate lab: α (0 = the "good" preset)
    double w0 = -2.0, b0 = -2.0;  // the start of every exact-problem path
    int steps = 60;             // updates per path
    // Learning-rate lab: the path is the live network's run (when the network is the problem's 1→1 network), its
    // α and start are the network's; else descend() from (w₀, b₀) with `alpha`.
    bool live = false;
};

struct PlanePoint {
    double u = 0.0, v = 0.0;
};

struct ShownPath {
    std::string label;               // for the legend: "SGD α = 0.99"
    std::vector<PlanePoint> points;  // plane coordinates (the axes' units)
    std::vector<double> J;           // exact mode: J at each point; network modes: empty (read from the grid)
};

// Maps J to the colour/height parameter t ∈ [0, 1]: a log-like scale, so that both the valley floor and the walls
// show structure:  t = log(1 + k·(J − J_lo)/(J_hi − J_lo)) / log(1 + k),  k = kSurfaceScaleSharpness.
// shaders/surface_common (map and mesh) uses the same formula.
constexpr double kSurfaceScaleSharpness = 30.0;
struct SurfaceScale {
    double lo = 0.0, hi = 1.0;
    double t(double J) const;
    double J(double t) const;  // the inverse, for the legend's labels
};

class SurfaceLab {
public:
    // A new plane/problem: network modes sample around `live` (the data and loss of the session); exact mode builds
    // its problem, grid and paths. False with error() when the settings do not fit (e.g. a weight out of range);
    // the previous picture stays.
    bool configure(const SurfaceSettings& settings, const core::Network& live, const core::Dataset& data,
                   const core::TrainConfig& config);
    // A weight picked in the network view becomes an axis: axis 0 (u) or 1 (v), or −1 for the axis not picked last
    // (so two picks in a row set both). Switches to picked-weights mode; picking the other axis' weight swaps the
    // two. False with error() when the weight does not exist (the previous picture stays).
    bool pick_weight(const WeightRef& weight, int axis, const core::Network& live, const core::Dataset& data,
                     const core::TrainConfig& config);
    // Network modes: moves Θ_c to the live network (same settings); the grid values must then be refilled.
    bool recentre(const core::Network& live);

    // CPU sampling, up to `budget` evaluations; true when the grid is complete.
    bool advance_cpu(int budget);
    // Values computed elsewhere (the GPU): n·n values in the grid's layout (row r = v index). Non-finite → NaN.
    void set_values(const std::vector<float>& values);

    // Remembers the live Θ if training moved it since the last call (`steps` = the session's count; fewer steps
    // than last time: the run was restarted, a new path). Network modes: any network; exact mode: while follows().
    // `optimizer` names the run in the legend.
    void record(const core::Network& live, long long steps, const core::OptimizerConfig& optimizer = {});
    void clear_path();
    // While follows(): the run starts again at `live` (a reset, a new start or α). False when `live` is not the
    // problem's network any more (then configure anew).
    bool restart_run(const core::Network& live, const core::OptimizerConfig& optimizer);

    // Exact mode: set a new start (w₀, b₀) (a click on the map); the paths are recomputed and replayed.
    void set_start(double w, double b);
    // Reveals paths step by step: `steps` more updates shown (shared by every path of the race).
    void animate(int steps);
    void replay() {
        if (!follows_) shown_steps_ = 0;
    }

    const SurfaceSettings& settings() const { return settings_; }
    const SurfaceSampler& sampler() const { return sampler_; }
    const SurfaceGrid& grid() const { return grid_; }
    bool grid_complete() const { return grid_.resolution > 0 && grid_.computed == grid_.resolution * grid_.resolution; }
    SurfaceScale scale() const;  // over the computed values
    const std::string& error() const { return error_; }
    bool exact() const { return settings_.mode == SurfaceMode::ExactTwoParameter; }
    // The exact surface is the session's J(w, b) and its path the live network's run (SurfaceSettings::live, and
    // the network was the problem's 1→1 network when configured).
    bool follows() const { return exact() && follows_; }
    // While follows(): the network's update count at the last record() (−1 before the first), which the path's
    // point count only equals when every update was recorded.
    long long followed_steps() const { return last_recorded_steps_; }
    const ExactProblem& problem() const { return problem_; }
    // What J is evaluated over: the session's training data and loss, or the exact problem's.
    const core::Dataset& data() const { return exact() ? problem_.data : data_; }
    const core::TrainConfig& config() const { return exact() ? problem_.config : config_; }

    // The plane as the GPU evaluator needs it: Θ_c and both directions in Θ's shapes (unit matrices for picked
    // weights), offsets u, v ∈ [−span, span].
    const core::Network& centre() const { return centre_; }
    const Direction& d1() const { return d1_; }
    const Direction& d2() const { return d2_; }

    // Paths to draw (network modes: one, the live path; exact: one to three), projected, up to the shown step.
    const std::vector<ShownPath>& paths() const { return shown_; }
    int shown_steps() const { return shown_steps_; }
    int total_steps() const;  // the longest path's update count
    const std::vector<DescentPath>& descents() const { return descents_; }  // exact mode
    // A banner for the UI: a diverged path's status message, or "".
    std::string banner() const;
    long long recorded_points() const { return static_cast<long long>(thetas_.size()); }
    // The live network's point on the plane (network modes; exact mode while follows(): (w, b)), false before the
    // first record().
    bool current_point(PlanePoint& out) const;
    // J on the grid at plane coordinates (bilinear), NaN outside or where not computed.
    double J_at(double u, double v) const;

private:
    bool start_sampler(const core::Network& centre);
    void reproject();
    void compute_exact_paths();
    void reveal();
    void record_exact(const core::Network& live, long long steps, const core::OptimizerConfig& optimizer);

    SurfaceSettings settings_;
    SurfaceSampler sampler_;
    SurfaceGrid grid_;
    core::Network centre_;
    Direction d1_, d2_;
    core::Dataset data_;
    core::TrainConfig config_;
    ExactProblem problem_;
    std::vector<DescentPath> descents_;
    std::vector<std::vector<double>> thetas_;  // the live path, flattened Θ per recorded step
    long long last_recorded_steps_ = -1;
    int shown_steps_ = 0;
    int next_pick_axis_ = 0;
    bool follows_ = false;
    std::vector<ShownPath> shown_;
    std::string error_;
};

}  // namespace lab
