#include "gradcheck.h"

#include <cmath>

namespace core {

double objective(const Network& net, const TrainConfig& config, const Dataset& data, const std::vector<int>& examples) {
    if (examples.empty()) return 0.0;
    Cache cache;
    double sum = 0.0;
    for (int i : examples) {
        const std::vector<double>& out = forward(net, data.x_row(i), cache);
        sum += loss_value(config.loss, out.data(), data.y_row(i), static_cast<int>(out.size()));
    }
    return sum / static_cast<double>(examples.size()) + config.lambda * penalty(config.regularization, net.theta);
}

std::vector<Matrix> analytic_gradient(const Network& net, const TrainConfig& config, const Dataset& data,
                                      const std::vector<int>& examples) {
    std::vector<Matrix> dtheta = zeros_like(net.theta);
    if (examples.empty()) return dtheta;
    Cache cache;
    for (int i : examples) {
        forward(net, data.x_row(i), cache);
        backward(net, data.y_row(i), config.loss, cache, dtheta);
    }
    for (Matrix& g : dtheta)
        for (double& value : g.v) value /= static_cast<double>(examples.size());
    add_penalty_gradient(config.regularization, config.lambda, net.theta, dtheta);
    return dtheta;
}

double relative_error(double analytic, double numeric) {
    const double scale = std::fmax(std::fabs(analytic), std::fabs(numeric));
    return scale == 0.0 ? 0.0 : std::fabs(analytic - numeric) / scale;
}

std::vector<GradCheckEntry> gradient_check(const Network& net, const TrainConfig& config, const Dataset& data,
                                           const std::vector<int>& examples, double h, Difference difference) {
    const std::vector<Matrix> analytic = analytic_gradient(net, config, data, examples);
    const double J0 = difference == Difference::Forward ? objective(net, config, data, examples) : 0.0;
    Network probe = net;  // nudged one weight at a time, then restored exactly
    std::vector<GradCheckEntry> entries;
    for (size_t l = 0; l < net.theta.size(); ++l) {
        for (int i = 0; i < net.theta[l].rows; ++i) {
            for (int j = 0; j < net.theta[l].cols; ++j) {
                const double w = net.theta[l](i, j);
                probe.theta[l](i, j) = w + h;
                const double J_plus = objective(probe, config, data, examples);
                double numeric;
                if (difference == Difference::Forward) {
                    numeric = (J_plus - J0) / h;
                } else {
                    probe.theta[l](i, j) = w - h;
                    numeric = (J_plus - objective(probe, config, data, examples)) / (2.0 * h);
                }
                probe.theta[l](i, j) = w;
                GradCheckEntry entry;
                entry.layer = static_cast<int>(l);
                entry.i = i;
                entry.j = j;
                entry.analytic = analytic[l](i, j);
                entry.numeric = numeric;
                entry.relative_error = relative_error(entry.analytic, numeric);
                entries.push_back(entry);
            }
        }
    }
    return entries;
}

}  // namespace core
