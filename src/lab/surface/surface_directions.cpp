#include "lab/surface/surface_directions.h"

#include <cmath>

#include "core/rng.h"

namespace lab {
namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0.0;
    for (size_t k = 0; k < a.size(); ++k) sum += a[k] * b[k];
    return sum;
}

}  // namespace

double filter_norm(const core::Matrix& theta, int row) {
    const double* w = theta.row(row);
    double sum = 0.0;
    for (int j = 1; j < theta.cols; ++j) sum += w[j] * w[j];
    return std::sqrt(sum);  // sqrt is exactly rounded by IEEE 754: the same on every platform
}

void filter_normalize(Direction& d, const std::vector<core::Matrix>& theta) {
    for (size_t l = 0; l < d.size() && l < theta.size(); ++l) {
        for (int i = 0; i < d[l].rows; ++i) {
            double* di = d[l].row(i);
            di[0] = 0.0;  // bias: not part of the plane (Li et al. set bias directions to zero)
            const double norm = filter_norm(d[l], i);
            const double scale = norm > 0.0 ? filter_norm(theta[l], i) / norm : 0.0;
            for (int j = 1; j < d[l].cols; ++j) di[j] *= scale;
        }
    }
}

void random_directions(const std::vector<core::Matrix>& theta, uint64_t seed, Direction& d1, Direction& d2) {
    core::Rng rng(seed);
    for (Direction* d : {&d1, &d2}) {
        d->clear();
        for (const core::Matrix& t : theta) {
            core::Matrix m(t.rows, t.cols);
            for (double& value : m.v) value = rng.normal();  // d ~ N(0, 1) per weight, biases included (then zeroed)
            d->push_back(std::move(m));
        }
        filter_normalize(*d, theta);
    }
}

std::vector<double> flatten(const std::vector<core::Matrix>& theta) {
    std::vector<double> flat;
    for (const core::Matrix& t : theta) flat.insert(flat.end(), t.v.begin(), t.v.end());
    return flat;
}

PlaneProjector::PlaneProjector(const std::vector<core::Matrix>& centre, const Direction& d1, const Direction& d2)
    : centre_(flatten(centre)), d1_(flatten(d1)), d2_(flatten(d2)) {
    g11_ = dot(d1_, d1_);
    g12_ = dot(d1_, d2_);
    g22_ = dot(d2_, d2_);
}

bool PlaneProjector::project(const std::vector<double>& theta_flat, double& u, double& v) const {
    u = v = 0.0;
    const double det = g11_ * g22_ - g12_ * g12_;
    if (theta_flat.size() != centre_.size() || centre_.empty() || !(det > 0.0)) return false;
    double r1 = 0.0, r2 = 0.0;  // d₁·Δ and d₂·Δ
    for (size_t k = 0; k < centre_.size(); ++k) {
        const double delta = theta_flat[k] - centre_[k];
        r1 += d1_[k] * delta;
        r2 += d2_[k] * delta;
    }
    // Cramer's rule: u = (g₂₂ r₁ − g₁₂ r₂) / det,  v = (g₁₁ r₂ − g₁₂ r₁) / det
    u = (g22_ * r1 - g12_ * r2) / det;
    v = (g11_ * r2 - g12_ * r1) / det;
    return true;
}

}  // namespace lab
