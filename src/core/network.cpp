#include "network.h"

#include "rng.h"

namespace core {

int Network::weight_count() const {
    int count = 0;
    for (const Matrix& t : theta) count += t.size();
    return count;
}

Network make_network(const std::vector<int>& sizes, Activation hidden, Activation output) {
    Network net;
    net.sizes = sizes;
    net.hidden = hidden;
    net.output = output;
    for (size_t l = 0; l + 1 < sizes.size(); ++l) net.theta.emplace_back(sizes[l + 1], sizes[l] + 1);  // +1: bias column
    return net;
}

void resize_cache(const Network& net, Cache& cache) {
    const int L = net.layer_count();
    cache.z.resize(L);
    cache.a.resize(L);
    cache.delta.resize(L);
    cache.dropout_mask.resize(L);
    for (int l = 0; l < L; ++l) {
        const size_t units = static_cast<size_t>(net.sizes[l]);
        cache.a[l].resize(units);
        cache.z[l].resize(l == 0 ? 0 : units);
        cache.delta[l].resize(l == 0 ? 0 : units);
    }
    cache.dJ_da.resize(static_cast<size_t>(net.sizes.back()));
}

std::vector<Matrix> zeros_like(const std::vector<Matrix>& theta) {
    std::vector<Matrix> zeros;
    for (const Matrix& t : theta) zeros.emplace_back(t.rows, t.cols);
    return zeros;
}

bool is_matched_pair(Activation output, Loss loss) {
    // A step unit with MSE has g′ = 0, so backprop would never move it; the perceptron rule
    // Θ := Θ − α (h − y) x is what that pairing means, and it is δ = a − y as well.
    return (output == Activation::Step && loss == Loss::MSE) ||
           (output == Activation::Sigmoid && loss == Loss::BinaryCrossEntropy) ||
           (output == Activation::Softmax && loss == Loss::SoftmaxCrossEntropy) ||
           (output == Activation::Linear && loss == Loss::MSE);
}

namespace {

bool cache_fits(const Network& net, const Cache& cache) {
    if (cache.a.size() != net.sizes.size()) return false;
    for (size_t l = 0; l < net.sizes.size(); ++l)
        if (cache.a[l].size() != static_cast<size_t>(net.sizes[l])) return false;
    return true;
}

// z⁽ˡ⁺¹⁾ = Θ⁽ˡ⁾ a⁽ˡ⁾ with a₀⁽ˡ⁾ = 1:  zᵢ = Θᵢ₀ + Σⱼ Θᵢⱼ aⱼ₋₁      theta is (rows, n_in + 1), a_in has n_in values
void weighted_sum(const Matrix& theta, const double* a_in, double* z_out) {
    const int n_in = theta.cols - 1;
    for (int i = 0; i < theta.rows; ++i) {
        const double* w = theta.row(i);
        double z = w[0];
        for (int j = 0; j < n_in; ++j) z += w[j + 1] * a_in[j];
        z_out[i] = z;
    }
}

// (Θᵀ δ)ⱼ without the bias row: back_j = Σᵢ Θᵢ,ⱼ₊₁ δᵢ, for j = 0 .. cols − 2.
// Summed row by row, so Θ is read in memory order and the inner loop over j can use SIMD; each back_j still adds
// its terms in the order i = 0, 1, …, so the bits are those of the column-by-column sum.
void transposed_product(const Matrix& theta, const double* delta_next, double* back) {
    const int n = theta.cols - 1;
    for (int j = 0; j < n; ++j) back[j] = 0.0;
    for (int i = 0; i < theta.rows; ++i) {
        const double* w = theta.row(i) + 1;  // skip the bias column
        const double di = delta_next[i];
        for (int j = 0; j < n; ++j) back[j] += w[j] * di;
    }
}

}  // namespace

double hidden_derivative(Activation g, double z, double a, bool masked) {
    return activate_derivative(g, z, masked ? activate(g, z) : a);
}

void unmatched_output_delta(Activation output, const double* dJ_da, const double* a, const double* z, int n,
                            double* delta) {
    if (output == Activation::Softmax) {
        // softmax couples the outputs: δᵢ = Σ_k ∂J/∂a_k · a_k (1[i=k] − aᵢ) = aᵢ (∂J/∂aᵢ − Σ_k ∂J/∂a_k a_k)
        double weighted = 0.0;
        for (int k = 0; k < n; ++k) weighted += dJ_da[k] * a[k];
        for (int i = 0; i < n; ++i) delta[i] = a[i] * (dJ_da[i] - weighted);
    } else {
        for (int k = 0; k < n; ++k) delta[k] = dJ_da[k] * activate_derivative(output, z[k], a[k]);  // ∂J/∂a ⊙ g′(z)
    }
}

const std::vector<double>& forward(const Network& net, const double* x, Cache& cache) {
    uint64_t unused = 0;
    return forward(net, x, cache, Dropout{}, unused);
}

const std::vector<double>& forward(const Network& net, const double* x, Cache& cache, const Dropout& dropout,
                                   uint64_t& mask_rng_state) {
    if (!cache_fits(net, cache)) resize_cache(net, cache);
    const int L = net.layer_count();
    for (int j = 0; j < net.sizes[0]; ++j) cache.a[0][static_cast<size_t>(j)] = x[j];  // a⁽¹⁾ = x

    Rng mask_rng(mask_rng_state);
    for (int l = 1; l < L; ++l) {
        weighted_sum(net.theta[static_cast<size_t>(l - 1)], cache.a[static_cast<size_t>(l - 1)].data(), cache.z[l].data());
        const Activation g = net.activation_of(l);
        std::vector<double>& z = cache.z[static_cast<size_t>(l)];
        std::vector<double>& a = cache.a[static_cast<size_t>(l)];
        activate_layer(g, z.data(), a.data(), static_cast<int>(z.size()));  // aᵢ = g(zᵢ) (softmax: the whole layer)
        // Inverted dropout on hidden layers: drop with probability p, scale the survivors by 1/(1−p).
        std::vector<double>& mask = cache.dropout_mask[static_cast<size_t>(l)];
        const bool hidden_layer = l + 1 < L;
        if (hidden_layer && dropout.rate > 0.0) {
            mask.resize(a.size());
            for (size_t i = 0; i < a.size(); ++i) {
                mask[i] = mask_rng.uniform() < dropout.rate ? 0.0 : 1.0 / (1.0 - dropout.rate);
                a[i] *= mask[i];
            }
        } else {
            mask.clear();
        }
    }
    mask_rng_state = mask_rng.state();
    return cache.a.back();
}

void backward(const Network& net, const double* y, Loss loss, Cache& cache, std::vector<Matrix>& dtheta) {
    const int L = net.layer_count();
    const size_t out = static_cast<size_t>(L - 1);
    const std::vector<double>& aL = cache.a[out];
    const std::vector<double>& zL = cache.z[out];
    std::vector<double>& dL = cache.delta[out];
    const int n = static_cast<int>(aL.size());

    cache.loss = loss_value(loss, aL.data(), y, n);
    loss_gradient(loss, aL.data(), y, n, cache.dJ_da.data());

    // Output layer: δ⁽ᴸ⁾ = ∂J/∂z⁽ᴸ⁾.
    if (is_matched_pair(net.output, loss)) {
        for (int k = 0; k < n; ++k) dL[static_cast<size_t>(k)] = aL[static_cast<size_t>(k)] - y[k];  // δ⁽ᴸ⁾ = a⁽ᴸ⁾ − y
    } else {
        unmatched_output_delta(net.output, cache.dJ_da.data(), aL.data(), zL.data(), n, dL.data());
    }

    // Hidden layers, in reverse order: δ⁽ˡ⁾ = (Θ⁽ˡ⁾ᵀ δ⁽ˡ⁺¹⁾) without the bias row, ⊙ g′(z⁽ˡ⁾) (⊙ dropout mask).
    for (size_t l = out - 1; l >= 1; --l) {
        std::vector<double>& delta = cache.delta[l];
        transposed_product(net.theta[l], cache.delta[l + 1].data(), delta.data());  // Θ⁽ˡ⁾ᵀ δ⁽ˡ⁺¹⁾
        const std::vector<double>& mask = cache.dropout_mask[l];
        for (size_t j = 0; j < delta.size(); ++j) {
            double d = delta[j] * hidden_derivative(net.hidden, cache.z[l][j], cache.a[l][j], !mask.empty());
            if (!mask.empty()) d *= mask[j];
            delta[j] = d;
        }
    }

    // ∂J/∂Θᵢⱼ⁽ˡ⁾ += aⱼ⁽ˡ⁾ δᵢ⁽ˡ⁺¹⁾, with a₀ = 1 for the bias column.
    for (size_t l = 0; l < out; ++l) {
        Matrix& grad = dtheta[l];
        const std::vector<double>& a_in = cache.a[l];
        const std::vector<double>& d_next = cache.delta[l + 1];
        const int n_in = grad.cols - 1;
        for (int i = 0; i < grad.rows; ++i) {
            double* g = grad.row(i);
            const double di = d_next[static_cast<size_t>(i)];
            g[0] += di;
            for (int j = 0; j < n_in; ++j) g[j + 1] += a_in[static_cast<size_t>(j)] * di;
        }
    }
}

}  // namespace core
