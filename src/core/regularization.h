// Weight penalties R(Θ), added to the data loss as λ R(Θ). Never applied to the bias column (column 0).
#pragma once
#include <string>
#include <vector>

#include "matrix.h"
#include "vocabulary.h"

namespace core {

enum class Regularization { None, L1, L2 };

struct RegularizationInfo {
    Regularization kind;
    const char* id;       // JSON / URL / CLI word
    const char* label;    // the UI's name
    const char* formula;  // R(Θ) and ∂R/∂Θᵢⱼ, over the weights j ≥ 1
    const char* term;     // its λ-term in ∂J/∂Θᵢⱼ, "{w}" standing for the weight: " + 2λ{w}"
};
// The penalties, in the order the UI lists them (vocabulary.h). L2 is the lecture's form, without ½.
inline constexpr RegularizationInfo kRegularizations[] = {
    {Regularization::None, "none", "none", "R = 0", ""},
    {Regularization::L1, "l1", "L1", "R = Σ |Θᵢⱼ|,  ∂R/∂Θᵢⱼ = sign(Θᵢⱼ)", " + λ sign({w})"},
    {Regularization::L2, "l2", "L2", "R = Σ Θᵢⱼ²,  ∂R/∂Θᵢⱼ = 2Θᵢⱼ", " + 2λ{w}"},
};
// The λ-term of ∂J/∂w for the weight named `w` (" + 2λΘ₁₂⁽¹⁾"); "" without a penalty or with λ = 0.
std::string penalty_gradient_text(Regularization kind, double lambda, const std::string& w);

double penalty(Regularization kind, const std::vector<Matrix>& theta);
double penalty_of(Regularization kind, const double* w, int n);  // for a plain weight vector (lecture example)
// dtheta += λ ∂R/∂Θ for every non-bias weight.
void add_penalty_gradient(Regularization kind, double lambda, const std::vector<Matrix>& theta,
                          std::vector<Matrix>& dtheta);

inline const char* regularization_name(Regularization kind) { return id_of(kRegularizations, kind); }
inline bool parse_regularization(const std::string& name, Regularization& out) {
    return parse_id(kRegularizations, name, out);
}

}  // namespace core
