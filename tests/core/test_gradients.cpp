// Backprop against central differences, for every hidden activation × output/loss × regularization combination
// that makes sense (step and sign are excluded: their derivative is 0 almost everywhere, so there is nothing to check).
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/gradcheck.h"
#include "core/init.h"

using namespace core;

namespace {

struct OutputPairing {
    Activation output;
    Loss loss;
};

// Five examples with 3 inputs and `outputs` targets shaped for the loss: 0/1, one-hot, or real values.
Dataset examples_for(Loss loss, Activation output, int outputs, uint64_t seed) {
    Rng rng(seed);
    Dataset d;
    d.n_in = 3;
    d.n_out = outputs;
    for (int i = 0; i < 5; ++i) {
        double x[3], y[4] = {0, 0, 0, 0};
        for (double& v : x) v = rng.uniform(-1.5, 1.5);
        const bool one_hot = loss == Loss::SoftmaxCrossEntropy || loss == Loss::MulticlassHinge ||
                             output == Activation::Softmax;
        if (one_hot) {
            y[rng.below(outputs)] = 1.0;
        } else if (loss == Loss::BinaryCrossEntropy) {
            for (int k = 0; k < outputs; ++k) y[k] = rng.uniform() < 0.5 ? 0.0 : 1.0;
        } else {
            for (int k = 0; k < outputs; ++k) y[k] = rng.uniform(-0.8, 0.8);
        }
        d.append(x, y);
    }
    return d;
}

// Relative error where the gradient is not tiny; absolute error where it is: J(Θ ± h) carries round-off of about
// 1e-16 · J, so (J₊ − J₋)/2h is only good to ~1e-11 absolute, which is more than 1e-7 of a 1e-4 gradient.
void require_gradients_agree(const std::vector<GradCheckEntry>& entries) {
    for (const GradCheckEntry& e : entries) {
        INFO("Θ(" << e.layer + 1 << ")[" << e.i << "," << e.j << "] analytic " << e.analytic << " numeric " << e.numeric);
        if (std::fmax(std::fabs(e.analytic), std::fabs(e.numeric)) > 1e-3)
            REQUIRE(e.relative_error < 1e-7);
        else
            REQUIRE(std::fabs(e.analytic - e.numeric) < 1e-10);
    }
}

}  // namespace

TEST_CASE("backprop matches central differences for every sensible combination", "[gradients]") {
    std::vector<Activation> hidden_kinds;  // every hidden g of the table that passes a gradient back
    for (const ActivationInfo& info : kActivationTable)
        if (info.hidden && info.gives_gradient) hidden_kinds.push_back(info.kind);
    const OutputPairing pairings[] = {
        {Activation::Sigmoid, Loss::BinaryCrossEntropy}, {Activation::Sigmoid, Loss::MSE},
        {Activation::Softmax, Loss::SoftmaxCrossEntropy}, {Activation::Softmax, Loss::MSE},
        {Activation::Linear, Loss::MSE},                  {Activation::Linear, Loss::MulticlassHinge},
        {Activation::Tanh, Loss::MSE},
    };
    const Regularization penalties[] = {Regularization::None, Regularization::L1, Regularization::L2};
    int combinations = 0;
    for (Activation hidden : hidden_kinds) {
        for (const OutputPairing& pairing : pairings) {
            for (Regularization penalty : penalties) {
                const int outputs = (pairing.output == Activation::Softmax || pairing.loss == Loss::MulticlassHinge) ? 3 : 2;
                Network net = make_network({3, 4, 3, outputs}, hidden, pairing.output);
                Rng rng(7 + combinations);
                initialize(net, Init::Uniform, rng, 0.9);
                // |w| has a kink at 0: keep every weight further than h from it so L1 is differentiable there
                for (Matrix& t : net.theta)
                    for (double& w : t.v)
                        if (std::fabs(w) < 0.01) w = w < 0 ? -0.01 : 0.01;
                TrainConfig config;
                config.loss = pairing.loss;
                config.regularization = penalty;
                config.lambda = penalty == Regularization::None ? 0.0 : 0.03;
                const Dataset data = examples_for(pairing.loss, pairing.output, outputs, 100 + combinations);
                SECTION(std::string(activation_name(hidden)) + " / " + activation_name(pairing.output) + " + " +
                        loss_name(pairing.loss) + " / " + regularization_name(penalty)) {
                    require_gradients_agree(gradient_check(net, config, data, {0, 1, 2, 3, 4}, 1e-5, Difference::Central));
                }
                ++combinations;
            }
        }
    }
    REQUIRE(hidden_kinds.size() >= 7);  // sigmoid, tanh, ReLU, leaky ReLU, GELU, swish, linear
    REQUIRE(combinations == static_cast<int>(hidden_kinds.size()) * 7 * 3);
}

TEST_CASE("the matched pairs give delta = a - y at the output", "[gradients]") {
    Network net = make_network({2, 3, 1}, Activation::Tanh, Activation::Sigmoid);
    Rng rng(3);
    initialize(net, Init::Uniform, rng, 1.0);
    Cache cache;
    std::vector<Matrix> dtheta = zeros_like(net.theta);
    const double x[2] = {0.3, -0.7}, y[1] = {1.0};
    forward(net, x, cache);
    backward(net, y, Loss::BinaryCrossEntropy, cache, dtheta);
    REQUIRE(cache.delta[2][0] == cache.a[2][0] - 1.0);
    // and the gradient of the bias weight of the output is δ itself (a₀ = 1)
    REQUIRE(dtheta[1](0, 0) == cache.delta[2][0]);
}

TEST_CASE("forward differences are less accurate than central ones", "[gradients]") {
    Network net = make_network({2, 3, 1}, Activation::Tanh, Activation::Sigmoid);
    Rng rng(11);
    initialize(net, Init::Uniform, rng, 1.0);
    TrainConfig config;
    Dataset data;
    data.n_in = 2;
    data.n_out = 1;
    const double x[2] = {0.5, -1.0}, y[1] = {1.0};
    data.append(x, y);
    double worst_forward = 0.0, worst_central = 0.0;
    for (const auto& e : gradient_check(net, config, data, {0}, 1e-4, Difference::Forward))
        worst_forward = std::fmax(worst_forward, e.relative_error);
    for (const auto& e : gradient_check(net, config, data, {0}, 1e-4, Difference::Central))
        worst_central = std::fmax(worst_central, e.relative_error);
    REQUIRE(worst_forward > 1e-6);   // O(h) error
    REQUIRE(worst_central < 1e-7);   // O(h²) error
    REQUIRE(relative_error(0.0, 0.0) == 0.0);
    REQUIRE(relative_error(1.0, 0.5) == Approx(0.5));
}
