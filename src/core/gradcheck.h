// Numerical gradient check: compare backprop's ∂J/∂Θ with finite differences of J itself.
//   forward difference:  (J(Θ + h eᵢⱼ) − J(Θ)) / h
//   central difference:  (J(Θ + h eᵢⱼ) − J(Θ − h eᵢⱼ)) / 2h   (error O(h²) instead of O(h))
//   relative error:      |analytic − numeric| / max(|analytic|, |numeric|)   (0 when both are 0)
#pragma once
#include <vector>

#include "dataset.h"
#include "train.h"

namespace core {

enum class Difference { Forward, Central };

struct GradCheckEntry {
    int layer = 0;  // 0-based: Θ⁽layer+1⁾
    int i = 0;      // row: unit in layer+1
    int j = 0;      // column: 0 = bias
    double analytic = 0.0;
    double numeric = 0.0;
    double relative_error = 0.0;
};

// J(Θ) over the given examples: mean data loss + λ R(Θ). Dropout is not applied.
double objective(const Network& net, const TrainConfig& config, const Dataset& data, const std::vector<int>& examples);
// Backprop's ∂J/∂Θ for the same objective.
std::vector<Matrix> analytic_gradient(const Network& net, const TrainConfig& config, const Dataset& data,
                                      const std::vector<int>& examples);
std::vector<GradCheckEntry> gradient_check(const Network& net, const TrainConfig& config, const Dataset& data,
                                           const std::vector<int>& examples, double h, Difference difference);
double relative_error(double analytic, double numeric);

}  // namespace core
