// Loss functions J for one example, and ∂J/∂a⁽ᴸ⁾ (the start of backprop).
#pragma once
#include <string>

namespace core {

enum class Loss {
    MSE,                  // J = ½ Σ_k (a_k − y_k)²
    BinaryCrossEntropy,   // J = −Σ_k [y_k log a_k + (1 − y_k) log(1 − a_k)]
    SoftmaxCrossEntropy,  // J = −Σ_k y_k log a_k  (a = softmax output, y one-hot)
    MulticlassHinge,      // J = Σ_{j≠c} max(0, s_j − s_c + 1), s = a⁽ᴸ⁾ scores, c = the true class
};

// J for one example: a = network output a⁽ᴸ⁾, y = target, n = s_L.
double loss_value(Loss loss, const double* a, const double* y, int n);
// ∂J/∂a_k written into dJ_da[0..n).
void loss_gradient(Loss loss, const double* a, const double* y, int n, double* dJ_da);

const char* loss_name(Loss loss);                       // "mse", "bce", "softmax_ce", "hinge"
bool parse_loss(const std::string& name, Loss& out);

}  // namespace core
