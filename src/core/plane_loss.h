// J over a plane of weights, many points of it: J(u, v) = J(Θ_c + u·d₁ + v·d₂) over all m examples of a data set,
// the loss surface's CPU evaluation.
//
// The first layer is linear in Θ, so its pre-activation splits into three parts computed once per example:
//   z⁽²⁾(u, v) = Θ⁽¹⁾(u, v) x̃ = P + u·Q + v·R,   P = Θ_c⁽¹⁾ x̃,  Q = d₁⁽¹⁾ x̃,  R = d₂⁽¹⁾ x̃     (x̃ = [1 x])
// so a point of the plane costs s₂ × 2 multiply-adds per example in the first layer instead of s₂ × (s₁ + 1) —
// for digits (64-16-10) the first layer holds 86 % of a forward pass's multiply-adds. Θ⁽ˡ⁾(u, v) =
// (Θ_c⁽ˡ⁾ + u·d₁⁽ˡ⁾) + v·d₂⁽ˡ⁾ is formed once per point for the other layers: hidden ones go through the batched
// forward (core/batch.h); the output layer, its softmax and the loss run here over a block of examples at once
// (SIMD lanes across the examples, exp by det::exp_array), each element with the operations of core's
// weighted sum, softmax() and loss_value() in their order.
//
// The values: at u = v = 0 every operation is the full forward's, so J(0, 0) equals core::objective's bits.
// Elsewhere P + u·Q + v·R rounds differently from (Θ_c + u·d₁ + v·d₂) x̃ (distributivity does not hold in floating
// point): z⁽²⁾ differs by a few ulps of its largest term, and J by about 1e−15 relative (the tests bound it by
// 1e−13). The same operations run natively and in WASM, so the values are the same bits on both.
//
// Networks without a hidden layer (the 1→1 problems) are evaluated by the plain batched forward: nothing to gain.
#pragma once
#include <vector>

#include "batch.h"
#include "dataset.h"
#include "matrix.h"
#include "network.h"
#include "train.h"

namespace core {

class PlaneLoss {
public:
    // Copies Θ_c, d₁ and d₂ (Θ's shapes) and the data's targets, and computes P, Q, R for every example.
    // Allocates; evaluate() then does not.
    void prepare(const Network& centre, const std::vector<Matrix>& d1, const std::vector<Matrix>& d2,
                 const TrainConfig& config, const Dataset& data);
    // J(Θ_c + u·d₁ + v·d₂) = (1/m) Σᵢ Lᵢ + λ R(Θ), the examples summed in order as core::objective does.
    double evaluate(double u, double v);
    // Θ(u, v) of the last evaluate(): each weight (Θ_c + u·d₁) + v·d₂.
    const Network& point() const { return point_; }

private:
    struct Block {  // kBatchColumns examples (the last block padded with zero inputs), layer × batch
        Matrix P, Q, R;
        Matrix Y;  // the targets, a row per output unit
        int first = 0, m = 0;  // its examples first .. first + m − 1
    };
    void set_point(double u, double v);
    void add_losses(const Block& block, double u, double v, double& sum);  // sum += Lᵢ, example after example

    Network centre_, point_;
    Network middle_;       // the hidden layers after the first (s₂ … s_{L−1}), when there are any
    Batch middle_batch_;
    std::vector<Matrix> d1_, d2_;
    TrainConfig config_;
    Dataset data_;         // the plain path's data (the fast path keeps none)
    std::vector<Block> blocks_;
    Matrix z_, a_;         // z⁽²⁾ and a⁽²⁾ of one block
    Matrix out_z_, out_a_; // the output layer's z and a of one block
    Batch loss_scratch_;   // working space of block_losses
    std::vector<double> lanes_max_, lanes_sum_;  // per-example softmax max and Σ
    Batch full_;           // scratch of the plain path
    int examples_ = 0;
};

}  // namespace core
