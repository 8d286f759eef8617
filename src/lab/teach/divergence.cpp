#include "lab/teach/divergence.h"

#include <algorithm>
#include <cmath>

#include "lab/teach/notation.h"

namespace lab {

bool find_non_finite_weight(const core::Network& net, int& layer, int& row, int& column) {
    // w · 0 is 0 for every finite w and NaN for ±∞ and NaN, and a sum of zeros never overflows: one cheap pass
    // decides, and only a bad network is searched for the culprit.
    double probe = 0.0;
    for (const core::Matrix& theta : net.theta)
        for (double w : theta.v) probe += w * 0.0;
    if (std::isfinite(probe)) return false;
    for (size_t l = 0; l < net.theta.size(); ++l) {
        const core::Matrix& theta = net.theta[l];
        for (int i = 0; i < theta.rows; ++i)
            for (int j = 0; j < theta.cols; ++j)
                if (!std::isfinite(theta(i, j))) {
                    layer = static_cast<int>(l), row = i, column = j;
                    return true;
                }
    }
    return false;
}

Divergence DivergenceWatch::check_step(double loss, const core::Trainer& trainer, double alpha) {
    Divergence d;
    d.step = trainer.steps;
    d.loss = loss;
    d.alpha = alpha;
    const core::TrainConfig& config = trainer.config;
    if (config.regularization != core::Regularization::None) {
        d.lambda = config.lambda;
        d.regularization = core::regularization_name(config.regularization);
    }
    if (reference_ < 0.0 && std::isfinite(loss)) reference_ = loss;
    d.reference = reference_;
    if (!std::isfinite(loss)) d.kind = DivergenceKind::LossNotFinite;
    else if (find_non_finite_weight(trainer.net, d.layer, d.row, d.column)) d.kind = DivergenceKind::WeightNotFinite;
    else if (loss > kExplosionFactor * std::max(reference_, 1.0)) d.kind = DivergenceKind::LossExploded;
    // the trainer has counted the step already; an epoch that just completed was the step's epoch
    d.epoch = trainer.next_in_epoch == 0 && trainer.epoch > 0 ? trainer.epoch - 1 : trainer.epoch;
    return d;
}

std::string divergence_summary(const Divergence& d) {
    std::string what;
    switch (d.kind) {
    case DivergenceKind::None: return "";
    case DivergenceKind::LossNotFinite:
        what = std::isnan(d.loss) ? "the loss J became NaN (not a number)" : "the loss J became " + num(d.loss);
        break;
    case DivergenceKind::WeightNotFinite:
        what = "the weight " + indexed("Θ", {d.row + 1, d.column}, d.layer + 1) + " became " +
               "not finite (NaN or ∞); J was " + num(d.loss);
        break;
    case DivergenceKind::LossExploded:
        what = "the loss J grew a millionfold, to " + num(d.loss) + " (first loss of the run: " + num(d.reference) +
               ")";
        break;
    }
    return "Training diverged at step " + std::to_string(d.step) + " (epoch " + std::to_string(d.epoch + 1) +
           "): " + what + ".";
}

std::string divergence_cause(const Divergence& d) {
    if (!d.happened()) return "";
    // L2 decay alone multiplies Θ by (1 − αλ) per step: |1 − αλ| > 1 once αλ > 2, and it overshoots from αλ > 1.
    if (d.lambda > 0.0 && d.alpha * d.lambda > 1.0)
        return "Likely cause: λ = " + num(d.lambda) + " is too large for α = " + num(d.alpha) + " (α·λ = " +
               num(d.alpha * d.lambda) + " > 1 makes every " + d.regularization +
               " step overshoot); lower λ or α.";
    std::string cause = "Likely cause: the learning rate α = " + num(d.alpha) + " is too large; try α = " +
                        num(d.alpha / 10) + " or less";
    if (d.lambda > 0.0) cause += " (or a smaller λ = " + num(d.lambda) + ")";
    return cause + ".";
}

std::string divergence_message(const Divergence& d) {
    if (!d.happened()) return "";
    return divergence_summary(d) + " " + divergence_cause(d);
}

}  // namespace lab
