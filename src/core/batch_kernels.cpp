#include "batch_kernels.h"

#include <type_traits>

#include "activation.h"
#include "detmath.h"
#include "network.h"
#include "simd.h"

namespace core {
namespace {
using simd::Lanes;
using simd::kLanes;

// The matrix products below keep V Lanes (4V examples, or 4V weights) of sums in registers across a whole sum.
// Each calls `block` on blocks of 4 Lanes, then once on the 1–3 Lanes left: V is a constant in each call, and the
// block is forced inline into the SIMD clone that calls it.
#define BPLAB_LANES_INLINE_LAMBDA __attribute__((always_inline))
template <typename Block>
BPLAB_LANES_INLINE void in_blocks(int width, Block block) {
    int first = 0;
    for (; first + 4 * kLanes <= width; first += 4 * kLanes) block(std::integral_constant<int, 4>{}, first);
    switch ((width - first) / kLanes) {
        case 3: block(std::integral_constant<int, 3>{}, first); break;
        case 2: block(std::integral_constant<int, 2>{}, first); break;
        case 1: block(std::integral_constant<int, 1>{}, first); break;
        default: break;
    }
}


}  // namespace

// z[i][e] = Θᵢ₀ + Σⱼ Θᵢⱼ a_in[j−1][e]: for each example the terms of weighted_sum() in its order (j = 1, 2, …).
// Two rows of Θ at a time (R = 2, the last odd one alone), so that 2V independent sums keep both adders busy.
BPLAB_SIMD_CLONES void weighted_sums(const Matrix& theta, const Matrix& a_in, Matrix& z) {
    const int n_in = theta.cols - 1;
    for (int i = 0; i < theta.rows; i += 2) {
        const auto rows = [&](auto pair) BPLAB_LANES_INLINE_LAMBDA {
            constexpr int R = decltype(pair)::value;
            in_blocks(z.cols, [&](auto lanes, int first) BPLAB_LANES_INLINE_LAMBDA {
                constexpr int V = decltype(lanes)::value;
                Lanes sum[R][V];
                for (int r = 0; r < R; ++r)
                    for (int v = 0; v < V; ++v) sum[r][v] = simd::splat(theta(i + r, 0));
                for (int j = 0; j < n_in; ++j) {
                    const double* aj = a_in.row(j) + first;
                    Lanes a[V];
                    for (int v = 0; v < V; ++v) a[v] = simd::load(aj + v * kLanes);
                    for (int r = 0; r < R; ++r) {
                        const Lanes w = simd::splat(theta(i + r, j + 1));
                        for (int v = 0; v < V; ++v) sum[r][v] += w * a[v];
                    }
                }
                for (int r = 0; r < R; ++r)
                    for (int v = 0; v < V; ++v) simd::store(z.row(i + r) + first + v * kLanes, sum[r][v]);
            });
        };
        if (i + 1 < theta.rows) rows(std::integral_constant<int, 2>{});
        else rows(std::integral_constant<int, 1>{});
    }
}

// back[j][e] = Σᵢ Θᵢ,ⱼ₊₁ δ[i][e] from 0, i = 0, 1, … (transposed_product()'s order); two j at a time.
BPLAB_SIMD_CLONES void transposed_products(const Matrix& theta, const Matrix& delta_next, Matrix& back) {
    for (int j = 0; j < back.rows; j += 2) {
        const auto rows = [&](auto pair) BPLAB_LANES_INLINE_LAMBDA {
            constexpr int R = decltype(pair)::value;
            in_blocks(back.cols, [&](auto lanes, int first) BPLAB_LANES_INLINE_LAMBDA {
                constexpr int V = decltype(lanes)::value;
                Lanes sum[R][V];
                for (int r = 0; r < R; ++r)
                    for (int v = 0; v < V; ++v) sum[r][v] = simd::splat(0.0);
                for (int i = 0; i < theta.rows; ++i) {
                    const double* di = delta_next.row(i) + first;
                    Lanes d[V];
                    for (int v = 0; v < V; ++v) d[v] = simd::load(di + v * kLanes);
                    for (int r = 0; r < R; ++r) {
                        const Lanes w = simd::splat(theta(i, j + r + 1));
                        for (int v = 0; v < V; ++v) sum[r][v] += w * d[v];
                    }
                }
                for (int r = 0; r < R; ++r)
                    for (int v = 0; v < V; ++v) simd::store(back.row(j + r) + first + v * kLanes, sum[r][v]);
            });
        };
        if (j + 1 < back.rows) rows(std::integral_constant<int, 2>{});
        else rows(std::integral_constant<int, 1>{});
    }
}

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
        in_blocks(whole, [&](auto lanes, int first) BPLAB_LANES_INLINE_LAMBDA {
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
// Column j of rows i … i + 3 of a matrix as Lanes, and back.
BPLAB_LANES_INLINE Lanes column_lanes(const Matrix& matrix, int i, int j) {
    return Lanes{matrix(i, j), matrix(i + 1, j), matrix(i + 2, j), matrix(i + 3, j)};
}
BPLAB_LANES_INLINE void store_column(Matrix& matrix, int i, int j, const Lanes& values) {
    for (int t = 0; t < kLanes; ++t) matrix(i + t, j) = values[t];
}
}  // namespace

// The same sums for rows 0 … rows_in_lanes − 1 (a whole number of Lanes) with the lanes along i: four units'
// weights from one input j, fed by δ with a row per example (delta_by_example[e][i] = δ[i][e]). Each weight's
// sum is still its value plus the examples' terms in order. Two inputs j at a time, so that 2V sums run side by side.
BPLAB_SIMD_CLONES void add_gradient_by_units(const Matrix& delta_by_example, const Matrix& a_in, int m,
                                             int rows_in_lanes, Matrix& grad) {
    in_blocks(rows_in_lanes, [&](auto lanes, int first) BPLAB_LANES_INLINE_LAMBDA {
        constexpr int V = decltype(lanes)::value;
        Lanes bias[V];  // j = 0: a₀ = 1, each term δ itself
        for (int v = 0; v < V; ++v) bias[v] = column_lanes(grad, first + v * kLanes, 0);
        for (int e = 0; e < m; ++e)
            for (int v = 0; v < V; ++v) bias[v] += simd::load(delta_by_example.row(e) + first + v * kLanes);
        for (int v = 0; v < V; ++v) store_column(grad, first + v * kLanes, 0, bias[v]);
        const auto inputs = [&](auto count, int j) BPLAB_LANES_INLINE_LAMBDA {
            constexpr int C = decltype(count)::value;
            Lanes sum[C][V];
            for (int c = 0; c < C; ++c)
                for (int v = 0; v < V; ++v) sum[c][v] = column_lanes(grad, first + v * kLanes, j + c);
            for (int e = 0; e < m; ++e) {
                Lanes d[V];
                for (int v = 0; v < V; ++v) d[v] = simd::load(delta_by_example.row(e) + first + v * kLanes);
                for (int c = 0; c < C; ++c) {
                    const Lanes a = simd::splat(a_in(j + c - 1, e));
                    for (int v = 0; v < V; ++v) sum[c][v] += d[v] * a;
                }
            }
            for (int c = 0; c < C; ++c)
                for (int v = 0; v < V; ++v) store_column(grad, first + v * kLanes, j + c, sum[c][v]);
        };
        int j = 1;
        for (; j + 1 < grad.cols; j += 2) inputs(std::integral_constant<int, 2>{}, j);
        if (j < grad.cols) inputs(std::integral_constant<int, 1>{}, j);
    });
}

namespace {
// A 4 × 4 tile turned: rows r[0 … 3] in, its columns out (moves only, by shuffles).
BPLAB_LANES_INLINE void turn_tile(const Lanes r[4], Lanes c[4]) {
    const Lanes t0 = __builtin_shufflevector(r[0], r[1], 0, 4, 2, 6), t1 = __builtin_shufflevector(r[0], r[1], 1, 5, 3, 7);
    const Lanes t2 = __builtin_shufflevector(r[2], r[3], 0, 4, 2, 6), t3 = __builtin_shufflevector(r[2], r[3], 1, 5, 3, 7);
    c[0] = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);
    c[1] = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
    c[2] = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);
    c[3] = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
}
}  // namespace

// dst[e][offset + r] = src[r][e] for r < rows, e < src.cols (a whole number of Lanes): 4 × 4 tiles turned, the last
// rows mod 4 one value at a time.
BPLAB_SIMD_CLONES void transpose_into(const Matrix& src, int rows, Matrix& dst, int offset) {
    const int whole = rows / kLanes * kLanes;
    for (int e = 0; e < src.cols; e += kLanes) {
        for (int r = 0; r < whole; r += kLanes) {
            Lanes in[4], out[4];
            for (int t = 0; t < 4; ++t) in[t] = simd::load(src.row(r + t) + e);
            turn_tile(in, out);
            for (int t = 0; t < 4; ++t) simd::store(dst.row(e + t) + offset + r, out[t]);
        }
        for (int r = whole; r < rows; ++r)
            for (int t = 0; t < kLanes; ++t) dst(e + t, offset + r) = src(r, e + t);
    }
}

// target[j][e] = examples[e][j] for e < m and every row j, zeros in the padding columns: whole 4 × 4 tiles turned,
// the edges one value at a time.
BPLAB_SIMD_CLONES void gather_by_unit(const double* const* examples, int m, Matrix& target) {
    const int whole_e = m / kLanes * kLanes, whole_j = target.rows / kLanes * kLanes;
    for (int e = 0; e < whole_e; e += kLanes) {
        for (int j = 0; j < whole_j; j += kLanes) {
            Lanes in[4], out[4];
            for (int t = 0; t < 4; ++t) in[t] = simd::load(examples[e + t] + j);
            turn_tile(in, out);
            for (int t = 0; t < 4; ++t) simd::store(target.row(j + t) + e, out[t]);
        }
        for (int j = whole_j; j < target.rows; ++j)
            for (int t = 0; t < kLanes; ++t) target(j, e + t) = examples[e + t][j];
    }
    for (int j = 0; j < target.rows; ++j) {
        double* row = target.row(j);
        for (int e = whole_e; e < m; ++e) row[e] = examples[e][j];
        for (int e = m; e < target.cols; ++e) row[e] = 0.0;
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
