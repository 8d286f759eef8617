// GLSL for g(z), generated from core::kActivationTable's bodies so that the shaders compute what core computes
// (sign 0 = 0, the leaky slope core::kLeakySlope) and a new activation needs no shader edit.
#pragma once
#include <string>

#include "core/activation.h"

namespace render {

// `const float kLeakySlope = …;` and every constant the table's bodies may use.
std::string activation_constants();
// `float name(float z) { … }` for g. A whole-layer g (softmax) has no scalar body: name(z) = z, and the forward
// pass computes the layer itself (render/forward_source.h).
std::string activation_function(const char* name, core::Activation g);
// The constants, g_hidden(z) and g_output(z): what render/forward_source.h's straight-line code calls.
std::string layer_activations(core::Activation hidden, core::Activation output);

}  // namespace render
