// The loops of the batched pass (batch.h) over a layer × batch, in simd::Lanes: each element's sum in the
// per-example order of network.h, so the same bits. Matrices as batch.h lays them out: a row per unit, the
// examples along it, each row padded to whole Lanes.
#pragma once
#include "activation.h"
#include "matrix.h"

namespace core {

// Z = Θ [1 A]ᵀ: z[i][e] = Θᵢ₀ + Σⱼ Θᵢⱼ a_in[j−1][e].
void weighted_sums(const Matrix& theta, const Matrix& a_in, Matrix& z);
// back[j][e] = Σᵢ Θᵢ,ⱼ₊₁ δ[i][e]: Θᵀδ without the bias row.
void transposed_products(const Matrix& theta, const Matrix& delta_next, Matrix& back);
// δ := δ ⊙ g′(z) (⊙ the dropout mask when it has values).
void times_hidden_derivative(Activation g, const Matrix& z, const Matrix& a, const Matrix& mask, Matrix& delta);
// ∂J/∂Θᵢⱼ += Σₑ δ[i][e] ones_a[e][j] over the first m examples, rows i ≥ first_row; ones_a = [1 A] with a row per
// example.
void add_gradient(const Matrix& ones_a, const Matrix& delta_next, int m, int first_row, Matrix& grad);
// The same for rows i < rows_in_lanes (a multiple of simd::kLanes) from A (a row per unit) and δ with a row per
// example: delta_by_example[e][i] = δ[i][e].
void add_gradient_by_units(const Matrix& delta_by_example, const Matrix& a_in, int m, int rows_in_lanes, Matrix& grad);
// dst[e][offset + r] = src[r][e] for rows r < rows and every column e of src (dst has ≥ src.cols rows).
void transpose_into(const Matrix& src, int rows, Matrix& dst, int offset);
// target[j][e] = examples[e][j]: m examples (each an array of target.rows values) as columns; padding columns 0.
void gather_by_unit(const double* const* examples, int m, Matrix& target);
// a = softmax of each column of z.
void softmax_columns(const Matrix& z, Matrix& a);

// weighted_sums, transposed_products and add_gradient_by_units with their lanes in fours whatever the CPU (what WASM
// and a CPU without AVX-512 run): a CPU with AVX-512 runs the others in eights, and a test compares the two.
void weighted_sums_quads(const Matrix& theta, const Matrix& a_in, Matrix& z);
void transposed_products_quads(const Matrix& theta, const Matrix& delta_next, Matrix& back);
void add_gradient_by_units_quads(const Matrix& delta_by_example, const Matrix& a_in, int m, int rows_in_lanes,
                                 Matrix& grad);

}  // namespace core
