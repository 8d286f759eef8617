#include "activation.h"

#include "detmath.h"
#include "vocabulary.h"

namespace core {
namespace {
constexpr double kOneOverSqrt2 = 0.70710678118654752440;
constexpr double kOneOverSqrt2Pi = 0.39894228040143267794;
}  // namespace

double activate(Activation g, double z) {
    switch (g) {
        case Activation::Step: return z < 0.0 ? 0.0 : 1.0;                  // heaviside: 0 if z < 0 else 1
        case Activation::Sign: return z < 0.0 ? -1.0 : (z > 0.0 ? 1.0 : 0.0);
        case Activation::Sigmoid: return det::sigmoid(z);                   // 1 / (1 + e^−z)
        case Activation::Tanh: return det::tanh(z);
        case Activation::ReLU: return z > 0.0 ? z : 0.0;                     // max(0, z)
        case Activation::LeakyReLU: return z > 0.0 ? z : kLeakySlope * z;    // max(0.01 z, z)
        case Activation::GELU: return 0.5 * z * (1.0 + det::erf(z * kOneOverSqrt2));  // z Φ(z)
        case Activation::Swish: return z * det::sigmoid(z);                 // z σ(z)
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

double gelu_derivative(double z) {
    const double Phi = 0.5 * (1.0 + det::erf(z * kOneOverSqrt2));  // Φ(z), the standard normal's CDF
    const double phi = kOneOverSqrt2Pi * det::exp(-0.5 * z * z);   // φ(z) = Φ′(z)
    return Phi + z * phi;
}

double swish_derivative(double z, double a) {
    const double s = det::sigmoid(z);
    return s + a * (1.0 - s);  // a = z σ(z)
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

// Menu order. GELU and swish are offered for hidden layers only: as an output their range (bounded below by
// about −0.17 and −0.28, unbounded above) fits neither a probability nor a regression target.
const ActivationInfo kActivationTable[] = {
    {Activation::Step, "step", "step", "g(z) = 1 if z ≥ 0 else 0", "g′(z) = 0 (z ≠ 0)",
     true, true, false, false, ValueRange::Unit, "return z < 0.0 ? 0.0 : 1.0;"},
    {Activation::Sign, "sign", "sign", "g(z) = sign z ∈ {−1, 0, 1}", "g′(z) = 0 (z ≠ 0)",
     true, true, false, false, ValueRange::Symmetric, "return sign(z);"},
    {Activation::Sigmoid, "sigmoid", "sigmoid", "g(z) = 1 / (1 + e⁻ᶻ)", "g′(z) = g(z)(1 − g(z))",
     true, true, false, true, ValueRange::Unit, "return 1.0 / (1.0 + exp(-z));"},
    // tanh from e^{−2|z|} ≤ 1: no overflow for large |z|
    {Activation::Tanh, "tanh", "tanh", "g(z) = tanh z = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)", "g′(z) = 1 − g(z)²",
     true, true, false, true, ValueRange::Symmetric,
     "float e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e);"},
    {Activation::ReLU, "relu", "ReLU", "g(z) = max(0, z)", "g′(z) = 1 if z > 0 else 0",
     true, true, false, true, ValueRange::Unbounded, "return max(z, 0.0);"},
    {Activation::LeakyReLU, "leaky_relu", "leaky ReLU", "g(z) = z if z > 0 else 0.01 z", "g′(z) = 1 if z > 0 else 0.01",
     true, true, false, true, ValueRange::Unbounded, "return z > 0.0 ? z : kLeakySlope * z;"},
    // GLSL ES has no erf: Abramowitz & Stegun 7.1.26, |error| ≤ 1.5·10⁻⁷, for x = |z|/√2 ≥ 0
    {Activation::GELU, "gelu", "GELU", "g(z) = z Φ(z) = ½ z (1 + erf(z/√2))",
     "g′(z) = Φ(z) + z φ(z),  φ(z) = exp(−z²/2) / √(2π)", true, false, false, true, ValueRange::Unbounded,
     "float x = abs(z) * 0.70710678; float t = 1.0 / (1.0 + 0.3275911 * x);"
     " float erf_x = 1.0 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027"
     " + t * 1.061405429)))) * exp(-x * x); return 0.5 * z * (1.0 + sign(z) * erf_x);"},
    {Activation::Swish, "swish", "swish", "g(z) = z σ(z) = z / (1 + e⁻ᶻ)", "g′(z) = σ(z) + z σ(z)(1 − σ(z))",
     true, false, false, true, ValueRange::Unbounded, "return z / (1.0 + exp(-z));"},
    {Activation::Linear, "linear", "linear", "g(z) = z", "g′(z) = 1",
     true, true, false, true, ValueRange::Unbounded, "return z;"},
    {Activation::Softmax, "softmax", "softmax", "aᵢ = eᶻⁱ / Σₖ eᶻᵏ", "∂aᵢ/∂zⱼ = aᵢ([i = j] − aⱼ)",
     false, true, true, true, ValueRange::Unit, nullptr},
};

double ActivationInfo::g(double z) const { return activate(kind, z); }
double ActivationInfo::g_prime(double z, double a) const { return activate_derivative(kind, z, a); }

const ActivationInfo& activation_info(Activation g) {
    const int k = static_cast<int>(g);
    return kActivationTable[k >= 0 && k < kActivationCount ? k : static_cast<int>(Activation::Linear)];
}

const char* activation_name(Activation g) { return activation_info(g).id; }

bool parse_activation(const std::string& name, Activation& out) { return parse_id(kActivationTable, name, out); }

std::string activation_ids() { return id_list(kActivationTable); }

}  // namespace core
