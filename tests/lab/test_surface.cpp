// The loss surface: the centre cell is the current J(Θ), the exact surfaces match their closed forms, the shown
// network is never touched, directions are filter-normalized, projection inverts the plane, and sampling spread
// over frames gives the same grid as sampling at once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/gradcheck.h"
#include "core/rng.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"
#include "lab/surface/surface.h"
#include "lab/surface/surface_exact.h"

using namespace lab;

namespace {

// A trained 2-4-2-1 tanh network of the "backprop" lesson (circle data, 250 training points).
Session trained_backprop_session() {
    const Lesson* lesson = find_lesson("backprop");
    REQUIRE(lesson != nullptr);
    Session session(lesson->config);
    session.train_steps(150);
    return session;
}

double current_J(const Session& session) {
    std::vector<int> all(static_cast<size_t>(session.train_set().count()));
    std::iota(all.begin(), all.end(), 0);
    return core::objective(session.network(), session.config().train, session.train_set(), all);
}

SurfaceSampler sample(const SurfaceSpec& spec, const core::Network& net, const core::Dataset& data,
                      const core::TrainConfig& config) {
    SurfaceSampler sampler;
    REQUIRE(sampler.start(spec, net, data, config));
    REQUIRE(sampler.advance(1 << 30));
    return sampler;
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0.0;
    for (size_t k = 0; k < a.size(); ++k) s += a[k] * b[k];
    return s;
}

}  // namespace

TEST_CASE("the centre of the surface is the current loss J(Θ), exactly", "[surface]") {
    const Session session = trained_backprop_session();
    const double J = current_J(session);

    SurfaceSpec picked;
    picked.mode = SurfaceMode::PickedWeights;
    picked.resolution = 33;
    picked.first = {1, 0, 2};   // Θ⁽²⁾₁₂
    picked.second = {0, 3, 0};  // Θ⁽¹⁾ bias of unit 4
    SurfaceSpec random;
    random.resolution = 32;     // even: sampled as 33 so that the centre is a grid point
    random.span = 0.5;
    random.direction_seed = 7;

    for (const SurfaceSpec& spec : {picked, random}) {
        const SurfaceSampler sampler = sample(spec, session.network(), session.train_set(), session.config().train);
        const SurfaceGrid& grid = sampler.grid();
        const int c = grid.centre();
        REQUIRE(grid.resolution == 33);
        REQUIRE(grid.centre_loss == J);
        REQUIRE(grid.at(c, c) == J);
        REQUIRE(grid.min <= J);
        REQUIRE(grid.max >= J);
        if (spec.mode == SurfaceMode::PickedWeights) {
            REQUIRE(grid.axis_u[static_cast<size_t>(c)] == session.network().theta[1](0, 2));
            REQUIRE(grid.axis_v[static_cast<size_t>(c)] == session.network().theta[0](3, 0));
            REQUIRE(grid.axis_u.front() == Approx(session.network().theta[1](0, 2) - 1.0));
        } else {
            REQUIRE(grid.axis_u[static_cast<size_t>(c)] == 0.0);
            REQUIRE(grid.axis_u.front() == -0.5);
            REQUIRE(grid.axis_v.back() == 0.5);
        }
        // The offsets are symmetric about the centre: uₖ = −u₍ₙ₋₁₋ₖ₎ (exactly, before adding a weight's value).
        for (int k = 0; k < grid.resolution; ++k) {
            const double left = grid.axis_u[static_cast<size_t>(k)] - grid.axis_u[static_cast<size_t>(c)];
            const double right = grid.axis_u[static_cast<size_t>(grid.resolution - 1 - k)] - grid.axis_u[static_cast<size_t>(c)];
            if (spec.mode == SurfaceMode::RandomDirections) REQUIRE(left == -right);
            REQUIRE(left == Approx(-right).margin(1e-12));
        }
    }
}

TEST_CASE("a penalty term is part of J on the surface, as in core::objective", "[surface]") {
    Session session = trained_backprop_session();
    core::TrainConfig config = session.config().train;
    config.regularization = core::Regularization::L2;
    config.lambda = 0.01;
    std::vector<int> all(static_cast<size_t>(session.train_set().count()));
    std::iota(all.begin(), all.end(), 0);
    SurfaceSpec spec;
    SurfaceSampler sampler;
    REQUIRE(sampler.start(spec, session.network(), session.train_set(), config));
    REQUIRE(sampler.grid().centre_loss == core::objective(session.network(), config, session.train_set(), all));
    REQUIRE(sampler.grid().centre_loss > current_J(session));
}

TEST_CASE("sampling works on a copy: the session's network is untouched", "[surface]") {
    Session session = trained_backprop_session();
    const uint64_t before = core::weights_hash(session.network());
    const double J_before = session.current().train_loss;
    for (SurfaceMode mode : {SurfaceMode::PickedWeights, SurfaceMode::RandomDirections}) {
        SurfaceSpec spec;
        spec.mode = mode;
        spec.resolution = 32;
        spec.span = 3.0;
        sample(spec, session.network(), session.train_set(), session.config().train);
    }
    REQUIRE(core::weights_hash(session.network()) == before);
    REQUIRE(session.current().train_loss == J_before);
}

TEST_CASE("the exact surfaces match their closed forms J(w, b)", "[surface][exact]") {
    for (ExactKind kind : {ExactKind::LinearRegression, ExactKind::Logistic}) {
        INFO("kind " << static_cast<int>(kind));
        const ExactProblem problem = make_exact_problem(kind);
        REQUIRE(problem.data.count() == 100);
        SurfaceSpec spec;
        spec.mode = SurfaceMode::ExactTwoParameter;
        spec.resolution = 41;
        spec.span = 3.0;
        const SurfaceSampler sampler = sample(spec, problem.network(1.0, 0.5), problem.data, problem.config);
        const SurfaceGrid& grid = sampler.grid();
        REQUIRE(grid.axis_u[20] == 1.0);  // u is w …
        REQUIRE(grid.axis_v[20] == 0.5);  // … and v is b
        REQUIRE(grid.centre_loss == Approx(exact_loss(problem, 1.0, 0.5)).epsilon(1e-12));
        core::Rng rng(99);
        for (int trial = 0; trial < 60; ++trial) {
            const int row = rng.below(grid.resolution), column = rng.below(grid.resolution);
            const double w = grid.axis_u[static_cast<size_t>(column)], b = grid.axis_v[static_cast<size_t>(row)];
            INFO("w = " << w << ", b = " << b);
            REQUIRE(grid.at(row, column) == Approx(exact_loss(problem, w, b)).epsilon(1e-12));
        }
    }
    // The regression's closed form, written out once more for one point: 1/(2m) Σ (w xᵢ + b − yᵢ)².
    const ExactProblem problem = make_exact_problem(ExactKind::LinearRegression);
    double sum = 0.0;
    for (int i = 0; i < problem.data.count(); ++i) {
        const double r = -0.5 * problem.data.x_row(i)[0] + 2.0 - problem.data.y_row(i)[0];
        sum += r * r;
    }
    REQUIRE(exact_loss(problem, -0.5, 2.0) == Approx(sum / 200.0).epsilon(1e-14));
}

TEST_CASE("filter normalization gives each direction row the norm of Θ's row, and no bias", "[surface]") {
    const Session session = trained_backprop_session();
    const std::vector<core::Matrix>& theta = session.network().theta;
    Direction d1, d2;
    random_directions(theta, 3, d1, d2);
    REQUIRE(d1.size() == theta.size());
    for (const Direction* d : {&d1, &d2}) {
        for (size_t l = 0; l < theta.size(); ++l) {
            REQUIRE((*d)[l].rows == theta[l].rows);
            REQUIRE((*d)[l].cols == theta[l].cols);
            for (int i = 0; i < theta[l].rows; ++i) {
                REQUIRE((*d)[l](i, 0) == 0.0);
                REQUIRE(filter_norm(theta[l], i) > 0.0);
                REQUIRE(filter_norm((*d)[l], i) == Approx(filter_norm(theta[l], i)).epsilon(1e-12));
            }
        }
    }
    REQUIRE(flatten(d1) != flatten(d2));
    Direction again1, again2, other1, other2;
    random_directions(theta, 3, again1, again2);
    random_directions(theta, 4, other1, other2);
    REQUIRE(flatten(again1) == flatten(d1));  // the seed fixes the plane
    REQUIRE(flatten(other1) != flatten(d1));
}

TEST_CASE("projection recovers (u, v) in the plane of non-orthogonal directions", "[surface]") {
    const Session session = trained_backprop_session();
    SurfaceSpec spec;
    SurfaceSampler sampler;
    REQUIRE(sampler.start(spec, session.network(), session.train_set(), session.config().train));
    const std::vector<double> centre = flatten(session.network().theta);
    const std::vector<double> d1 = flatten(sampler.direction(1)), d2 = flatten(sampler.direction(2));
    REQUIRE(std::fabs(dot(d1, d2)) > 1e-3 * std::sqrt(dot(d1, d1) * dot(d2, d2)));  // really not orthogonal

    std::vector<double> point = centre;
    for (size_t k = 0; k < point.size(); ++k) point[k] += 0.3 * d1[k] - 0.2 * d2[k];
    double u = 0.0, v = 0.0;
    REQUIRE(sampler.project(point, u, v));
    REQUIRE(u == Approx(0.3).margin(1e-12));
    REQUIRE(v == Approx(-0.2).margin(1e-12));

    // Off the plane: the residual of the least-squares fit is orthogonal to d₁ and d₂.
    core::Rng rng(5);
    for (double& w : point) w += 0.1 * rng.normal();
    REQUIRE(sampler.project(point, u, v));
    std::vector<double> residual(point.size());
    for (size_t k = 0; k < point.size(); ++k) residual[k] = point[k] - centre[k] - u * d1[k] - v * d2[k];
    REQUIRE(std::fabs(dot(residual, d1)) < 1e-10);
    REQUIRE(std::fabs(dot(residual, d2)) < 1e-10);
    REQUIRE_FALSE(sampler.project(std::vector<double>(3, 0.0), u, v));  // wrong length

    // Picked weights: the plane coordinates are just the two weights' values.
    SurfaceSpec picked;
    picked.mode = SurfaceMode::PickedWeights;
    picked.first = {2, 0, 1};   // Θ⁽³⁾₁₁: after Θ⁽¹⁾ (4×3 = 12) and Θ⁽²⁾ (2×5 = 10) → flat index 23
    picked.second = {0, 1, 2};  // Θ⁽¹⁾₂₂ → flat index 1·3 + 2 = 5
    REQUIRE(sampler.start(picked, session.network(), session.train_set(), session.config().train));
    REQUIRE(sampler.project(point, u, v));
    REQUIRE(u == point[23]);
    REQUIRE(v == point[5]);
}

TEST_CASE("advance() in small budgets gives exactly the grid of one big call", "[surface]") {
    const Session session = trained_backprop_session();
    SurfaceSpec spec;
    spec.resolution = 32;
    spec.direction_seed = 11;
    const SurfaceSampler at_once = sample(spec, session.network(), session.train_set(), session.config().train);

    SurfaceSampler spread;
    REQUIRE(spread.start(spec, session.network(), session.train_set(), session.config().train));
    double last_progress = spread.progress();
    REQUIRE(last_progress == 0.0);
    int frames = 0;
    while (!spread.advance(7)) {
        REQUIRE(spread.progress() > last_progress);
        last_progress = spread.progress();
        ++frames;
    }
    REQUIRE(frames == (33 * 33 + 6) / 7 - 1);
    REQUIRE(spread.progress() == 1.0);
    const SurfaceGrid& a = at_once.grid();
    const SurfaceGrid& b = spread.grid();
    REQUIRE(b.values == a.values);
    REQUIRE(b.min == a.min);
    REQUIRE(b.max == a.max);
    REQUIRE(b.min_index == a.min_index);
    REQUIRE(a.values[static_cast<size_t>(a.min_index)] == a.min);
    for (double J : a.values) {
        REQUIRE(J >= a.min);
        REQUIRE(J <= a.max);
    }
    REQUIRE(spread.advance(100));  // done stays done
    REQUIRE(spread.grid().computed == 33 * 33);
}

TEST_CASE("resolution is clamped and reported; specs that do not fit are refused", "[surface]") {
    const Session session = trained_backprop_session();
    const core::Network& net = session.network();
    const core::TrainConfig& config = session.config().train;
    SurfaceSampler sampler;
    SurfaceSpec spec;
    const std::pair<int, int> cases[] = {{10, 33}, {64, 65}, {65, 65}, {127, 127}, {500, 129}};
    for (const auto& [requested, effective] : cases) {
        spec.resolution = requested;
        REQUIRE(sampler.start(spec, net, session.train_set(), config));
        REQUIRE(sampler.grid().resolution == effective);
        REQUIRE(sampler.spec().resolution == effective);
        REQUIRE(sampler.note().empty() == (requested == effective));
    }
    spec.mode = SurfaceMode::PickedWeights;
    spec.first = spec.second = {1, 1, 1};
    REQUIRE_FALSE(sampler.start(spec, net, session.train_set(), config));
    REQUIRE_FALSE(sampler.error().empty());
    REQUIRE(sampler.advance(10));  // nothing to do
    spec.second = {1, 2, 0};       // Θ⁽²⁾ has 2 rows
    REQUIRE_FALSE(sampler.start(spec, net, session.train_set(), config));
    spec.second = {0, 0, 0};
    REQUIRE(sampler.start(spec, net, session.train_set(), config));
    spec.span = 0.0;
    REQUIRE_FALSE(sampler.start(spec, net, session.train_set(), config));
    spec.mode = SurfaceMode::ExactTwoParameter;
    spec.span = 1.0;
    REQUIRE_FALSE(sampler.start(spec, net, session.train_set(), config));  // not a 1→1 network
}

TEST_CASE("the progressive order visits every cell once, coarse to fine", "[surface]") {
    for (const auto& [n, first_stride] : {std::pair<int, int>{33, 2}, {65, 4}, {129, 8}}) {
        INFO("n = " << n);
        const ProgressiveOrder p = progressive_order(n);
        REQUIRE(p.order.size() == static_cast<size_t>(n * n));
        REQUIRE(p.stride.size() == p.order.size());
        std::vector<int> seen(static_cast<size_t>(n * n), 0);
        for (int cell : p.order) ++seen[static_cast<size_t>(cell)];
        REQUIRE(std::count(seen.begin(), seen.end(), 1) == n * n);
        REQUIRE(p.stride.front() == first_stride);
        REQUIRE((n - 1) / first_stride + 1 == 17);  // the first level: 17 × 17, the panel's "16 × 16" intervals
        for (size_t k = 0; k < p.order.size(); ++k) {
            const int r = p.order[k] / n, c = p.order[k] % n, s = p.stride[k];
            REQUIRE(r % s == 0);
            REQUIRE(c % s == 0);
            if (k > 0) REQUIRE(s <= p.stride[k - 1]);  // never coarser again
            if (s < first_stride) REQUIRE((r % (2 * s) != 0 || c % (2 * s) != 0));  // not a coarser level's
        }
    }
}

TEST_CASE("the first level shows the whole picture; a recentre keeps it until overwritten", "[surface]") {
    const Session session = trained_backprop_session();
    SurfaceSpec spec;
    spec.resolution = 64;
    SurfaceSampler sampler;
    REQUIRE(sampler.start(spec, session.network(), session.train_set(), session.config().train));
    const SurfaceGrid& grid = sampler.grid();
    REQUIRE(std::all_of(grid.values.begin(), grid.values.end(), [](double J) { return std::isnan(J); }));
    sampler.advance(17 * 17);  // the 16 × 16 level
    REQUIRE(grid.computed == 17 * 17);
    REQUIRE(std::none_of(grid.values.begin(), grid.values.end(), [](double J) { return std::isnan(J); }));
    for (const auto& [r, k] : {std::pair<int, int>{2, 6}, {5, 9}, {3, 7}})
        REQUIRE(grid.at(r, k) == grid.at(4, 8));  // one coarse cell stands for the 4 × 4 block around it
    REQUIRE(grid.at(6, 10) == grid.at(8, 12));
    sampler.advance(1 << 30);
    const std::vector<double> complete = grid.values;
    REQUIRE(complete != std::vector<double>(complete.size(), complete[0]));

    REQUIRE(sampler.start(spec, session.network(), session.train_set(), session.config().train));  // a recentre
    REQUIRE(sampler.grid().computed == 0);
    REQUIRE(sampler.grid().values == complete);  // the previous picture until the new one replaces it
    spec.direction_seed = 2;  // another plane: no preview of the old one
    REQUIRE(sampler.start(spec, session.network(), session.train_set(), session.config().train));
    REQUIRE(std::isnan(sampler.grid().values[0]));
}
