// A multilayer perceptron in the lecture's notation.
//
//   Layers l = 1..L with s_l units; a⁽¹⁾ = x; every layer but the output gets a bias unit a₀⁽ˡ⁾ = 1.
//   Θ⁽ˡ⁾ is s_{l+1} × (s_l + 1) and maps layer l to l+1; column 0 holds the bias weights.
//   z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾ a⁽ˡ⁾,  a⁽ˡ⁺¹⁾ = g(z⁽ˡ⁺¹⁾),  h_Θ(x) = a⁽ᴸ⁾.
//
// Code indices are 0-based: sizes[0] = s_1 (inputs), theta[0] = Θ⁽¹⁾, cache.a[0] = a⁽¹⁾ = x.
#pragma once
#include <cstdint>
#include <vector>

#include "activation.h"
#include "loss.h"
#include "matrix.h"

namespace core {

struct Network {
    std::vector<int> sizes;               // s_1 .. s_L; sizes[0] = inputs, sizes.back() = outputs
    Activation hidden = Activation::Tanh; // g for layers 2..L−1
    Activation output = Activation::Sigmoid;  // g for layer L
    std::vector<Matrix> theta;            // theta[l] is (sizes[l+1], sizes[l]+1); column 0 = bias

    int layer_count() const { return static_cast<int>(sizes.size()); }  // L
    int weight_count() const;             // Σ_l |Θ⁽ˡ⁾|, biases included
    Activation activation_of(int layer) const {  // layer is 0-based; layer 0 is the input
        return layer + 1 == layer_count() ? output : hidden;
    }
};

// Shapes Θ for the given sizes (all zeros); initialize() fills them.
Network make_network(const std::vector<int>& sizes, Activation hidden, Activation output);

// Everything forward and backward compute for one example, kept so the step trace and the UI can show it.
struct Cache {
    std::vector<std::vector<double>> z;      // z[l] = z⁽ˡ⁺¹⁾ (z[0] is empty: the input has no z)
    std::vector<std::vector<double>> a;      // a[l] = a⁽ˡ⁺¹⁾ without the bias unit; a[0] = x
    std::vector<std::vector<double>> delta;  // delta[l] = δ⁽ˡ⁺¹⁾ = ∂J/∂z⁽ˡ⁺¹⁾ (delta[0] is empty)
    std::vector<std::vector<double>> dropout_mask;  // mask[l] per hidden unit: 0 dropped, 1/(1−p) kept; empty if off
    std::vector<double> dJ_da;               // ∂J/∂a⁽ᴸ⁾ of the last backward()
    double loss = 0.0;                       // J for this example (without regularization)
};
void resize_cache(const Network& net, Cache& cache);

// Dropout on hidden units during training (inverted dropout, so no rescaling at test time).
struct Dropout {
    double rate = 0.0;  // p, the probability that a hidden unit is dropped
};

// Forward pass for one example x (sizes[0] values); fills cache.z and cache.a. Returns a⁽ᴸ⁾.
// When dropout.rate > 0, `mask_rng_state` seeds the mask (it is advanced), and the mask is kept in the cache.
const std::vector<double>& forward(const Network& net, const double* x, Cache& cache);
const std::vector<double>& forward(const Network& net, const double* x, Cache& cache, const Dropout& dropout,
                                   uint64_t& mask_rng_state);

// Backward pass for the example last passed to forward(): fills cache.delta and cache.loss, and ADDS
//   ∂J/∂Θᵢⱼ⁽ˡ⁾ += aⱼ⁽ˡ⁾ δᵢ⁽ˡ⁺¹⁾   (a₀ = 1 for the bias column)
// into dtheta (same shapes as theta). δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y for the matched pairs (sigmoid + BCE, softmax + CE,
// linear + MSE; step + MSE, which is the perceptron rule); otherwise δ⁽ᴸ⁾ = ∂J/∂a⁽ᴸ⁾ ⊙ g′(z⁽ᴸ⁾). Hidden: δ⁽ˡ⁾ = (Θ⁽ˡ⁾ᵀ δ⁽ˡ⁺¹⁾)[without bias row] ⊙ g′(z⁽ˡ⁾).
void backward(const Network& net, const double* y, Loss loss, Cache& cache, std::vector<Matrix>& dtheta);

// δ⁽ᴸ⁾ of one example for a pair that is not matched: softmax's full Jacobian, otherwise ∂J/∂a⁽ᴸ⁾ ⊙ g′(z⁽ᴸ⁾).
void unmatched_output_delta(Activation output, const double* dJ_da, const double* a, const double* z, int n,
                            double* delta);
// g′(z) of a hidden unit; with dropout, a holds g(z)·mask, so g(z) is computed again from z.
double hidden_derivative(Activation g, double z, double a, bool masked);

// True when δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y is used for this output activation and loss (exact, or the perceptron rule for step).
bool is_matched_pair(Activation output, Loss loss);

std::vector<Matrix> zeros_like(const std::vector<Matrix>& theta);

}  // namespace core
