// Loss functions J for one example, and ∂J/∂a⁽ᴸ⁾ (the start of backprop).
#pragma once
#include <string>

#include "vocabulary.h"

namespace core {

enum class Loss { MSE, BinaryCrossEntropy, SoftmaxCrossEntropy, MulticlassHinge };

struct LossInfo {
    Loss kind;
    const char* id;       // JSON / URL / CLI word
    const char* label;    // the UI's name
    const char* formula;  // J for one example, a = a⁽ᴸ⁾, y = the target
};
// The losses, in the order the UI lists them (vocabulary.h).
inline constexpr LossInfo kLosses[] = {
    {Loss::MSE, "mse", "MSE", "J = ½ Σₖ (aₖ − yₖ)²"},
    {Loss::BinaryCrossEntropy, "bce", "binary CE", "J = −Σₖ [yₖ log aₖ + (1 − yₖ) log(1 − aₖ)]"},
    {Loss::SoftmaxCrossEntropy, "softmax_ce", "softmax CE", "J = −Σₖ yₖ log aₖ  (a = softmax, y one-hot)"},
    {Loss::MulticlassHinge, "hinge", "hinge (SVM)",
     "J = Σ_{j≠c} max(0, sⱼ − s_c + 1)  (s = a, c = true class)"},
};

// The log of a probability is kept finite: a network can output exactly 0 or 1 in double precision
// (sigmoid(40) == 1), and −log 0 = ∞ would poison the loss curve. So log max(p, kMinProbability).
constexpr double kMinProbability = 1e-15;

// J for one example: a = network output a⁽ᴸ⁾, y = target, n = s_L.
double loss_value(Loss loss, const double* a, const double* y, int n);
// ∂J/∂a_k written into dJ_da[0..n).
void loss_gradient(Loss loss, const double* a, const double* y, int n, double* dJ_da);

inline const char* loss_name(Loss loss) { return id_of(kLosses, loss); }
inline bool parse_loss(const std::string& name, Loss& out) { return parse_id(kLosses, name, out); }

}  // namespace core
