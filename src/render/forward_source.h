// The forward pass h_Θ(x) of one network as straight-line GLSL, for the shaders that evaluate it per pixel (the
// decision boundary, the loss grid): every z and a is its own scalar variable, with no arrays and no loops.
// Software GL (llvmpipe, SwiftShader) kept the array-and-loop version in memory and ran it several times slower.
//
//   z⁽ˡ⁺¹⁾ᵢ = Θ⁽ˡ⁾ᵢ₀ + Σⱼ Θ⁽ˡ⁾ᵢⱼ a⁽ˡ⁾ⱼ,   a⁽ˡ⁺¹⁾ᵢ = g(z⁽ˡ⁺¹⁾ᵢ)   (softmax: aᵢ = exp(zᵢ − lse), lse = log Σ e^z)
#pragma once
#include <functional>
#include <string>

#include "core/network.h"

namespace render {

// The GLSL variable of unit `unit` in layer `layer` (0-based: layer 0 is the input x), e.g. "a2_0", "z2_0".
std::string unit_variable(const char* stem, int layer, int unit);

// Statements that declare and compute z and a for layers 1 … L−1 from a0_0, a0_1, … (which the caller declares).
// `weight(k)` is the GLSL expression for the k-th weight of Θ⁽¹⁾, Θ⁽²⁾, … (row by row, bias first). Hidden
// units call g_hidden(z), output units g_output(z) (render/activation_source.h); a softmax output also declares
// `float lse` (log Σ e^z, shifted by the largest z), which the loss needs for log aᵢ = zᵢ − lse.
std::string forward_source(const core::Network& net, const std::function<std::string(int)>& weight);

}  // namespace render
