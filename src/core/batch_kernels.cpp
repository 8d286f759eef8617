#include "batch_kernels.h"

#include <type_traits>

#include "activation.h"
#include "detmath.h"
#include "lane_kinds.h"
#include "network.h"
#include "simd.h"

namespace core {
namespace {
using simd::Lanes;
using simd::kLanes;

// The kernels of batch_kernels_body.inc, in Quads (any target) …
namespace quads {
using Wide = lanes::Quad;
using Narrow = lanes::Quad;
#include "batch_kernels_body.inc"
}  // namespace quads
#if BPLAB_AVX512_PATH
// … and in AVX-512 registers (eight lanes, the last four in an AVX one), every function compiled for AVX-512.
#pragma GCC push_options
#pragma GCC target("avx512f,avx512dq,avx512vl")
namespace avx512 {
using Wide = lanes::Octet;
using Narrow = lanes::QuadAvx;
#include "batch_kernels_body.inc"
}  // namespace avx512
#pragma GCC pop_options
#endif

}  // namespace

// Each kernel by AVX-512 where the CPU has it, else in Quads (SSE2 and AVX2 clones natively, f64x2 in WASM).
#if BPLAB_AVX512_PATH
#define BPLAB_LANES_KERNEL(name, params, args)                             \
    BPLAB_SIMD_CLONES void name##_quads params { quads::name args; }        \
    void name params {                                                      \
        if (simd::wide_lanes()) avx512::name args;                          \
        else name##_quads args;                                             \
    }
#else
#define BPLAB_LANES_KERNEL(name, params, args)                     \
    void name##_quads params { quads::name args; }                  \
    void name params { name##_quads args; }
#endif
BPLAB_LANES_KERNEL(weighted_sums, (const Matrix& theta, const Matrix& a_in, Matrix& z), (theta, a_in, z))
BPLAB_LANES_KERNEL(transposed_products, (const Matrix& theta, const Matrix& delta_next, Matrix& back),
                   (theta, delta_next, back))
BPLAB_LANES_KERNEL(add_gradient_by_units,
                   (const Matrix& delta_by_example, const Matrix& a_in, int m, int rows_in_lanes, Matrix& grad),
                   (delta_by_example, a_in, m, rows_in_lanes, grad))

// δ := δ ⊙ g′(z) (⊙ mask) over a hidden layer. tanh and sigmoid, the usual hidden g, run in Lanes; every g
// computes what hidden_derivative() computes.
BPLAB_SIMD_CLONES void times_hidden_derivative(Activation g, const Matrix& z, const Matrix& a, const Matrix& mask, Matrix& delta) {
    const int n = delta.size();
    double* d = delta.v.data();
    const double* av = a.v.data();
    if (mask.size() != 0) {
        for (int k = 0; k < n; ++k) d[k] = d[k] * hidden_derivative(g, z.v[k], av[k], true) * mask.v[k];
    } else if (g == Activation::Tanh) {
        for (int k = 0; k < n; k += kLanes) {
            const Lanes ak = simd::load(av + k);
            simd::store(d + k, simd::load(d + k) * (1.0 - ak * ak));
        }
    } else if (g == Activation::Sigmoid) {
        for (int k = 0; k < n; k += kLanes) {
            const Lanes ak = simd::load(av + k);
            simd::store(d + k, simd::load(d + k) * (ak * (1.0 - ak)));
        }
    } else {
        for (int k = 0; k < n; ++k) d[k] = d[k] * activate_derivative(g, z.v[k], av[k]);
    }
}

// ∂J/∂Θᵢⱼ += Σₑ δ[i][e] a[j−1][e] (a₀ = 1: 1·δ = δ exactly), adding example after example like m calls of
// backward(). Each weight's sum is a chain over the examples; the lanes run along a row of Θ instead (the last
// 1–3 weights of a row one by one). Rows first_row, first_row + 1, … (add_gradient_by_units takes those before).
BPLAB_SIMD_CLONES void add_gradient(const Matrix& ones_a, const Matrix& delta_next, int m, int first_row, Matrix& grad) {
    const int whole = grad.cols / kLanes * kLanes;
    for (int i = first_row; i < grad.rows; ++i) {
        double* g = grad.row(i);
        const double* di = delta_next.row(i);
        quads::in_blocks_of<lanes::Quad>(0, whole, [&](auto, auto lanes, int first) BPLAB_LANES_INLINE_LAMBDA {
            constexpr int V = decltype(lanes)::value;
            Lanes sum[V];
            for (int v = 0; v < V; ++v) sum[v] = simd::load(g + first + v * kLanes);
            for (int e = 0; e < m; ++e) {
                const Lanes d = simd::splat(di[e]);
                const double* ae = ones_a.row(e) + first;
                for (int v = 0; v < V; ++v) sum[v] += simd::load(ae + v * kLanes) * d;
            }
            for (int v = 0; v < V; ++v) simd::store(g + first + v * kLanes, sum[v]);
        });
        for (int j = whole; j < grad.cols; ++j) {
            double sum = g[j];
            for (int e = 0; e < m; ++e) sum += ones_a(e, j) * di[e];
            g[j] = sum;
        }
    }
}

namespace {
// The 4 × 4 tile whose rows start at in[0 … 3] turned, its columns stored from out[0 … 3] (moves only, by
// shuffles; straight from registers to memory, no array in between).
BPLAB_LANES_INLINE void turn_tile(const double* in0, const double* in1, const double* in2, const double* in3,
                                  double* out0, double* out1, double* out2, double* out3) {
    const Lanes r0 = simd::load(in0), r1 = simd::load(in1), r2 = simd::load(in2), r3 = simd::load(in3);
    const Lanes t0 = __builtin_shufflevector(r0, r1, 0, 4, 2, 6), t1 = __builtin_shufflevector(r0, r1, 1, 5, 3, 7);
    const Lanes t2 = __builtin_shufflevector(r2, r3, 0, 4, 2, 6), t3 = __builtin_shufflevector(r2, r3, 1, 5, 3, 7);
    simd::store(out0, __builtin_shufflevector(t0, t2, 0, 1, 4, 5));
    simd::store(out1, __builtin_shufflevector(t1, t3, 0, 1, 4, 5));
    simd::store(out2, __builtin_shufflevector(t0, t2, 2, 3, 6, 7));
    simd::store(out3, __builtin_shufflevector(t1, t3, 2, 3, 6, 7));
}
}  // namespace

// dst[e][offset + r] = src[r][e] for r < rows, e < src.cols (a whole number of Lanes): 4 × 4 tiles turned, the last
// rows mod 4 one value at a time.
BPLAB_SIMD_CLONES void transpose_into(const Matrix& src, int rows, Matrix& dst, int offset) {
    const int whole = rows / kLanes * kLanes, from = src.cols, to = dst.cols, columns = src.cols;
    const double* s = src.v.data();
    double* d = dst.v.data() + offset;
    for (int e = 0; e < columns; e += kLanes) {
        double* out = d + e * to;
        for (int r = 0; r < whole; r += kLanes) {
            const double* in = s + r * from + e;
            turn_tile(in, in + from, in + 2 * from, in + 3 * from, out + r, out + to + r, out + 2 * to + r, out + 3 * to + r);
        }
        for (int r = whole; r < rows; ++r)
            for (int t = 0; t < kLanes; ++t) out[t * to + r] = s[r * from + e + t];
    }
}

// target[j][e] = examples[e][j] for e < m and every row j, zeros in the padding columns: whole 4 × 4 tiles turned,
// the edges one value at a time.
BPLAB_SIMD_CLONES void gather_by_unit(const double* const* examples, int m, Matrix& target) {
    const int whole_e = m / kLanes * kLanes, whole_j = target.rows / kLanes * kLanes, to = target.cols;
    double* d = target.v.data();
    for (int e = 0; e < whole_e; e += kLanes) {
        const double *x0 = examples[e], *x1 = examples[e + 1], *x2 = examples[e + 2], *x3 = examples[e + 3];
        for (int j = 0; j < whole_j; j += kLanes) {
            double* out = d + j * to + e;
            turn_tile(x0 + j, x1 + j, x2 + j, x3 + j, out, out + to, out + 2 * to, out + 3 * to);
        }
        for (int j = whole_j; j < target.rows; ++j)
            for (int t = 0; t < kLanes; ++t) d[j * to + e + t] = examples[e + t][j];
    }
    for (int j = 0; j < target.rows; ++j) {
        double* row = d + j * to;
        for (int e = whole_e; e < m; ++e) row[e] = examples[e][j];
        for (int e = m; e < to; ++e) row[e] = 0.0;
    }
}

// softmax() of every column: the maximum over the column's units (k = 0, 1, …), e^{z − max} (det::exp_array),
// their sum from 0 in k's order, and the quotients; the columns side by side in Lanes.
BPLAB_SIMD_CLONES void softmax_columns(const Matrix& z, Matrix& a) {
    const int width = z.cols;
    for (int first = 0; first < width; first += kLanes) {
        Lanes max_z = simd::load(z.row(0) + first);
        for (int k = 1; k < z.rows; ++k) {
            const Lanes zk = simd::load(z.row(k) + first);
            max_z = simd::select(zk > max_z, zk, max_z);
        }
        for (int k = 0; k < z.rows; ++k) simd::store(a.row(k) + first, simd::load(z.row(k) + first) - max_z);
    }
    det::exp_array(a.v.data(), a.v.data(), a.size());
    for (int first = 0; first < width; first += kLanes) {
        Lanes sum = simd::splat(0.0);
        for (int k = 0; k < z.rows; ++k) sum += simd::load(a.row(k) + first);
        for (int k = 0; k < z.rows; ++k) simd::store(a.row(k) + first, simd::load(a.row(k) + first) / sum);
    }
}

}  // namespace core
