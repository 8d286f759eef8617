#include "plane_loss.h"

#include <algorithm>

#include "activation.h"
#include "batch_kernels.h"
#include "detmath.h"
#include "regularization.h"
#include "simd.h"

namespace core {
namespace {

constexpr int W = kBatchColumns;  // examples per block: every block matrix is rows × W

// out[i][e] = Θᵢ₀ + Σⱼ Θᵢⱼ x⁽ᵉ⁾ⱼ, j = 1, 2, … in order (the forward pass's weighted sum) for examples
// first .. first + m − 1; the padding columns stay 0.
void first_layer(const Matrix& theta, const Dataset& data, int first, int m, Matrix& out) {
    out = Matrix(theta.rows, W);
    for (int e = 0; e < m; ++e) {
        const double* x = data.x_row(first + e);
        for (int i = 0; i < theta.rows; ++i) {
            const double* w = theta.row(i);
            double z = w[0];
            for (int j = 1; j < theta.cols; ++j) z += w[j] * x[j - 1];
            out(i, e) = z;
        }
    }
}

// z = (P + u·Q) + v·R, element by element over rows × W values (SIMD lanes; the same IEEE operations in every
// lane). The loops below run W, a constant, times over arrays that do not overlap (restrict): what lets GCC -O2
// vectorize them without runtime checks.
BPLAB_SIMD_CLONES void plane_sums(const double* __restrict P, const double* __restrict Q, const double* __restrict R,
                                  double u, double v, double* __restrict z, int rows) {
    for (int i = 0; i < rows; ++i)
        for (int e = 0; e < W; ++e) z[i * W + e] = (P[i * W + e] + u * Q[i * W + e]) + v * R[i * W + e];
}

// softmax() of every column: max, z − max, exp (exp_array over the block), Σ in unit order, then each a / Σ.
BPLAB_SIMD_CLONES void softmax_columns(const double* __restrict z, double* __restrict a, int rows,
                                       double* __restrict max_z, double* __restrict sum) {
    for (int e = 0; e < W; ++e) max_z[e] = z[e];
    for (int k = 1; k < rows; ++k)
        for (int e = 0; e < W; ++e) max_z[e] = z[k * W + e] > max_z[e] ? z[k * W + e] : max_z[e];
    for (int k = 0; k < rows; ++k)
        for (int e = 0; e < W; ++e) a[k * W + e] = z[k * W + e] - max_z[e];
    det::exp_array(a, a, rows * W);
    for (int e = 0; e < W; ++e) sum[e] = 0.0;
    for (int k = 0; k < rows; ++k)
        for (int e = 0; e < W; ++e) sum[e] += a[k * W + e];
    for (int k = 0; k < rows; ++k)
        for (int e = 0; e < W; ++e) a[k * W + e] /= sum[e];
}

}  // namespace

void PlaneLoss::prepare(const Network& centre, const std::vector<Matrix>& d1, const std::vector<Matrix>& d2,
                        const TrainConfig& config, const Dataset& data) {
    centre_ = centre;
    point_ = centre;
    d1_ = d1;
    d2_ = d2;
    config_ = config;
    examples_ = data.count();
    blocks_.clear();
    data_ = Dataset{};
    const int L = centre.layer_count();
    if (L < 3) {  // no hidden layer: the plain batched forward over the data
        data_ = data;
        return;
    }
    // the fast path: the inputs live on in P, Q and R, the targets in each block's Y
    for (int first = 0; first < examples_; first += W) {
        Block block;
        block.first = first;
        block.m = std::min(W, examples_ - first);
        first_layer(centre.theta[0], data, first, block.m, block.P);
        first_layer(d1[0], data, first, block.m, block.Q);
        first_layer(d2[0], data, first, block.m, block.R);
        block.Y = Matrix(centre.sizes.back(), W);  // the targets with a row per output unit, as batch.h holds them
        for (int e = 0; e < block.m; ++e)
            for (int k = 0; k < block.Y.rows; ++k) block.Y(k, e) = data.y_row(first + e)[k];
        blocks_.push_back(std::move(block));
    }
    const int s2 = centre.sizes[1], sL = centre.sizes.back();
    z_ = Matrix(s2, W);
    a_ = Matrix(s2, W);
    out_z_ = Matrix(sL, W);
    out_a_ = Matrix(sL, W);
    lanes_max_.assign(W, 0.0);
    lanes_sum_.assign(W, 0.0);
    middle_ = Network{};
    if (L > 3) {  // layers 2 .. L−1 are all hidden: the middle network's "output" is hidden too
        middle_ = make_network(std::vector<int>(centre.sizes.begin() + 1, centre.sizes.end() - 1), centre.hidden,
                               centre.hidden);
        Dataset zeros;  // shapes the batch (W columns); its inputs are overwritten by a⁽²⁾ every block
        zeros.n_in = s2;
        zeros.n_out = centre.sizes[static_cast<size_t>(L - 2)];
        zeros.x.assign(static_cast<size_t>(s2) * W, 0.0);
        zeros.y.assign(static_cast<size_t>(zeros.n_out) * W, 0.0);
        int rows[W];
        for (int e = 0; e < W; ++e) rows[e] = e;
        load_batch(middle_, zeros, rows, W, middle_batch_);
    }
}

void PlaneLoss::set_point(double u, double v) {
    for (size_t l = 0; l < point_.theta.size(); ++l) {
        const std::vector<double>& c = centre_.theta[l].v;
        const std::vector<double>& a = d1_[l].v;
        const std::vector<double>& b = d2_[l].v;
        std::vector<double>& w = point_.theta[l].v;
        for (size_t k = 0; k < w.size(); ++k) w[k] = c[k] + u * a[k] + v * b[k];  // Θ_c + u·d₁ + v·d₂
        if (l > 0 && l + 1 < point_.theta.size()) middle_.theta[l - 1].v = w;
    }
}

void PlaneLoss::add_losses(const Block& block, double u, double v, double& sum) {
    plane_sums(block.P.v.data(), block.Q.v.data(), block.R.v.data(), u, v, z_.v.data(), z_.rows);
    const Matrix* hidden = &a_;
    if (middle_.theta.empty()) {
        activate_layer(centre_.hidden, z_.v.data(), a_.v.data(), z_.size());  // a⁽²⁾ = g(z⁽²⁾)
    } else {
        activate_layer(centre_.hidden, z_.v.data(), middle_batch_.a[0].v.data(), z_.size());
        forward_batch(middle_, middle_batch_);
        hidden = &middle_batch_.a.back();
    }
    weighted_sums(point_.theta.back(), *hidden, out_z_);
    if (centre_.output == Activation::Softmax)
        softmax_columns(out_z_.v.data(), out_a_.v.data(), out_z_.rows, lanes_max_.data(), lanes_sum_.data());
    else activate_layer(centre_.output, out_z_.v.data(), out_a_.v.data(), out_z_.size());
    // Lᵢ of the block's examples as loss_value() gives them (the logs over the block at once)
    for (double J : block_losses(config_.loss, out_a_, block.Y, block.m, loss_scratch_)) sum += J;
}

double PlaneLoss::evaluate(double u, double v) {
    set_point(u, v);
    const double penalty_term = config_.lambda * penalty(config_.regularization, point_.theta);
    if (examples_ == 0) return penalty_term;
    if (blocks_.empty()) return core::evaluate(point_, config_.loss, data_, full_).loss + penalty_term;
    double sum = 0.0;
    for (const Block& block : blocks_) add_losses(block, u, v, sum);
    return sum / examples_ + penalty_term;
}

}  // namespace core
