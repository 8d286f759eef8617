// The mini-batch as matrices: forward() and backward() of network.h for m examples at once.
//
//   The lecture stacks the batch's examples as rows, A⁽ˡ⁾ (m × s_l). Here each layer is stored transposed,
//   layer × batch: a row per unit, a column per example, so that a unit's values over the batch lie side by side.
//     Z⁽ˡ⁺¹⁾ = A⁽ˡ⁾ Θ⁽ˡ⁾ᵀ                         here z[i][e] = Θᵢ₀ + Σⱼ Θᵢⱼ a[j−1][e]
//     Δ⁽ˡ⁾ = (Δ⁽ˡ⁺¹⁾ Θ⁽ˡ⁾)[no bias] ⊙ g′(Z⁽ˡ⁾)      here δ[j][e] = (Σᵢ Θᵢ,ⱼ₊₁ δ⁽ˡ⁺¹⁾[i][e]) g′(z[j][e])
//     ∂J/∂Θ⁽ˡ⁾ = Δ⁽ˡ⁺¹⁾ᵀ [1 A⁽ˡ⁾] / m              here ∂J/∂Θᵢⱼ += Σₑ δ⁽ˡ⁺¹⁾[i][e] a[j−1][e]  (the caller divides by m)
//   Each row holds m values padded to a whole number of SIMD lanes (simd.h): a Matrix's cols is that padded width,
//   so a(i, e) still reads example e's value; the padding columns' values are never read.
//   Every element is summed in the same order as forward()/backward() sum it for one example (j = 1, 2, … in a z;
//   i = 1, 2, … in Θᵀδ; example after example in ∂J/∂Θ), so the bits are the same as m calls of those. The loops
//   over the examples are innermost and independent: the compiler runs them as SIMD lanes (f64x2 in WASM, SSE2 or
//   AVX2 natively), each lane doing one example's IEEE operations (no FMA: the build sets -ffp-contract=off).
#pragma once
#include <cstdint>
#include <vector>

#include "dataset.h"
#include "network.h"

namespace core {

constexpr int kBatchColumns = 64;  // examples per block; a longer mini-batch goes through in blocks, in order

// One block's values. Scratch, refilled by every pass: a copy carries none of them (a Trainer snapshot per step
// stays cheap), only a pass sizes it.
struct Batch {
    int m = 0;                      // examples in the block (the columns; each matrix's cols is m rounded up)
    std::vector<int> rows;          // their indices in the data set
    std::vector<Matrix> z;          // z[l]: s_l × m (z[0] unused: the input has no z)
    std::vector<Matrix> a;          // a[l]: s_l × m, a[0] = the inputs
    std::vector<Matrix> delta;      // delta[l]: s_l × m = ∂J/∂z (delta[0] unused)
    std::vector<Matrix> mask;       // mask[l]: s_l × m dropout factors of hidden layers; 0 × 0 without dropout
    Matrix y;                       // the targets, s_L × m
    std::vector<double> out, target, grad, out_z, out_delta;  // one example's output column (per-example losses)
    Matrix ones_a;                  // [1 A⁽ˡ⁾] with a row per example, for ∂J/∂Θ (along j)
    Matrix delta_by_example;        // Δ⁽ˡ⁺¹⁾ with a row per example, for ∂J/∂Θ (along i)
    std::vector<double> losses, log_arguments;  // J of each example, and the logs' arguments (batch_losses)
    std::vector<double> nonzero_targets;            // per example, how many of its targets are not 0 (batch_losses)

    Batch() = default;
    Batch(const Batch&) : Batch() {}
    Batch& operator=(const Batch&) { return *this; }
};

// Loads examples rows[0 .. m) of `data` (m ≤ kBatchColumns) into batch.a[0] and batch.y, sized for `net`.
void load_batch(const Network& net, const Dataset& data, const int* rows, int m, Batch& batch);
// Forward pass over the block: fills z and a; dropout as forward() does it, the masks drawn example by example.
void forward_batch(const Network& net, Batch& batch);
void forward_batch(const Network& net, Batch& batch, const Dropout& dropout, uint64_t& mask_rng_state);
// Backward pass over the block: fills delta and ADDS Σₑ ∂J/∂Θ (of each example, in order) into dtheta.
void backward_batch(const Network& net, Loss loss, Batch& batch, std::vector<Matrix>& dtheta);
// J of example e of the block (after forward_batch), and its predicted class (predicted_class of its a⁽ᴸ⁾).
double batch_loss(Loss loss, Batch& batch, int e);
int batch_predicted_class(Batch& batch, int e);
// J of every example of the block (m values), the same bits as batch_loss (the logs four at a time).
const std::vector<double>& batch_losses(Loss loss, Batch& batch);
// The same for the first m columns of any a⁽ᴸ⁾ and targets laid out as batch.h does (a row per unit), with
// `scratch`'s vectors as working space; the values are in scratch.losses.
const std::vector<double>& block_losses(Loss loss, const Matrix& aL, const Matrix& y, int m, Batch& scratch);

}  // namespace core
