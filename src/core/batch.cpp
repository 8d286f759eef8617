#include "batch.h"

#include <algorithm>
#include <type_traits>

#include "detmath.h"
#include "loss.h"
#include "rng.h"
#include "simd.h"
#include "train.h"

namespace core {
namespace {
using simd::Lanes;
using simd::kLanes;

int padded(int n) { return (n + kLanes - 1) / kLanes * kLanes; }

// Gives `matrix` rows × padded(m) values without giving up its storage (sized once for kBatchColumns): each row
// a whole number of Lanes, so that every loop over a row runs in whole Lanes.
void shape(Matrix& matrix, int rows, int m) {
    matrix.v.reserve(static_cast<size_t>(rows) * kBatchColumns);
    matrix.rows = rows;
    matrix.cols = padded(m);
    matrix.v.resize(static_cast<size_t>(rows) * static_cast<size_t>(matrix.cols));
}

void shape_layers(const Network& net, std::vector<Matrix>& layers, int m) {
    layers.resize(net.sizes.size());
    for (size_t l = 0; l < layers.size(); ++l) shape(layers[l], net.sizes[l], m);
}

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

// [1 A⁽ˡ⁾] with a row per example: ones_a[e][0] = 1, ones_a[e][j] = a_in[j−1][e] (rows padded; the padding unread).
void with_ones_by_example(const Matrix& a_in, int m, Matrix& ones_a) {
    shape(ones_a, m, a_in.rows + 1);
    for (int e = 0; e < m; ++e) {
        double* row = ones_a.row(e);
        row[0] = 1.0;
        for (int j = 0; j < a_in.rows; ++j) row[j + 1] = a_in(j, e);
    }
}

// ∂J/∂Θᵢⱼ += Σₑ δ[i][e] a[j−1][e] (a₀ = 1: 1·δ = δ exactly), adding example after example like m calls of
// backward(). Each weight's sum is a chain over the examples; the lanes run along a row of Θ instead (the last
// 1–3 weights of a row one by one).
BPLAB_SIMD_CLONES void add_gradient(const Matrix& ones_a, const Matrix& delta_next, int m, Matrix& grad) {
    const int whole = grad.cols / kLanes * kLanes;
    for (int i = 0; i < grad.rows; ++i) {
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

void column_of(const Matrix& matrix, int e, std::vector<double>& out) {
    out.resize(static_cast<size_t>(matrix.rows));
    for (int k = 0; k < matrix.rows; ++k) out[static_cast<size_t>(k)] = matrix(k, e);
}

// Draws the dropout masks in forward()'s order: example by example, each example's hidden layers in turn.
void draw_masks(const Network& net, Batch& batch, const Dropout& dropout, uint64_t& mask_rng_state) {
    const int L = net.layer_count();
    batch.mask.resize(net.sizes.size());
    for (int l = 0; l < L; ++l) shape(batch.mask[static_cast<size_t>(l)], dropout.rate > 0.0 && l > 0 && l + 1 < L ? net.sizes[l] : 0, batch.m);
    if (!(dropout.rate > 0.0)) return;
    Rng mask_rng(mask_rng_state);
    for (int e = 0; e < batch.m; ++e)
        for (int l = 1; l + 1 < L; ++l)
            for (int i = 0; i < net.sizes[static_cast<size_t>(l)]; ++i)
                batch.mask[static_cast<size_t>(l)](i, e) = mask_rng.uniform() < dropout.rate ? 0.0 : 1.0 / (1.0 - dropout.rate);
    mask_rng_state = mask_rng.state();
}

// J of every example of the block as loss_value() computes it for its column, into batch.losses: the usual
// cases (cross-entropy with 0/1 or one-hot targets, MSE) with the logs of all columns in one det::log_array,
// each column's terms summed in loss_value()'s order; any other case column by column through loss_value().
void losses_of_block(Loss loss, Batch& batch) {
    const Matrix& aL = batch.a.back();
    const Matrix& y = batch.y;
    const int m = batch.m, n = aL.rows;
    std::vector<double>& J = batch.losses;
    std::vector<double>& p = batch.log_arguments;
    J.assign(static_cast<size_t>(m), 0.0);
    bool done = false;
    if (loss == Loss::BinaryCrossEntropy) {  // J = 0 − log p₀ − log p₁ …, p = a (y = 1) or 1 − a (y = 0), ≥ 1e−15
        p.resize(static_cast<size_t>(n) * static_cast<size_t>(m));
        done = true;
        for (int k = 0; k < n && done; ++k)
            for (int e = 0; e < m; ++e) {
                const double yk = y(k, e), ak = aL(k, e);
                if (yk != 0.0 && yk != 1.0) done = false;
                const double pk = yk == 0.0 ? 1.0 - ak : ak;
                p[static_cast<size_t>(k * m + e)] = pk < kMinProbability ? kMinProbability : pk;
            }
        if (done) {
            det::log_array(p.data(), p.data(), n * m);
            for (int k = 0; k < n; ++k)
                for (int e = 0; e < m; ++e) J[static_cast<size_t>(e)] -= p[static_cast<size_t>(k * m + e)];
        }
    } else if (loss == Loss::SoftmaxCrossEntropy) {  // one non-zero target per column: J = 0 − y_c log a_c
        p.resize(static_cast<size_t>(m));
        std::vector<double>& weight = batch.target;
        weight.resize(static_cast<size_t>(m));
        done = true;
        for (int e = 0; e < m && done; ++e) {
            int nonzero = 0;
            for (int k = 0; k < n; ++k)
                if (y(k, e) != 0.0) {
                    ++nonzero;
                    weight[static_cast<size_t>(e)] = y(k, e);
                    const double ak = aL(k, e);
                    p[static_cast<size_t>(e)] = ak < kMinProbability ? kMinProbability : ak;
                }
            done = nonzero == 1;
        }
        if (done) {
            det::log_array(p.data(), p.data(), m);
            for (int e = 0; e < m; ++e)
                J[static_cast<size_t>(e)] -= weight[static_cast<size_t>(e)] * p[static_cast<size_t>(e)];
        }
    } else if (loss == Loss::MSE) {
        for (int k = 0; k < n; ++k)
            for (int e = 0; e < m; ++e) J[static_cast<size_t>(e)] += 0.5 * (aL(k, e) - y(k, e)) * (aL(k, e) - y(k, e));
        done = true;
    }
    if (done) return;
    for (int e = 0; e < m; ++e) J[static_cast<size_t>(e)] = batch_loss(loss, batch, e);
}

}  // namespace

void load_batch(const Network& net, const Dataset& data, const int* rows, int m, Batch& batch) {
    batch.m = m;
    batch.rows.assign(rows, rows + m);
    shape_layers(net, batch.z, m);
    shape_layers(net, batch.a, m);
    shape_layers(net, batch.delta, m);
    shape(batch.y, net.sizes.back(), m);
    // A row (an input, a target unit) at a time, read from every example: the writes, the dearer side, in order.
    // The padding columns get zeros, whose values nobody reads.
    const double* xs[kBatchColumns];
    const double* ys[kBatchColumns];
    for (int e = 0; e < m; ++e) {
        xs[e] = data.x_row(rows[e]);
        ys[e] = data.y_row(rows[e]);
    }
    const auto fill = [&](Matrix& target, const double* const* examples) {
        for (int j = 0; j < target.rows; ++j) {
            double* row = target.row(j);
            for (int e = 0; e < m; ++e) row[e] = examples[e][j];
            for (int e = m; e < target.cols; ++e) row[e] = 0.0;
        }
    };
    fill(batch.a[0], xs);
    fill(batch.y, ys);
}

void forward_batch(const Network& net, Batch& batch) {
    uint64_t unused = 0;
    forward_batch(net, batch, Dropout{}, unused);
}

void forward_batch(const Network& net, Batch& batch, const Dropout& dropout, uint64_t& mask_rng_state) {
    draw_masks(net, batch, dropout, mask_rng_state);
    for (int l = 1; l < net.layer_count(); ++l) {
        const size_t ul = static_cast<size_t>(l);
        Matrix& z = batch.z[ul];
        Matrix& a = batch.a[ul];
        weighted_sums(net.theta[ul - 1], batch.a[ul - 1], z);  // Zᵀ = Θ Aᵀ
        const Activation g = net.activation_of(l);
        if (g == Activation::Softmax) softmax_columns(z, a);  // over each example's units: a column
        else if (g == Activation::Sigmoid) det::sigmoid_array(z.v.data(), a.v.data(), z.size());
        else activate_layer(g, z.v.data(), a.v.data(), z.size());  // the whole layer × batch in one loop
        const Matrix& mask = batch.mask[ul];
        for (int k = 0; k < mask.size(); ++k) a.v[static_cast<size_t>(k)] *= mask.v[static_cast<size_t>(k)];
    }
}

void backward_batch(const Network& net, Loss loss, Batch& batch, std::vector<Matrix>& dtheta) {
    const size_t out = net.sizes.size() - 1;
    const Matrix& aL = batch.a[out];
    Matrix& dL = batch.delta[out];
    if (is_matched_pair(net.output, loss)) {
        for (int k = 0; k < dL.size(); k += kLanes)
            simd::store(dL.v.data() + k, simd::load(aL.v.data() + k) - simd::load(batch.y.v.data() + k));
    } else {  // as backward() does it, one example (a column) at a time
        for (int e = 0; e < batch.m; ++e) {
            column_of(aL, e, batch.out);
            column_of(batch.y, e, batch.target);
            column_of(batch.z[out], e, batch.out_z);
            batch.grad.resize(batch.out.size());
            batch.out_delta.resize(batch.out.size());
            loss_gradient(loss, batch.out.data(), batch.target.data(), aL.rows, batch.grad.data());
            unmatched_output_delta(net.output, batch.grad.data(), batch.out.data(), batch.out_z.data(), aL.rows,
                                   batch.out_delta.data());
            for (int k = 0; k < aL.rows; ++k) dL(k, e) = batch.out_delta[static_cast<size_t>(k)];
        }
    }
    for (size_t l = out - 1; l >= 1; --l) {
        transposed_products(net.theta[l], batch.delta[l + 1], batch.delta[l]);  // Δ⁽ˡ⁺¹⁾ Θ⁽ˡ⁾, bias row left out
        times_hidden_derivative(net.hidden, batch.z[l], batch.a[l], batch.mask[l], batch.delta[l]);
    }
    for (size_t l = 0; l < out; ++l) {  // Δᵀ [1 A]
        with_ones_by_example(batch.a[l], batch.m, batch.ones_a);
        add_gradient(batch.ones_a, batch.delta[l + 1], batch.m, dtheta[l]);
    }
}

double batch_loss(Loss loss, Batch& batch, int e) {
    const Matrix& aL = batch.a.back();
    column_of(aL, e, batch.out);
    column_of(batch.y, e, batch.target);
    return loss_value(loss, batch.out.data(), batch.target.data(), aL.rows);
}

const std::vector<double>& batch_losses(Loss loss, Batch& batch) {
    losses_of_block(loss, batch);
    return batch.losses;
}

int batch_predicted_class(Batch& batch, int e) {  // predicted_class() of the column, without copying it
    const Matrix& aL = batch.a.back();
    if (aL.rows == 1) return aL(0, e) >= 0.5 ? 1 : 0;
    int best = 0;
    for (int k = 1; k < aL.rows; ++k)
        if (aL(best, e) < aL(k, e)) best = k;  // std::max_element's rule: the first of equal maxima
    return best;
}

}  // namespace core
