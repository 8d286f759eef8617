#include "lab/teach/unit_health.h"

#include <algorithm>
#include <cmath>

namespace lab {

const UnitHealthInfo& unit_health_info(UnitHealth kind) { return kUnitHealth[static_cast<size_t>(kind)]; }

int NetworkHealth::count(UnitHealth kind) const {
    int n = 0;
    for (const auto& layer : units) n += static_cast<int>(std::count(layer.begin(), layer.end(), kind));
    return n;
}

bool can_saturate(core::Activation g) {
    const core::ActivationInfo& info = core::activation_info(g);
    return info.range != core::ValueRange::Unbounded && info.gives_gradient && !info.whole_layer;
}

bool can_die(core::Activation g) { return g == core::Activation::ReLU; }

NetworkHealth network_health(const core::Network& net, const core::Dataset& data, core::Loss loss) {
    NetworkHealth health;
    const int L = net.layer_count();
    health.units.resize(static_cast<size_t>(L));
    for (int l = 0; l < L; ++l)
        health.units[static_cast<size_t>(l)].assign(static_cast<size_t>(net.sizes[static_cast<size_t>(l)]),
                                                     UnitHealth::Healthy);
    health.layers.resize(net.theta.size());
    const int m = std::min(data.count(), kHealthExamples);
    health.examples = m;
    if (m == 0 || data.n_in != net.sizes[0] || data.n_out != net.sizes.back()) return health;

    // per hidden unit: examples with z > 0, examples with |g′(z)| < kSaturatedSlope
    std::vector<std::vector<int>> positive(static_cast<size_t>(L)), flat(static_cast<size_t>(L));
    std::vector<double> delta_sum(net.theta.size(), 0.0);
    for (int l = 0; l < L; ++l) {
        positive[static_cast<size_t>(l)].assign(static_cast<size_t>(net.sizes[static_cast<size_t>(l)]), 0);
        flat[static_cast<size_t>(l)].assign(static_cast<size_t>(net.sizes[static_cast<size_t>(l)]), 0);
    }
    std::vector<core::Matrix> dtheta = core::zeros_like(net.theta);
    core::Cache cache;
    core::resize_cache(net, cache);
    for (int i = 0; i < m; ++i) {
        core::forward(net, data.x_row(i), cache);
        core::backward(net, data.y_row(i), loss, cache, dtheta);
        for (int l = 1; l < L; ++l) {
            const auto& z = cache.z[static_cast<size_t>(l)];
            const auto& a = cache.a[static_cast<size_t>(l)];
            const core::Activation g = net.activation_of(l);
            for (size_t j = 0; j < z.size(); ++j) {
                if (z[j] > 0) ++positive[static_cast<size_t>(l)][j];
                if (g != core::Activation::Softmax &&
                    std::fabs(core::activate_derivative(g, z[j], a[j])) < kSaturatedSlope)
                    ++flat[static_cast<size_t>(l)][j];
            }
            for (double d : cache.delta[static_cast<size_t>(l)]) delta_sum[static_cast<size_t>(l - 1)] += std::fabs(d);
        }
    }
    for (size_t l = 0; l < net.theta.size(); ++l) {
        double squares = 0.0;
        const core::Matrix& d = dtheta[l];
        for (double sum : d.v) {
            const double mean = sum / m;  // backward() adds over the examples: ∂J/∂Θ of the mean loss
            squares += mean * mean;
        }
        health.layers[l].theta_norm = std::sqrt(squares);  // correctly rounded on every platform
        health.layers[l].mean_abs_delta = delta_sum[l] / (static_cast<double>(m) * net.sizes[l + 1]);
    }
    for (int l = 1; l + 1 < L; ++l) {  // hidden layers only
        const core::Activation g = net.hidden;
        for (size_t j = 0; j < health.units[static_cast<size_t>(l)].size(); ++j) {
            UnitHealth& unit = health.units[static_cast<size_t>(l)][j];
            if (can_die(g) && positive[static_cast<size_t>(l)][j] == 0) unit = UnitHealth::Dead;
            else if (can_saturate(g) && 2 * flat[static_cast<size_t>(l)][j] > m) unit = UnitHealth::Saturated;
        }
    }
    return health;
}

HealthComparison compare_health(const core::Network& net, const core::Dataset& data, core::Loss loss) {
    HealthComparison out;
    out.net = network_health(net, data, loss);
    out.compared_g = net.hidden == core::Activation::ReLU ? core::Activation::Sigmoid : core::Activation::ReLU;
    core::Network other = net;
    other.hidden = out.compared_g;
    out.compared = network_health(other, data, loss);
    return out;
}

}  // namespace lab
