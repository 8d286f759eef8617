// Descent paths on the exact surfaces: the points are the optimizer's iterates, a good α finds the least-squares
// solution, a too-large α diverges where the curvature says, SGD is noisy but gets there, and the race is fair.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/gradcheck.h"
#include "core/optimizer.h"
#include "core/train.h"
#include "lab/surface/descent.h"

using namespace lab;

namespace {

// The normal equations of min 1/(2m) Σ (w xᵢ + b − yᵢ)², solved here independently of least_squares().
WeightPair normal_equations(const core::Dataset& d) {
    double sxx = 0.0, sx = 0.0, sy = 0.0, sxy = 0.0;
    const double m = d.count();
    for (int i = 0; i < d.count(); ++i) {
        const double x = d.x_row(i)[0], y = d.y_row(i)[0];
        sxx += x * x;
        sx += x;
        sy += y;
        sxy += x * y;
    }
    // [sxx sx; sx m] [w; b] = [sxy; sy]
    const double det = sxx * m - sx * sx;
    return {(sxy * m - sx * sy) / det, (sxx * sy - sx * sxy) / det};
}

double distance(const PathPoint& p, const WeightPair& q) { return std::hypot(p.w - q.w, p.b - q.b); }

// A step that raised J on the full surface by more than rounding (at the minimum J jitters in its last bits).
bool uphill(const PathPoint& before, const PathPoint& after) { return after.J > before.J * (1.0 + 1e-12); }

}  // namespace

TEST_CASE("a full-batch path's points are the optimizer's iterates", "[descent]") {
    for (ExactKind kind : {ExactKind::LinearRegression, ExactKind::Logistic}) {
        const ExactProblem problem = make_exact_problem(kind);
        for (const core::OptimizerInfo& info : core::kOptimizers) {
            const core::OptimizerKind optimizer = info.kind;
            INFO("problem " << static_cast<int>(kind) << ", optimizer " << core::optimizer_name(optimizer));
            DescentSpec spec;
            spec.w0 = 0.5;
            spec.b0 = -1.5;
            spec.optimizer.kind = optimizer;
            spec.optimizer.alpha = 0.3;
            spec.steps = 6;
            const DescentPath path = descend(problem, spec);
            REQUIRE(path.points.size() == 7);
            REQUIRE_FALSE(path.diverged);

            // By hand: the closed-form gradient, core's update rule on Θ⁽¹⁾ = [b w] as a 1×2 matrix.
            std::vector<core::Matrix> theta{core::Matrix(1, 2)}, dtheta{core::Matrix(1, 2)};
            theta[0](0, 0) = spec.b0;
            theta[0](0, 1) = spec.w0;
            core::OptimizerState state;
            core::reset_optimizer(state, theta);
            for (size_t t = 0; t < path.points.size(); ++t) {
                const double w = theta[0](0, 1), b = theta[0](0, 0);
                REQUIRE(path.points[t].w == Approx(w).margin(1e-12));
                REQUIRE(path.points[t].b == Approx(b).margin(1e-12));
                REQUIRE(path.points[t].J == Approx(exact_loss(problem, w, b)).epsilon(1e-12));
                REQUIRE(path.points[t].epoch == static_cast<long long>(t));  // full batch: one step per epoch
                exact_gradient(problem, w, b, dtheta[0](0, 1), dtheta[0](0, 0));
                core::optimizer_step(spec.optimizer, spec.optimizer.alpha, state, theta, dtheta);
            }
        }
    }
}

TEST_CASE("a plain SGD step is w := w − α ∂J/∂w, b := b − α ∂J/∂b", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    DescentSpec spec;
    spec.optimizer.alpha = 0.1;
    spec.steps = 3;
    const DescentPath path = descend(problem, spec);
    double w = spec.w0, b = spec.b0;
    for (int t = 1; t <= 3; ++t) {
        double dw = 0.0, db = 0.0;
        exact_gradient(problem, w, b, dw, db);
        w -= 0.1 * dw;
        b -= 0.1 * db;
        REQUIRE(path.points[static_cast<size_t>(t)].w == Approx(w).margin(1e-13));
        REQUIRE(path.points[static_cast<size_t>(t)].b == Approx(b).margin(1e-13));
    }
}

TEST_CASE("stochastic steps follow core's seeded example order, one example each", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    DescentSpec spec;
    spec.batch = BatchKind::Stochastic;
    spec.optimizer.alpha = 0.2;
    spec.steps = 5;
    spec.seed = 42;
    const DescentPath path = descend(problem, spec);
    core::TrainConfig config = problem.config;
    config.batch_size = 1;
    const core::Trainer trainer = core::make_trainer(problem.network(0, 0), config, spec.seed, problem.data.count());
    double w = spec.w0, b = spec.b0;
    for (int t = 1; t <= 5; ++t) {
        const int i = trainer.order[static_cast<size_t>(t - 1)];
        const double error = w * problem.data.x_row(i)[0] + b - problem.data.y_row(i)[0];  // h − y
        w -= 0.2 * error * problem.data.x_row(i)[0];
        b -= 0.2 * error;
        REQUIRE(path.points[static_cast<size_t>(t)].w == Approx(w).margin(1e-13));
        REQUIRE(path.points[static_cast<size_t>(t)].b == Approx(b).margin(1e-13));
    }
    DescentSpec other = spec;
    other.seed = 43;
    REQUIRE(descend(problem, other).points[1].w != path.points[1].w);  // the seed is the order
}

TEST_CASE("the closed-form gradient agrees with backprop on the 1→1 network", "[descent][exact]") {
    for (ExactKind kind : {ExactKind::LinearRegression, ExactKind::Logistic}) {
        const ExactProblem problem = make_exact_problem(kind);
        std::vector<int> all(static_cast<size_t>(problem.data.count()));
        for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
        const auto g = core::analytic_gradient(problem.network(0.7, -0.3), problem.config, problem.data, all);
        double dw = 0.0, db = 0.0;
        exact_gradient(problem, 0.7, -0.3, dw, db);
        REQUIRE(g[0](0, 1) == Approx(dw).epsilon(1e-12));
        REQUIRE(g[0](0, 0) == Approx(db).epsilon(1e-12));
    }
}

TEST_CASE("the good α converges to the least-squares solution", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    const WeightPair best = normal_equations(problem.data);
    REQUIRE(least_squares(problem).w == Approx(best.w).epsilon(1e-12));
    REQUIRE(least_squares(problem).b == Approx(best.b).epsilon(1e-12));
    REQUIRE(best.w == Approx(2.0).margin(0.2));  // Linear1D is y = 2x + 1 + noise
    REQUIRE(best.b == Approx(1.0).margin(0.2));

    DescentSpec good = learning_rate_preset(problem, RatePreset::Good);
    good.steps = 80;
    const DescentPath path = descend(problem, good);
    REQUIRE_FALSE(path.diverged);
    REQUIRE(distance(path.points.back(), best) < 1e-9);
    for (size_t t = 1; t < path.points.size(); ++t) REQUIRE(!uphill(path.points[t - 1], path.points[t]));  // smooth

    DescentSpec small = learning_rate_preset(problem, RatePreset::TooSmall);
    small.steps = 80;
    const DescentPath crawl = descend(problem, small);
    REQUIRE_FALSE(crawl.diverged);
    REQUIRE(crawl.points.back().J < crawl.points.front().J);
    REQUIRE(distance(crawl.points.back(), best) > 0.5);  // still on its way
}

TEST_CASE("the curvature sets the learning rates and the divergence edge", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    const Curvature k = curvature(problem);
    // H = [x̄², x̄; x̄, 1]: trace and determinant.
    double xx = 0.0, x = 0.0;
    for (int i = 0; i < problem.data.count(); ++i) {
        xx += problem.data.x_row(i)[0] * problem.data.x_row(i)[0];
        x += problem.data.x_row(i)[0];
    }
    xx /= problem.data.count();
    x /= problem.data.count();
    REQUIRE(k.lambda_max + k.lambda_min == Approx(xx + 1.0).epsilon(1e-12));
    REQUIRE(k.lambda_max * k.lambda_min == Approx(xx - x * x).epsilon(1e-12));
    REQUIRE(k.exact);

    core::OptimizerConfig sgd;
    const double limit = stability_limit(problem, sgd);
    REQUIRE(limit == Approx(2.0 / k.lambda_max));
    REQUIRE(preset_alpha(problem, RatePreset::TooSmall) < preset_alpha(problem, RatePreset::Good));
    REQUIRE(preset_alpha(problem, RatePreset::Good) < limit);
    REQUIRE(preset_alpha(problem, RatePreset::TooLarge) > limit);

    // Just below the edge the steep direction still shrinks (|1 − αλ| < 1); just above it grows.
    DescentSpec spec;
    spec.steps = 3000;
    spec.optimizer.alpha = 0.99 * limit;
    REQUIRE_FALSE(descend(problem, spec).diverged);
    spec.optimizer.alpha = 1.01 * limit;
    REQUIRE(descend(problem, spec).diverged);
}

TEST_CASE("a too-large α reports divergence with the step", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    DescentSpec spec = learning_rate_preset(problem, RatePreset::TooLarge);
    spec.steps = 100;
    const DescentPath path = descend(problem, spec);
    REQUIRE(path.diverged);
    const int step = path.diverged_at_step;
    REQUIRE(step > 1);
    REQUIRE(step < 100);
    REQUIRE(path.points.size() == static_cast<size_t>(step) + 1);  // the path stops at that step
    const double J0 = path.points.front().J;
    REQUIRE(path.points.back().J > kDivergenceGrowth * J0);
    REQUIRE(path.points[static_cast<size_t>(step) - 1].J <= kDivergenceGrowth * J0);
    INFO(path.status);
    REQUIRE(path.status.find("diverged at step " + std::to_string(step) + ": J grew 1e6-fold") == 0);
    REQUIRE(path.status.find("α must be <") != std::string::npos);
    // The steps zig-zag across the valley: w − w* changes sign at every step of the steep direction.
    REQUIRE((path.points[step].w - path.points[step - 1].w) * (path.points[step - 1].w - path.points[step - 2].w) < 0);

    // So large that the first step overflows: the path keeps only the finite start.
    spec.optimizer.alpha = 1e300;
    const DescentPath blown = descend(problem, spec);
    REQUIRE(blown.diverged);
    REQUIRE(blown.diverged_at_step == 1);
    REQUIRE(blown.points.size() == 1);
    REQUIRE(blown.status.find("overflowed") != std::string::npos);
}

TEST_CASE("SGD's path is noisy and full batch's smooth, but both end near the minimum", "[descent]") {
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    const WeightPair best = least_squares(problem);
    const double J_best = exact_loss(problem, best.w, best.b);
    DescentSpec spec;
    spec.optimizer.alpha = 0.3;
    spec.steps = 300;
    const DescentPath full = descend(problem, spec);
    spec.batch = BatchKind::Stochastic;
    const DescentPath sgd = descend(problem, spec);
    spec.batch = BatchKind::MiniBatch;
    spec.batch_size = 10;
    const DescentPath mini = descend(problem, spec);

    REQUIRE(full.points.size() == sgd.points.size());
    REQUIRE(std::fabs(sgd.points[5].w - full.points[5].w) > 1e-3);
    REQUIRE(distance(full.points.back(), best) < 1e-6);
    REQUIRE(distance(sgd.points.back(), best) < 0.3);
    REQUIRE(distance(mini.points.back(), best) < 0.3);
    REQUIRE(sgd.points.back().J < 1.5 * J_best);
    REQUIRE(sgd.points.back().epoch == 3);   // 300 single-example steps over 100 examples
    REQUIRE(mini.points.back().epoch == 30);

    int rises_full = 0, rises_sgd = 0;  // steps that went uphill on the full surface
    for (size_t t = 1; t < full.points.size(); ++t) {
        rises_full += uphill(full.points[t - 1], full.points[t]);
        rises_sgd += uphill(sgd.points[t - 1], sgd.points[t]);
    }
    REQUIRE(rises_full == 0);
    REQUIRE(rises_sgd > 20);
}

TEST_CASE("the optimizer race: a path per optimizer from one start, equal length", "[descent]") {
    for (ExactKind kind : {ExactKind::LinearRegression, ExactKind::Logistic}) {
        const ExactProblem problem = make_exact_problem(kind);
        DescentSpec common;
        common.steps = 60;
        const auto paths = optimizer_race(problem, common, default_race_alphas(problem));
        REQUIRE(paths.size() == std::size(core::kOptimizers));
        for (size_t k = 0; k < paths.size(); ++k) REQUIRE(paths[k].optimizer == core::kOptimizers[k].kind);
        for (const DescentPath& path : paths) {
            INFO(path.status);
            REQUIRE_FALSE(path.diverged);
            REQUIRE(path.points.size() == 61);
            REQUIRE(path.points.front().w == common.w0);
            REQUIRE(path.points.front().b == common.b0);
            REQUIRE(path.points.back().J < 0.1 * path.points.front().J);
        }
        for (size_t k = 1; k < paths.size(); ++k) REQUIRE(paths[k - 1].points[10].w != paths[k].points[10].w);
        REQUIRE(paths.back().optimizer == core::OptimizerKind::RMSProp);  // RMSProp runs too, and (above) converges
    }
}
