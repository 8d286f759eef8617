// Activation functions g(z) and their derivatives g′(z), as the lecture lists them.
#pragma once
#include <string>

namespace core {

enum class Activation { Step, Sign, Sigmoid, Tanh, ReLU, LeakyReLU, Linear, Softmax };

constexpr double kLeakySlope = 0.01;  // leaky ReLU: g(z) = 0.01 z for z < 0

// g(z) for every activation but softmax (softmax needs the whole layer: see softmax()).
double activate(Activation g, double z);
// a[i] = g(z[i]) for a whole layer of n units (softmax included): the same values as activate(), but tanh, the
// most common hidden g, runs as one loop the compiler can vectorize (det::tanh_array).
void activate_layer(Activation g, const double* z, double* a, int n);
// g′(z); `a` = g(z) is passed too because sigmoid and tanh are cheapest from it.
// Step and sign are flat almost everywhere: g′ = 0 (the lecture's "step gives no gradient").
// Defined here (inline) because backward() calls it once per hidden unit per example.
inline double activate_derivative(Activation g, double z, double a) {
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
// softmax: a_i = e^{z_i − max z} / Σ_k e^{z_k − max z}  (shifting by max z changes nothing but avoids overflow)
void softmax(const double* z, double* a, int n);

const char* activation_name(Activation g);                    // "tanh", "leaky_relu", ...
bool parse_activation(const std::string& name, Activation& out);  // false if unknown

}  // namespace core
