// Weight penalties R(Θ), added to the data loss as λ R(Θ). Never applied to the bias column (column 0).
#pragma once
#include <string>
#include <vector>

#include "matrix.h"

namespace core {

enum class Regularization { None, L1, L2 };

// L1: R = Σ|Θᵢⱼ|,  ∂R/∂Θᵢⱼ = sign(Θᵢⱼ)
// L2: R = Σ Θᵢⱼ²  (the lecture's form, no ½),  ∂R/∂Θᵢⱼ = 2Θᵢⱼ;  j ≥ 1 only
double penalty(Regularization kind, const std::vector<Matrix>& theta);
double penalty_of(Regularization kind, const double* w, int n);  // for a plain weight vector (lecture example)
// dtheta += λ ∂R/∂Θ for every non-bias weight.
void add_penalty_gradient(Regularization kind, double lambda, const std::vector<Matrix>& theta,
                          std::vector<Matrix>& dtheta);

const char* regularization_name(Regularization kind);  // "none", "l1", "l2"
bool parse_regularization(const std::string& name, Regularization& out);

}  // namespace core
