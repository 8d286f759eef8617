#include "activation.h"

#include "detmath.h"

namespace core {

double activate(Activation g, double z) {
    switch (g) {
        case Activation::Step: return z < 0.0 ? 0.0 : 1.0;                  // heaviside: 0 if z < 0 else 1
        case Activation::Sign: return z < 0.0 ? -1.0 : (z > 0.0 ? 1.0 : 0.0);
        case Activation::Sigmoid: return det::sigmoid(z);                   // 1 / (1 + e^−z)
        case Activation::Tanh: return det::tanh(z);
        case Activation::ReLU: return z > 0.0 ? z : 0.0;                     // max(0, z)
        case Activation::LeakyReLU: return z > 0.0 ? z : kLeakySlope * z;    // max(0.01 z, z)
        case Activation::Linear: return z;
        case Activation::Softmax: return z;  // needs the whole layer: softmax() does it
    }
    return z;
}

double activate_derivative(Activation g, double z, double a) {
    switch (g) {
        case Activation::Step:
        case Activation::Sign: return 0.0;                      // flat everywhere but z = 0: no gradient flows
        case Activation::Sigmoid: return a * (1.0 - a);         // g′ = g (1 − g)
        case Activation::Tanh: return 1.0 - a * a;              // g′ = 1 − tanh²
        case Activation::ReLU: return z > 0.0 ? 1.0 : 0.0;      // a dead unit (z ≤ 0) passes no gradient
        case Activation::LeakyReLU: return z > 0.0 ? 1.0 : kLeakySlope;
        case Activation::Linear: return 1.0;
        case Activation::Softmax: return a * (1.0 - a);         // diagonal of the Jacobian; network.cpp uses the full one
    }
    return 1.0;
}

void softmax(const double* z, double* a, int n) {
    double max_z = z[0];
    for (int k = 1; k < n; ++k) max_z = z[k] > max_z ? z[k] : max_z;
    double sum = 0.0;
    for (int k = 0; k < n; ++k) {
        a[k] = det::exp(z[k] - max_z);
        sum += a[k];
    }
    for (int k = 0; k < n; ++k) a[k] /= sum;
}

namespace {
struct ActivationName {
    Activation g;
    const char* name;
};
constexpr ActivationName kNames[] = {
    {Activation::Step, "step"},       {Activation::Sign, "sign"},
    {Activation::Sigmoid, "sigmoid"}, {Activation::Tanh, "tanh"},
    {Activation::ReLU, "relu"},       {Activation::LeakyReLU, "leaky_relu"},
    {Activation::Linear, "linear"},   {Activation::Softmax, "softmax"},
};
}  // namespace

const char* activation_name(Activation g) {
    for (const auto& entry : kNames)
        if (entry.g == g) return entry.name;
    return "?";
}

bool parse_activation(const std::string& name, Activation& out) {
    for (const auto& entry : kNames)
        if (name == entry.name) {
            out = entry.g;
            return true;
        }
    return false;
}

}  // namespace core
