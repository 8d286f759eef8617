// Activation functions g(z) and their derivatives g′(z), as the lecture lists them, and the one table that every
// other place (JSON/URL/CLI names, menus, the gallery, colours, generated shaders, tests) loops over.
#pragma once
#include <string>

namespace core {

enum class Activation { Step, Sign, Sigmoid, Tanh, ReLU, LeakyReLU, GELU, Swish, Linear, Softmax };
constexpr int kActivationCount = 10;

constexpr double kLeakySlope = 0.01;  // leaky ReLU: g(z) = 0.01 z for z < 0

// How a value a = g(z) maps to a colour: a ∈ [0, 1] (2a − 1), a ∈ [−1, 1] (a itself), or anywhere (a / (1 + |a|)).
enum class ValueRange { Unit, Symmetric, Unbounded };

struct ActivationInfo {
    Activation kind;
    const char* id;          // the name in JSON, URLs and the CLI
    const char* label;       // the name in menus
    const char* formula;     // g in the lecture's notation: "g(z) = 1 / (1 + e⁻ᶻ)"
    const char* derivative;  // g′ likewise: "g′(z) = g(z)(1 − g(z))"
    bool hidden;             // may be a hidden layer's g
    bool output;             // may be the output layer's g
    bool whole_layer;        // aᵢ depends on the whole layer's z (softmax): no scalar g, and no GLSL body
    bool gives_gradient;     // false where g is flat almost everywhere (step, sign): g′ = 0 passes nothing back
    ValueRange range;
    const char* glsl;        // body of `float g(float z)` in GLSL ES 3.0; may use the constant kLeakySlope

    double g(double z) const;                  // activate(kind, z)
    double g_prime(double z, double a) const;  // activate_derivative(kind, z, a)
};

// Every activation, in menu order (the enum's order: kActivationTable[k].kind == Activation(k)).
extern const ActivationInfo kActivationTable[kActivationCount];
const ActivationInfo& activation_info(Activation g);

// g(z) for every activation but softmax (softmax needs the whole layer: see softmax()).
double activate(Activation g, double z);
// a[i] = g(z[i]) for a whole layer of n units (softmax included): the same values as activate(), but tanh, the
// most common hidden g, runs as one loop the compiler can vectorize (det::tanh_array).
void activate_layer(Activation g, const double* z, double* a, int n);
// GELU and swish g′ (out of line: they need det::erf and det::sigmoid).
double gelu_derivative(double z);            // Φ(z) + z φ(z)
double swish_derivative(double z, double a);  // σ(z) + z σ(z)(1 − σ(z)) = σ(z) + a (1 − σ(z))
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
        case Activation::GELU: return gelu_derivative(z);
        case Activation::Swish: return swish_derivative(z, a);
        case Activation::Linear: return 1.0;
        case Activation::Softmax: return a * (1.0 - a);         // diagonal of the Jacobian; network.cpp uses the full one
    }
    return 1.0;
}
// softmax: a_i = e^{z_i − max z} / Σ_k e^{z_k − max z}  (shifting by max z changes nothing but avoids overflow)
void softmax(const double* z, double* a, int n);

const char* activation_name(Activation g);                        // the table's id
bool parse_activation(const std::string& name, Activation& out);  // false if unknown
std::string activation_ids();                                     // every id, comma-separated: for messages

}  // namespace core
