#include "lab/surface/descent.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/train.h"
#include "lab/surface/surface.h"

namespace lab {
namespace {

constexpr int kMaxSteps = 100000;

int batch_size_for(const DescentSpec& spec, int m) {
    switch (spec.batch) {
        case BatchKind::Full: return m;
        case BatchKind::MiniBatch: return std::clamp(spec.batch_size, 1, std::max(1, m));
        case BatchKind::Stochastic: return 1;
    }
    return m;
}

std::string format(const char* pattern, double a, double b = 0.0) {
    char text[160];
    std::snprintf(text, sizeof text, pattern, a, b);
    return text;
}

// " — α = 2.47 is too large for this surface (α must be < 1.975)"
std::string blame_alpha(const ExactProblem& problem, const core::OptimizerConfig& optimizer) {
    const double limit = stability_limit(problem, optimizer);
    std::string text = format(" — α = %.3g is too large for this surface", optimizer.alpha);
    if (std::isnan(limit)) return text + " with " + core::optimizer_name(optimizer.kind);
    if (problem.kind == ExactKind::Logistic) return text + format(" (α < %.4g is always safe)", limit);
    return text + format(" (α must be < %.4g)", limit);
}

}  // namespace

const char* batch_kind_name(BatchKind kind) {
    switch (kind) {
        case BatchKind::Full: return "full";
        case BatchKind::MiniBatch: return "mini-batch";
        case BatchKind::Stochastic: return "sgd";
    }
    return "?";
}

DescentPath descend(const ExactProblem& problem, const DescentSpec& spec) {
    DescentPath path;
    path.optimizer = spec.optimizer.kind;
    path.alpha = spec.optimizer.alpha;
    path.batch = spec.batch;
    const core::Dataset& data = problem.data;
    const int m = data.count();
    if (m == 0) {
        path.status = "no data";
        return path;
    }

    core::TrainConfig config = problem.config;
    config.optimizer = spec.optimizer;
    config.batch_size = batch_size_for(spec, m);
    core::Trainer trainer = core::make_trainer(problem.network(spec.w0, spec.b0), config, spec.seed, m);
    core::Batch cache;
    const double J0 = surface_objective(trainer.net, config, data, cache);
    path.points.push_back({spec.w0, spec.b0, J0, 0});
    if (!std::isfinite(spec.w0) || !std::isfinite(spec.b0) || !std::isfinite(J0)) {
        path.diverged = true;
        path.diverged_at_step = 0;
        path.status = "the start is not a finite point";
        return path;
    }

    const int steps = std::clamp(spec.steps, 0, kMaxSteps);
    path.points.reserve(static_cast<size_t>(steps) + 1);
    for (int step = 1; step <= steps; ++step) {
        core::train_step(trainer, data, nullptr, core::StepLoss::NotNeeded);
        const double w = weight_w(trainer.net), b = weight_b(trainer.net);
        const double J = surface_objective(trainer.net, config, data, cache);
        if (!std::isfinite(w) || !std::isfinite(b) || !std::isfinite(J)) {  // the path ends at the last finite point
            path.diverged = true;
            path.diverged_at_step = step;
            path.status = "diverged at step " + std::to_string(step) + ": the weights overflowed" +
                          blame_alpha(problem, spec.optimizer);
            return path;
        }
        path.points.push_back({w, b, J, trainer.epoch});
        if (J0 > 0.0 && J > kDivergenceGrowth * J0) {  // kept: the point shows where the step threw Θ
            path.diverged = true;
            path.diverged_at_step = step;
            path.status = "diverged at step " + std::to_string(step) + ": J grew 1e6-fold" +
                          blame_alpha(problem, spec.optimizer);
            return path;
        }
    }
    path.status = format("J went from %.4g to %.4g", J0, path.points.back().J) + " in " + std::to_string(steps) +
                  " steps (" + std::to_string(trainer.epoch) + " epochs)";
    return path;
}

double stability_limit(const ExactProblem& problem, const core::OptimizerConfig& optimizer) {
    const double lambda_max = curvature(problem).lambda_max;
    if (!(lambda_max > 0.0)) return std::numeric_limits<double>::infinity();
    if (core::optimizer_info(optimizer.kind).scale_free) return std::numeric_limits<double>::quiet_NaN();
    if (optimizer.kind == core::OptimizerKind::Momentum) return 2.0 * (1.0 + optimizer.momentum) / lambda_max;
    return 2.0 / lambda_max;
}

double preset_alpha(const ExactProblem& problem, RatePreset preset) {
    const double lambda_max = curvature(problem).lambda_max;
    const double factor = preset == RatePreset::TooSmall ? 0.05 : preset == RatePreset::Good ? 1.0 : 2.5;
    return lambda_max > 0.0 ? factor / lambda_max : factor;
}

DescentSpec learning_rate_preset(const ExactProblem& problem, RatePreset preset, double w0, double b0) {
    DescentSpec spec;
    spec.w0 = w0;
    spec.b0 = b0;
    spec.optimizer.kind = core::OptimizerKind::SGD;
    spec.optimizer.alpha = preset_alpha(problem, preset);
    spec.batch = BatchKind::Full;
    return spec;
}

RaceAlphas default_race_alphas(const ExactProblem& problem) {
    const double good = preset_alpha(problem, RatePreset::Good);
    RaceAlphas alphas{};
    for (size_t k = 0; k < kRaceSize; ++k) {
        const core::OptimizerInfo& info = core::kOptimizers[k];
        if (info.scale_free) alphas[k] = 0.1;  // ≈ α per weight per step: 0.1 crosses the picture in a few dozen
        // Heavy ball, μ = 0.9: along an eigen-direction the error follows r² − (1 + μ − αλ) r + μ = 0. With αλ = 0.2
        // the roots are complex with |r| = √μ ≈ 0.95: the ball overshoots and spirals in — what the race should show.
        else if (info.kind == core::OptimizerKind::Momentum) alphas[k] = 0.2 * good;
        else alphas[k] = good;
    }
    return alphas;
}

std::array<DescentPath, kRaceSize> optimizer_race(const ExactProblem& problem, const DescentSpec& common,
                                                  const RaceAlphas& alphas) {
    std::array<DescentPath, kRaceSize> paths;
    for (size_t k = 0; k < kRaceSize; ++k) {
        DescentSpec spec = common;
        spec.optimizer.kind = core::kOptimizers[k].kind;
        spec.optimizer.alpha = alphas[k];
        paths[k] = descend(problem, spec);
    }
    return paths;
}

}  // namespace lab
