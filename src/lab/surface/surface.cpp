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

double& weight_at(std::vector<core::Matrix>& theta, const WeightRef& w) { return theta[static_cast<size_t>(w.layer)](w.i, w.j); }
double weight_at(const std::vector<core::Matrix>& theta, const WeightRef& w) {
    return theta[static_cast<size_t>(w.layer)](w.i, w.j);
}

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

ProgressiveOrder progressive_order(int n) {
    ProgressiveOrder result;
    if (n <= 0) return result;
    int first = 1;
    while ((n - 1) / (2 * first) >= 16) first *= 2;
    for (int stride = first; stride >= 1; stride /= 2) {
        for (int r = 0; r < n; r += stride)
            for (int k = 0; k < n; k += stride) {
                const bool earlier = stride < first && r % (2 * stride) == 0 && k % (2 * stride) == 0;
                if (earlier) continue;  // computed by a coarser level
                result.order.push_back(r * n + k);
                result.stride.push_back(stride);
            }
    }
    return result;
}

bool SurfaceSampler::start(const SurfaceSpec& spec, const core::Network& network, const core::Dataset& data,
                           const core::TrainConfig& config) {
    const SurfaceSpec previous = spec_;
    const int resolution = std::clamp(spec.resolution, kMinSurfaceResolution, kMaxSurfaceResolution) | 1;
    const bool recentre = started_ && spec.mode == previous.mode && spec.span == previous.span &&
                          resolution == previous.resolution && spec.direction_seed == previous.direction_seed &&
                          spec.first.layer == previous.first.layer && spec.first.i == previous.first.i &&
                          spec.first.j == previous.first.j && spec.second.layer == previous.second.layer &&
                          spec.second.i == previous.second.i && spec.second.j == previous.second.j &&
                          network.weight_count() == weight_count_;
    std::vector<double> preview = recentre ? std::move(grid_.values) : std::vector<double>{};
    spec_ = spec;
    note_.clear();
    error_.clear();
    d1_.clear();
    d2_.clear();
    if (network.theta.empty()) return fail("the network has no weights");
    if (data.count() == 0) return fail("no data to evaluate J on");
    if (!std::isfinite(spec.span) || spec.span <= 0.0) return fail("the span must be a positive number");

    const int requested = spec.resolution;
    spec_.resolution = resolution;  // even n → n + 1
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
        // Θ_c + u·d₁ + v·d₂ with unit directions: the weight becomes (Θ_c's value + u) + 0, the axis value itself
        d1_ = core::zeros_like(network.theta);
        d2_ = core::zeros_like(network.theta);
        weight_at(d1_, spec_.first) = 1.0;
        weight_at(d2_, spec_.second) = 1.0;
    } else {
        random_directions(network.theta, spec_.direction_seed, d1_, d2_);
        projector_ = PlaneProjector(network.theta, d1_, d2_);
    }
    plane_.prepare(network, d1_, d2_, config, data);
    weight_count_ = network.weight_count();

    const int n = spec_.resolution;
    const int c = n / 2;
    grid_ = SurfaceGrid{};
    grid_.resolution = n;
    grid_.span = spec_.span;
    const size_t cells = static_cast<size_t>(n) * n;
    if (preview.size() == cells) grid_.values = std::move(preview);
    else grid_.values.assign(cells, std::numeric_limits<double>::quiet_NaN());
    const bool absolute = spec_.mode != SurfaceMode::RandomDirections;
    const double u0 = absolute ? weight_at(network.theta, spec_.first) : 0.0;
    const double v0 = absolute ? weight_at(network.theta, spec_.second) : 0.0;
    offsets_.clear();
    for (int k = 0; k < n; ++k) {
        const double offset = spec_.span * static_cast<double>(k - c) / c;  // uₖ = span·(k − c)/c: exactly 0 at k = c
        offsets_.push_back(offset);
        grid_.axis_u.push_back(u0 + offset);
        grid_.axis_v.push_back(v0 + offset);
    }
    if (order_.order.size() != cells) order_ = progressive_order(n);
    grid_.centre_loss = surface_objective(network, config, data, cache_);
    started_ = true;
    return true;
}

void SurfaceSampler::store(int cell, int stride, double J) {
    const int n = grid_.resolution;
    const int row = cell / n, column = cell % n;
    // the block of finer levels' cells around it: rows and columns from −stride/2 to stride/2 − 1 of its own
    const int half = stride / 2;
    for (int r = std::max(0, row - half); r < std::min(n, row + stride - half); ++r)
        for (int k = std::max(0, column - half); k < std::min(n, column + stride - half); ++k)
            grid_.values[static_cast<size_t>(r) * n + k] = J;
    ++grid_.computed;
    if (!std::isfinite(J)) return;
    if (grid_.min_index < 0) grid_.max = J;  // the first finite value starts both ends
    if (grid_.min_index < 0 || J < grid_.min) {
        grid_.min = J;
        grid_.min_index = cell;
    }
    grid_.max = std::max(grid_.max, J);
}

bool SurfaceSampler::advance(int max_evaluations) {
    if (!started_) return true;
    const int n = grid_.resolution;
    for (int budget = max_evaluations; budget > 0 && grid_.computed < cell_count(); --budget) {
        const size_t k = static_cast<size_t>(grid_.computed);
        const int cell = order_.order[k];
        const double u = offsets_[static_cast<size_t>(cell % n)], v = offsets_[static_cast<size_t>(cell / n)];
        store(cell, order_.stride[k], plane_.evaluate(u, v));
    }
    return done();
}

double SurfaceSampler::progress() const {
    if (!started_) return 0.0;
    return static_cast<double>(grid_.computed) / cell_count();
}

int SurfaceSampler::detail() const {
    if (!started_ || grid_.computed == 0) return 0;
    const int n = grid_.resolution;
    if (done()) return n;
    const int next = order_.stride[static_cast<size_t>(grid_.computed)];  // the level under way
    return next == order_.stride.front() ? 0 : (n - 1) / (2 * next) + 1;
}

bool SurfaceSampler::project(const std::vector<double>& theta_flat, double& u, double& v) const {
    u = v = 0.0;
    if (!started_) return false;
    if (spec_.mode == SurfaceMode::RandomDirections) return projector_.project(theta_flat, u, v);
    if (theta_flat.size() != static_cast<size_t>(weight_count_)) return false;
    u = theta_flat[flat_first_];
    v = theta_flat[flat_second_];
    return true;
}

}  // namespace lab
