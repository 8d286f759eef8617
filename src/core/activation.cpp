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

void activate_layer(Activation g, const double* z, double* a, int n) {
    if (g == Activation::Softmax) return softmax(z, a, n);
    if (g == Activation::Tanh) return det::tanh_array(z, a, n);
    for (int i = 0; i < n; ++i) a[i] = activate(g, z[i]);
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
