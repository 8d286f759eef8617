#include "optimizer.h"

#include <cmath>

namespace core {
namespace {

std::vector<Matrix> zeros_like_shapes(const std::vector<Matrix>& theta) {
    std::vector<Matrix> zeros;
    for (const Matrix& t : theta) zeros.emplace_back(t.rows, t.cols);
    return zeros;
}

}  // namespace

OptimizerConfig::OptimizerConfig() {
    for (const HyperParameter& p : kHyperParameters) this->*p.field = p.fallback;
}

const HyperParameter* hyper_parameter(double OptimizerConfig::*field) {
    for (const HyperParameter& p : kHyperParameters)
        if (p.field == field) return &p;
    return nullptr;
}

void reset_optimizer(OptimizerState& state, const std::vector<Matrix>& theta) {
    state.velocity.clear();
    state.second.clear();
    for (const Matrix& t : theta) {
        state.velocity.emplace_back(t.rows, t.cols);
        state.second.emplace_back(t.rows, t.cols);
    }
    state.steps = 0;
    state.beta1_t = 1.0;
    state.beta2_t = 1.0;
}

double learning_rate_at(const OptimizerConfig& config, long long epoch) {
    if (config.schedule == Schedule::Constant || config.decay_every <= 0) return config.alpha;
    double alpha = config.alpha;
    for (long long drops = epoch / config.decay_every; drops > 0; --drops) alpha *= config.decay_factor;
    return alpha;
}

void optimizer_step(const OptimizerConfig& config, double alpha, OptimizerState& state, std::vector<Matrix>& theta,
                    const std::vector<Matrix>& dtheta, std::vector<Matrix>* applied) {
    if (state.velocity.size() != theta.size()) reset_optimizer(state, theta);
    if (applied && applied->size() != theta.size()) *applied = zeros_like_shapes(theta);
    ++state.steps;
    state.beta1_t *= config.beta1;
    state.beta2_t *= config.beta2;
    // bias corrections for Adam: m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ)
    const double c1 = 1.0 - state.beta1_t;
    const double c2 = 1.0 - state.beta2_t;
    for (size_t l = 0; l < theta.size(); ++l) {
        double* w = theta[l].v.data();
        const double* g = dtheta[l].v.data();
        double* m = state.velocity[l].v.data();
        double* v = state.second[l].v.data();
        double* step_out = applied ? (*applied)[l].v.data() : nullptr;
        const size_t n = theta[l].v.size();
        // ΔΘ of weight k by the rule; the rule is chosen once per layer, so each loop is straight-line (SIMD).
        const auto apply = [&](auto step_of) {
            if (step_out)
                for (size_t k = 0; k < n; ++k) {
                    const double step = step_of(k);
                    w[k] += step;
                    step_out[k] = step;
                }
            else
                for (size_t k = 0; k < n; ++k) w[k] += step_of(k);
        };
        switch (config.kind) {
            case OptimizerKind::SGD:
                apply([&](size_t k) { return -(alpha * g[k]); });  // Θ := Θ − α ∂J/∂Θ
                break;
            case OptimizerKind::Momentum:
                apply([&](size_t k) {
                    m[k] = config.momentum * m[k] - alpha * g[k];  // v := μ v − α g
                    return m[k];                                   // Θ := Θ + v
                });
                break;
            case OptimizerKind::Adam:
                apply([&](size_t k) {
                    m[k] = config.beta1 * m[k] + (1.0 - config.beta1) * g[k];
                    v[k] = config.beta2 * v[k] + (1.0 - config.beta2) * g[k] * g[k];
                    return -(alpha * (m[k] / c1) / (std::sqrt(v[k] / c2) + config.epsilon));
                });
                break;
            case OptimizerKind::RMSProp:
                apply([&](size_t k) {
                    v[k] = config.rho * v[k] + (1.0 - config.rho) * g[k] * g[k];  // s := ρ s + (1 − ρ) g²
                    return -(alpha * g[k] / (std::sqrt(v[k]) + config.epsilon));  // Θ := Θ − α g / (√s + ε)
                });
                break;
        }
    }
}

}  // namespace core
