#include "lab/surface/surface.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/regularization.h"

namespace lab {
namespace {

bool weight_exists(const core::Network& net, const WeightRef& w) {
    if (w.layer < 0 || w.layer >= static_cast<int>(net.theta.size())) return false;
    const core::Matrix& t = net.theta[static_cast<size_t>(w.layer)];
    return w.i >= 0 && w.i < t.rows && w.j >= 0 && w.j < t.cols;
}

// Position of Θᵢⱼ⁽ˡ⁺¹⁾ in flatten(Θ): all earlier layers, then i rows of s_l + 1 columns, then j.
size_t flat_index(const core::Network& net, const WeightRef& w) {
    size_t index = 0;
    for (int l = 0; l < w.layer; ++l) index += net.theta[static_cast<size_t>(l)].v.size();
    return index + static_cast<size_t>(w.i) * net.theta[static_cast<size_t>(w.layer)].cols + w.j;
}

double& weight_at(core::Network& net, const WeightRef& w) { return net.theta[static_cast<size_t>(w.layer)](w.i, w.j); }

std::string describe(const WeightRef& w) {
    return "Θ" + std::to_string(w.i + 1) + "," + std::to_string(w.j) + " of layer " + std::to_string(w.layer + 1);
}

}  // namespace

double surface_objective(const core::Network& net, const core::TrainConfig& config, const core::Dataset& data,
                         core::Batch& cache) {
    // J = (1/m) Σ Lᵢ + λ R(Θ); the same operations in the same order as core::objective over examples 0..m−1.
    return core::evaluate(net, config.loss, data, cache).loss +
           config.lambda * core::penalty(config.regularization, net.theta);
}

bool SurfaceSampler::fail(const std::string& message) {
    started_ = false;
    error_ = message;
    grid_ = SurfaceGrid{};
    return false;
}

bool SurfaceSampler::start(const SurfaceSpec& spec, const core::Network& network, const core::Dataset& data,
                           const core::TrainConfig& config) {
    spec_ = spec;
    note_.clear();
    error_.clear();
    d1_.clear();
    d2_.clear();
    if (network.theta.empty()) return fail("the network has no weights");
    if (data.count() == 0) return fail("no data to evaluate J on");
    if (!std::isfinite(spec.span) || spec.span <= 0.0) return fail("the span must be a positive number");

    const int requested = spec.resolution;
    spec_.resolution = std::clamp(requested, kMinSurfaceResolution, kMaxSurfaceResolution) | 1;  // even n → n + 1
    if (spec_.resolution != requested)
        note_ = "resolution " + std::to_string(requested) + " sampled as " + std::to_string(spec_.resolution) + " × " +
                std::to_string(spec_.resolution) + " (allowed 32..128, made odd so that Θ is the centre cell)";

    if (spec.mode == SurfaceMode::ExactTwoParameter) {
        if (network.sizes != std::vector<int>{1, 1}) return fail("the exact surface needs the 1→1 network (w, b)");
        spec_.first = {0, 0, 1};   // w = Θ₁₁
        spec_.second = {0, 0, 0};  // b = Θ₁₀
    }
    if (spec_.mode != SurfaceMode::RandomDirections) {
        if (!weight_exists(network, spec_.first)) return fail("no weight " + describe(spec_.first));
        if (!weight_exists(network, spec_.second)) return fail("no weight " + describe(spec_.second));
        flat_first_ = flat_index(network, spec_.first);
        flat_second_ = flat_index(network, spec_.second);
        if (flat_first_ == flat_second_) return fail("pick two different weights");
    } else {
        random_directions(network.theta, spec_.direction_seed, d1_, d2_);
        projector_ = PlaneProjector(network.theta, d1_, d2_);
    }

    centre_ = network;
    scratch_ = network;
    data_ = data;
    config_ = config;

    const int n = spec_.resolution;
    const int c = n / 2;
    grid_ = SurfaceGrid{};
    grid_.resolution = n;
    grid_.span = spec_.span;
    grid_.values.assign(static_cast<size_t>(n) * n, std::numeric_limits<double>::quiet_NaN());
    const bool absolute = spec_.mode != SurfaceMode::RandomDirections;
    const double u0 = absolute ? weight_at(centre_, spec_.first) : 0.0;
    const double v0 = absolute ? weight_at(centre_, spec_.second) : 0.0;
    for (int k = 0; k < n; ++k) {
        const double offset = spec_.span * static_cast<double>(k - c) / c;  // uₖ = span·(k − c)/c: exactly 0 at k = c
        grid_.axis_u.push_back(u0 + offset);
        grid_.axis_v.push_back(v0 + offset);
    }
    grid_.centre_loss = surface_objective(centre_, config_, data_, cache_);
    started_ = true;
    return true;
}

double SurfaceSampler::evaluate(double u, double v) {
    if (spec_.mode != SurfaceMode::RandomDirections) {
        // Picked weights: the plane coordinates are the two weights themselves; everything else stays Θ_c.
        weight_at(scratch_, spec_.first) = u;
        weight_at(scratch_, spec_.second) = v;
    } else {
        for (size_t l = 0; l < scratch_.theta.size(); ++l) {
            const std::vector<double>& c = centre_.theta[l].v;
            const std::vector<double>& a = d1_[l].v;
            const std::vector<double>& b = d2_[l].v;
            std::vector<double>& w = scratch_.theta[l].v;
            for (size_t k = 0; k < w.size(); ++k) w[k] = c[k] + u * a[k] + v * b[k];  // Θ_c + u·d₁ + v·d₂
        }
    }
    return surface_objective(scratch_, config_, data_, cache_);
}

bool SurfaceSampler::advance(int max_evaluations) {
    if (!started_) return true;
    const int n = grid_.resolution;
    for (int budget = max_evaluations; budget > 0 && grid_.computed < cell_count(); --budget) {
        const int cell = grid_.computed;
        const int row = cell / n, column = cell % n;
        const double J = evaluate(grid_.axis_u[static_cast<size_t>(column)], grid_.axis_v[static_cast<size_t>(row)]);
        grid_.values[static_cast<size_t>(cell)] = J;
        ++grid_.computed;
        if (!std::isfinite(J)) continue;
        if (grid_.min_index < 0) grid_.max = J;  // the first finite value starts both ends
        if (grid_.min_index < 0 || J < grid_.min) {
            grid_.min = J;
            grid_.min_index = cell;
        }
        grid_.max = std::max(grid_.max, J);
    }
    return done();
}

double SurfaceSampler::progress() const {
    if (!started_) return 0.0;
    return static_cast<double>(grid_.computed) / cell_count();
}

bool SurfaceSampler::project(const std::vector<double>& theta_flat, double& u, double& v) const {
    u = v = 0.0;
    if (!started_) return false;
    if (spec_.mode == SurfaceMode::RandomDirections) return projector_.project(theta_flat, u, v);
    if (theta_flat.size() != static_cast<size_t>(centre_.weight_count())) return false;
    u = theta_flat[flat_first_];
    v = theta_flat[flat_second_];
    return true;
}

}  // namespace lab
