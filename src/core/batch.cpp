#include "batch.h"

#include "rng.h"
#include "simd.h"
#include "train.h"

namespace core {
namespace {

// Gives `matrix` rows × m values (column count m) without giving up its storage: sized once for kBatchColumns.
void shape(Matrix& matrix, int rows, int m) {
    matrix.v.reserve(static_cast<size_t>(rows) * kBatchColumns);
    matrix.rows = rows;
    matrix.cols = m;
    matrix.v.resize(static_cast<size_t>(rows) * static_cast<size_t>(m));
}

void shape_layers(const Network& net, std::vector<Matrix>& layers, int m) {
    layers.resize(net.sizes.size());
    for (size_t l = 0; l < layers.size(); ++l) shape(layers[l], net.sizes[l], m);
}

// z[i][e] = Θᵢ₀ + Σⱼ Θᵢⱼ a_in[j−1][e]: for each example the terms of weighted_sum() in its order (j = 1, 2, …).
BPLAB_SIMD_CLONES void weighted_sums(const Matrix& theta, const Matrix& a_in, Matrix& z) {
    const int m = z.cols, n_in = theta.cols - 1;
    for (int i = 0; i < theta.rows; ++i) {
        const double* w = theta.row(i);
        double* zi = z.row(i);
        for (int e = 0; e < m; ++e) zi[e] = w[0];
        for (int j = 0; j < n_in; ++j) {
            const double wij = w[j + 1];
            const double* aj = a_in.row(j);
            for (int e = 0; e < m; ++e) zi[e] += wij * aj[e];
        }
    }
}

// back[j][e] = Σᵢ Θᵢ,ⱼ₊₁ δ[i][e] from 0, i = 0, 1, … (transposed_product()'s order).
BPLAB_SIMD_CLONES void transposed_products(const Matrix& theta, const Matrix& delta_next, Matrix& back) {
    const int m = back.cols;
    for (double& value : back.v) value = 0.0;
    for (int i = 0; i < theta.rows; ++i) {
        const double* di = delta_next.row(i);
        for (int j = 0; j + 1 < theta.cols; ++j) {
            const double w = theta(i, j + 1);
            double* bj = back.row(j);
            for (int e = 0; e < m; ++e) bj[e] += w * di[e];
        }
    }
}

// δ := δ ⊙ g′(z) (⊙ mask) over a hidden layer. tanh and sigmoid, the usual hidden g, get loops of their own that
// the compiler vectorizes; every g computes what hidden_derivative() computes.
BPLAB_SIMD_CLONES void times_hidden_derivative(Activation g, const Matrix& z, const Matrix& a, const Matrix& mask, Matrix& delta) {
    const int n = delta.size();
    double* d = delta.v.data();
    if (mask.size() != 0) {
        for (int k = 0; k < n; ++k) d[k] = d[k] * hidden_derivative(g, z.v[k], a.v[k], true) * mask.v[k];
    } else if (g == Activation::Tanh) {
        for (int k = 0; k < n; ++k) d[k] = d[k] * (1.0 - a.v[k] * a.v[k]);
    } else if (g == Activation::Sigmoid) {
        for (int k = 0; k < n; ++k) d[k] = d[k] * (a.v[k] * (1.0 - a.v[k]));
    } else {
        for (int k = 0; k < n; ++k) d[k] = d[k] * activate_derivative(g, z.v[k], a.v[k]);
    }
}

// ∂J/∂Θᵢⱼ += Σₑ δ[i][e] a[j−1][e] (a₀ = 1), adding example after example like m calls of backward().
BPLAB_SIMD_CLONES void add_gradient(const Matrix& a_in, const Matrix& delta_next, Matrix& grad) {
    const int m = a_in.cols;
    for (int i = 0; i < grad.rows; ++i) {
        double* g = grad.row(i);
        const double* di = delta_next.row(i);
        for (int e = 0; e < m; ++e) g[0] += di[e];
        for (int j = 0; j + 1 < grad.cols; ++j) {
            const double* aj = a_in.row(j);
            double sum = g[j + 1];
            for (int e = 0; e < m; ++e) sum += aj[e] * di[e];
            g[j + 1] = sum;
        }
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

}  // namespace

void load_batch(const Network& net, const Dataset& data, const int* rows, int m, Batch& batch) {
    batch.m = m;
    batch.rows.assign(rows, rows + m);
    shape_layers(net, batch.z, m);
    shape_layers(net, batch.a, m);
    shape_layers(net, batch.delta, m);
    shape(batch.y, net.sizes.back(), m);
    Matrix& x = batch.a[0];
    for (int e = 0; e < m; ++e) {
        const double* xe = data.x_row(rows[e]);
        const double* ye = data.y_row(rows[e]);
        for (int j = 0; j < x.rows; ++j) x(j, e) = xe[j];
        for (int k = 0; k < batch.y.rows; ++k) batch.y(k, e) = ye[k];
    }
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
        if (g == Activation::Softmax) {  // over each example's units: a column
            for (int e = 0; e < batch.m; ++e) {
                column_of(z, e, batch.out_z);
                batch.out.resize(batch.out_z.size());
                softmax(batch.out_z.data(), batch.out.data(), z.rows);
                for (int k = 0; k < z.rows; ++k) a(k, e) = batch.out[static_cast<size_t>(k)];
            }
        } else {
            activate_layer(g, z.v.data(), a.v.data(), z.size());  // the whole layer × batch in one loop
        }
        const Matrix& mask = batch.mask[ul];
        for (int k = 0; k < mask.size(); ++k) a.v[static_cast<size_t>(k)] *= mask.v[static_cast<size_t>(k)];
    }
}

void backward_batch(const Network& net, Loss loss, Batch& batch, std::vector<Matrix>& dtheta) {
    const size_t out = net.sizes.size() - 1;
    const Matrix& aL = batch.a[out];
    Matrix& dL = batch.delta[out];
    if (is_matched_pair(net.output, loss)) {
        for (int k = 0; k < dL.size(); ++k) dL.v[static_cast<size_t>(k)] = aL.v[static_cast<size_t>(k)] - batch.y.v[static_cast<size_t>(k)];
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
    for (size_t l = 0; l < out; ++l) add_gradient(batch.a[l], batch.delta[l + 1], dtheta[l]);  // Δᵀ [1 A]
}

double batch_loss(Loss loss, Batch& batch, int e) {
    const Matrix& aL = batch.a.back();
    column_of(aL, e, batch.out);
    column_of(batch.y, e, batch.target);
    return loss_value(loss, batch.out.data(), batch.target.data(), aL.rows);
}

int batch_predicted_class(Batch& batch, int e) {
    column_of(batch.a.back(), e, batch.out);
    return predicted_class(batch.out);
}

}  // namespace core
