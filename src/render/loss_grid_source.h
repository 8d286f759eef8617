// The network-specific part of shaders/loss_grid.frag, generated as straight-line GLSL: every weight of Θ(u, v),
// every z and a is its own scalar variable, with no arrays and no loops. Software GL (llvmpipe, SwiftShader) kept
// the array-and-loop version of the forward pass in memory and ran it ~10× slower; straight-line code stays in
// registers on every driver.
//
// Generated functions (the fragment body calls them):
//   void load_theta(float u, float v)   θₖ := Θ_c,ₖ + u·d₁,ₖ + v·d₂,ₖ  for every weight k (from u_params)
//   float example_loss(int i)           J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾) for example i (from u_examples)
//   float penalty()                     R(Θ) over the non-bias weights (0 without regularization)
#pragma once
#include <string>

#include "core/dataset.h"
#include "core/network.h"
#include "core/train.h"

namespace render {

// `segment_texels`: texels per vector in u_params; `example_texels`: texels per example in u_examples.
std::string loss_grid_source(const core::Network& net, const core::Dataset& data, const core::TrainConfig& config,
                             int segment_texels, int example_texels);

}  // namespace render
