// Descent paths on the exact two-parameter surfaces (surface_exact.h): the iterates (w_τ, b_τ) of
//   Θ⁽τ⁺¹⁾ = Θ⁽τ⁾ − η ∇J(Θ⁽τ⁾)          (or any rule of core::kOptimizers),  Θ = (b, w)
// for the learning-rate lab (too small / good / too large), batch vs mini-batch vs SGD, and the optimizer race.
//
// Every step is core::train_step on the problem's 1→1 network — the same forward, backward, batching and
// optimizer_step that train every lesson — so a path is what training does, not a re-enactment of it.
#pragma once
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "core/optimizer.h"
#include "lab/surface/surface_exact.h"

namespace lab {

enum class BatchKind {
    Full,        // all m examples per step: the true gradient, a smooth path, one step per epoch
    MiniBatch,   // k examples per step
    Stochastic,  // one example per step (SGD): cheap, noisy steps
};
const char* batch_kind_name(BatchKind kind);  // "full", "mini-batch", "sgd"

struct DescentSpec {
    double w0 = -2.0;                 // the start (w₀, b₀)
    double b0 = -2.0;
    core::OptimizerConfig optimizer;  // the update rule, α and the rule's hyper-parameters
    int steps = 50;                   // N updates (clamped to 0..100000)
    BatchKind batch = BatchKind::Full;
    int batch_size = 10;              // k, for MiniBatch (clamped to 1..m)
    uint64_t seed = 1;                // the example order, reshuffled every epoch as core does
};

struct PathPoint {
    double w = 0.0;
    double b = 0.0;
    double J = 0.0;          // J(w, b) over all m examples — the height of the surface under the point
    long long epoch = 0;     // full passes over the data completed when this point was reached
};

struct DescentPath {
    core::OptimizerKind optimizer = core::OptimizerKind::SGD;
    double alpha = 0.0;
    BatchKind batch = BatchKind::Full;
    std::vector<PathPoint> points;  // points[τ] = (w, b) after τ updates; points[0] is the start
    bool diverged = false;
    int diverged_at_step = -1;      // τ of the update that produced a non-finite value or J > 10⁶ · J(start)
    std::string status;             // one sentence for the UI, e.g. "diverged at step 7: J grew 1e6-fold — …"
};

// J(start) · kDivergenceGrowth is where a path is declared diverged (when J(start) > 0).
constexpr double kDivergenceGrowth = 1e6;

DescentPath descend(const ExactProblem& problem, const DescentSpec& spec);

// The largest fixed α for which full-batch descent stays stable on a quadratic with curvature λ_max:
//   SGD: α < 2/λ_max  (each eigen-direction is multiplied by 1 − αλ per step)
//   momentum: α < 2(1 + μ)/λ_max  (the heavy ball's stability edge)
//   scale-free optimizers (Adam, …: kOptimizers' scale_free): no fixed bound (their steps are ≈ α per weight
//   whatever the gradient) → NaN.
// Exact for the regression; for the logistic unit λ_max is an upper bound, so the limit is a safe lower bound.
double stability_limit(const ExactProblem& problem, const core::OptimizerConfig& optimizer);

// Learning rates for the lab, from the curvature (curvature() in surface_exact.h):
//   TooSmall = 0.05/λ_max: the flat direction shrinks by only 1 − 0.05·λ_min/λ_max per step — a crawl;
//   Good     = 1/λ_max:    the steep direction is solved in one step, no zig-zag;
//   TooLarge = 2.5/λ_max:  past 2/λ_max — the steep direction grows by |1 − 2.5| = 1.5 per step, J by 2.25.
// For the default regression (make_exact_problem(LinearRegression): 100 points, noise 0.2, seed 1) λ_max = 1.013
// and λ_min = 0.344 (x ~ U[−1, 1] gives about 1 and 1/3), so α = 0.0494 / 0.988 / 2.47 and divergence starts at
// α = 2/λ_max = 1.975; the too-large path is stopped at step 18. On the "gradient-descent" lesson's data (250
// training points, no noise) λ_max = 1.001: α = 0.0499 / 0.999 / 2.50, limit 1.997.
enum class RatePreset { TooSmall, Good, TooLarge };
double preset_alpha(const ExactProblem& problem, RatePreset preset);
DescentSpec learning_rate_preset(const ExactProblem& problem, RatePreset preset, double w0 = -2.0, double b0 = -2.0);

// The optimizer race: every optimizer of core::kOptimizers from the same start with the same batches and number
// of steps. Each keeps its own α — an Adam step is ≈ α per weight whatever the gradient's size, so one α cannot
// suit all. The paths are in kOptimizers' order; they have equal length unless one diverged.
constexpr size_t kRaceSize = std::size(core::kOptimizers);
using RaceAlphas = std::array<double, kRaceSize>;  // α of each optimizer, in kOptimizers' order
// SGD 1/λ_max, momentum 0.2/λ_max (μ = 0.9), the scale-free ones 0.1.
RaceAlphas default_race_alphas(const ExactProblem& problem);
std::array<DescentPath, kRaceSize> optimizer_race(const ExactProblem& problem, const DescentSpec& common,
                                                  const RaceAlphas& alphas);

}  // namespace lab
