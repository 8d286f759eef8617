#include "batch.h"

#include <algorithm>

#include "batch_kernels.h"
#include "detmath.h"
#include "loss.h"
#include "rng.h"
#include "simd.h"
#include "train.h"

namespace core {
namespace {
using simd::kLanes;

int padded(int n) { return (n + kLanes - 1) / kLanes * kLanes; }

// Gives `matrix` rows × padded(m) values without giving up its storage (sized once for kBatchColumns): each row
// a whole number of Lanes, so that every loop over a row runs in whole Lanes.
void shape(Matrix& matrix, int rows, int m) {
    if (matrix.rows == rows && matrix.cols == padded(m)) return;  // the usual case: the same shape as the last block
    matrix.v.reserve(static_cast<size_t>(rows) * kBatchColumns);
    matrix.rows = rows;
    matrix.cols = padded(m);
    matrix.v.resize(static_cast<size_t>(rows) * static_cast<size_t>(matrix.cols));
}

void shape_layers(const Network& net, std::vector<Matrix>& layers, int m) {
    layers.resize(net.sizes.size());
    for (size_t l = 0; l < layers.size(); ++l) shape(layers[l], net.sizes[l], m);
}

// [1 A⁽ˡ⁾] with a row per example: ones_a[e][0] = 1, ones_a[e][j] = a_in[j−1][e] (every padded column e, so that
// whole tiles turn; the rows past m are unread).
void with_ones_by_example(const Matrix& a_in, Matrix& ones_a) {
    shape(ones_a, a_in.cols, a_in.rows + 1);
    for (int e = 0; e < a_in.cols; ++e) ones_a(e, 0) = 1.0;
    transpose_into(a_in, a_in.rows, ones_a, 1);
}

// The first `units` rows of a layer × batch matrix with a row per example: out[e][i] = by_unit[i][e].
void by_example(const Matrix& by_unit, int units, Matrix& out) {
    shape(out, by_unit.cols, units);
    transpose_into(by_unit, units, out, 0);
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

}  // namespace

// The usual cases (cross-entropy with 0/1 or one-hot targets, MSE) with the logs of all columns in one
// det::log_array, each column's terms summed in loss_value()'s order; any other case column by column through
// loss_value().
const std::vector<double>& block_losses(Loss loss, const Matrix& aL, const Matrix& y, int m, Batch& batch) {
    const int n = aL.rows;
    std::vector<double>& J = batch.losses;
    std::vector<double>& p = batch.log_arguments;
    J.assign(static_cast<size_t>(m), 0.0);
    bool done = false;
    if (loss == Loss::BinaryCrossEntropy) {  // J = 0 − log p₀ − log p₁ …, p = a (y = 1) or 1 − a (y = 0), ≥ 1e−15
        // padded with ones to whole Lanes, so that every log runs in Lanes (log 1 = 0 is never read)
        const int count = n * m, whole = padded(count);
        p.resize(static_cast<size_t>(whole));
        bool targets_0_or_1 = true;
        for (int k = 0; k < n; ++k)
            for (int e = 0; e < m; ++e) {
                const double yk = y(k, e), ak = aL(k, e);
                targets_0_or_1 &= yk == 0.0 || yk == 1.0;
                const double pk = yk == 0.0 ? 1.0 - ak : ak;
                p[static_cast<size_t>(k * m + e)] = pk < kMinProbability ? kMinProbability : pk;
            }
        for (int k = count; k < whole; ++k) p[static_cast<size_t>(k)] = 1.0;
        done = targets_0_or_1;
        if (done) {
            det::log_array(p.data(), p.data(), whole);
            for (int k = 0; k < n; ++k)
                for (int e = 0; e < m; ++e) J[static_cast<size_t>(e)] -= p[static_cast<size_t>(k * m + e)];
        }
    } else if (loss == Loss::SoftmaxCrossEntropy) {  // one non-zero target per column: J = 0 − y_c log a_c
        // Each column's non-zero target and its a, picked without a branch (rows outer, so the examples run in
        // SIMD lanes); the logs' arguments padded with ones, as above.
        p.resize(static_cast<size_t>(padded(m)));
        std::vector<double>& weight = batch.target;
        std::vector<double>& nonzero = batch.nonzero_targets;
        weight.assign(static_cast<size_t>(m), 0.0);
        nonzero.assign(static_cast<size_t>(m), 0.0);
        for (int e = 0; e < padded(m); ++e) p[static_cast<size_t>(e)] = 1.0;
        for (int k = 0; k < n; ++k) {
            const double* yk = y.row(k);
            const double* ak = aL.row(k);
            for (int e = 0; e < m; ++e) {
                const bool hit = yk[e] != 0.0;
                nonzero[static_cast<size_t>(e)] += hit ? 1.0 : 0.0;
                weight[static_cast<size_t>(e)] = hit ? yk[e] : weight[static_cast<size_t>(e)];
                p[static_cast<size_t>(e)] = hit ? ak[e] : p[static_cast<size_t>(e)];
            }
        }
        done = true;
        for (int e = 0; e < m; ++e) {
            done &= nonzero[static_cast<size_t>(e)] == 1.0;
            const double pe = p[static_cast<size_t>(e)];
            p[static_cast<size_t>(e)] = pe < kMinProbability ? kMinProbability : pe;
        }
        if (done) {
            det::log_array(p.data(), p.data(), padded(m));
            for (int e = 0; e < m; ++e)
                J[static_cast<size_t>(e)] -= weight[static_cast<size_t>(e)] * p[static_cast<size_t>(e)];
        }
    } else if (loss == Loss::MSE) {
        for (int k = 0; k < n; ++k)
            for (int e = 0; e < m; ++e) J[static_cast<size_t>(e)] += 0.5 * (aL(k, e) - y(k, e)) * (aL(k, e) - y(k, e));
        done = true;
    }
    if (done) return J;
    for (int e = 0; e < m; ++e) {
        column_of(aL, e, batch.out);
        column_of(y, e, batch.target);
        J[static_cast<size_t>(e)] = loss_value(loss, batch.out.data(), batch.target.data(), n);
    }
    return J;
}

void load_batch(const Network& net, const Dataset& data, const int* rows, int m, Batch& batch) {
    batch.m = m;
    batch.rows.assign(rows, rows + m);
    shape_layers(net, batch.z, m);
    shape_layers(net, batch.a, m);
    shape_layers(net, batch.delta, m);
    shape(batch.y, net.sizes.back(), m);
    const double* xs[kBatchColumns];
    const double* ys[kBatchColumns];
    for (int e = 0; e < m; ++e) {
        xs[e] = data.x_row(rows[e]);
        ys[e] = data.y_row(rows[e]);
    }
    gather_by_unit(xs, m, batch.a[0]);
    gather_by_unit(ys, m, batch.y);
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
    for (size_t l = 0; l < out; ++l) {  // Δᵀ [1 A]: whole Lanes of units along i, the rest along j
        const Matrix& delta_next = batch.delta[l + 1];
        const int rows_in_lanes = delta_next.rows / kLanes * kLanes;
        if (rows_in_lanes > 0) {
            by_example(delta_next, rows_in_lanes, batch.delta_by_example);
            add_gradient_by_units(batch.delta_by_example, batch.a[l], batch.m, rows_in_lanes, dtheta[l]);
        }
        if (rows_in_lanes < delta_next.rows) {
            with_ones_by_example(batch.a[l], batch.ones_a);
            add_gradient(batch.ones_a, delta_next, batch.m, rows_in_lanes, dtheta[l]);
        }
    }
}

double batch_loss(Loss loss, Batch& batch, int e) {
    const Matrix& aL = batch.a.back();
    column_of(aL, e, batch.out);
    column_of(batch.y, e, batch.target);
    return loss_value(loss, batch.out.data(), batch.target.data(), aL.rows);
}

const std::vector<double>& batch_losses(Loss loss, Batch& batch) {
    return block_losses(loss, batch.a.back(), batch.y, batch.m, batch);
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
