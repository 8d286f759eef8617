// Activation functions g(z) and their derivatives g′(z), as the lecture lists them.
#pragma once
#include <string>

namespace core {

enum class Activation { Step, Sign, Sigmoid, Tanh, ReLU, LeakyReLU, Linear, Softmax };

constexpr double kLeakySlope = 0.01;  // leaky ReLU: g(z) = 0.01 z for z < 0

// g(z) for every activation but softmax (softmax needs the whole layer: see softmax()).
double activate(Activation g, double z);
// g′(z); `a` = g(z) is passed too because sigmoid and tanh are cheapest from it.
// Step and sign are flat almost everywhere: g′ = 0 (the lecture's "step gives no gradient").
double activate_derivative(Activation g, double z, double a);
// softmax: a_i = e^{z_i − max z} / Σ_k e^{z_k − max z}  (shifting by max z changes nothing but avoids overflow)
void softmax(const double* z, double* a, int n);

const char* activation_name(Activation g);                    // "tanh", "leaky_relu", ...
bool parse_activation(const std::string& name, Activation& out);  // false if unknown

}  // namespace core
