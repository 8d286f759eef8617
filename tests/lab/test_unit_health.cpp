// Lesson 5's diagnosis (lab/teach/unit_health.h): dead and saturated units, and the gradient's size per layer.
#include <cmath>

#include <catch2/catch.hpp>

#include "core/gradcheck.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"
#include "lab/teach/unit_health.h"

namespace {

using core::Activation;
using lab::UnitHealth;

// 2 inputs, 2 hidden units with g, 1 sigmoid output; hidden unit j has bias bias[j] and input weights w.
core::Network two_unit_net(Activation g, double bias0, double bias1, double w = 0.5) {
    core::Network net = core::make_network({2, 2, 1}, g, Activation::Sigmoid);
    const double bias[2] = {bias0, bias1};
    for (int j = 0; j < 2; ++j) {
        net.theta[0](j, 0) = bias[j];
        net.theta[0](j, 1) = w;
        net.theta[0](j, 2) = -w;
    }
    net.theta[1](0, 0) = 0.1;
    net.theta[1](0, 1) = 1.0;
    net.theta[1](0, 2) = -1.0;
    return net;
}

const core::Dataset& circle() {
    static const core::Dataset data = core::make_dataset(core::DatasetKind::Circle, 200, 0.0, 7);
    return data;
}

}  // namespace

TEST_CASE("a ReLU unit with z ≤ 0 on every example is dead; one positive example keeps it alive", "[health]") {
    // the circle's inputs lie in [−6, 6]: a bias of −10 with weights ±0.5 keeps z < 0 everywhere
    const lab::NetworkHealth h = lab::network_health(two_unit_net(Activation::ReLU, -10.0, 1.0), circle(),
                                                     core::Loss::BinaryCrossEntropy);
    REQUIRE(h.examples == 200);
    CHECK(h.units[1][0] == UnitHealth::Dead);
    CHECK(h.units[1][1] == UnitHealth::Healthy);
    CHECK(h.count(UnitHealth::Dead) == 1);
    // z = x₁ − x₂ − 5.9 (weights 1, −1) is positive only where x₁ − x₂ > 5.9: a few points, so not dead
    core::Network few = two_unit_net(Activation::ReLU, -5.9, 1.0, 1.0);
    int positive = 0;
    for (int i = 0; i < circle().count(); ++i) positive += circle().x_row(i)[0] - circle().x_row(i)[1] > 5.9;
    REQUIRE(positive > 0);
    CHECK(lab::network_health(few, circle(), core::Loss::BinaryCrossEntropy).units[1][0] == UnitHealth::Healthy);
}

TEST_CASE("sigmoid and tanh units with |g′(z)| < 0.01 on most examples are saturated; ReLU never is", "[health]") {
    for (Activation g : {Activation::Sigmoid, Activation::Tanh}) {
        const lab::NetworkHealth h = lab::network_health(two_unit_net(g, 20.0, 0.0, 0.1), circle(),
                                                         core::Loss::BinaryCrossEntropy);
        CHECK(h.units[1][0] == UnitHealth::Saturated);  // z ≈ 20 ± 1.2: g′ below 1e-8
        CHECK(h.units[1][1] == UnitHealth::Healthy);    // z ≈ 0 ± 1.2
    }
    const lab::NetworkHealth relu = lab::network_health(two_unit_net(Activation::ReLU, 20.0, 0.0, 0.1), circle(),
                                                        core::Loss::BinaryCrossEntropy);
    CHECK(relu.count(UnitHealth::Saturated) == 0);
    CHECK(relu.count(UnitHealth::Dead) == 0);
    // leaky ReLU keeps a slope of 0.01 for z < 0: neither dead nor (by the < 0.01 rule) saturated
    const lab::NetworkHealth leaky = lab::network_health(two_unit_net(Activation::LeakyReLU, -10.0, 1.0), circle(),
                                                         core::Loss::BinaryCrossEntropy);
    CHECK(leaky.count(UnitHealth::Dead) + leaky.count(UnitHealth::Saturated) == 0);
    CHECK(lab::can_saturate(Activation::Sigmoid));
    CHECK_FALSE(lab::can_saturate(Activation::Step));  // flat everywhere: "no gradient", a different problem
    CHECK_FALSE(lab::can_saturate(Activation::ReLU));
}

TEST_CASE("‖∂J/∂Θ⁽ˡ⁾‖ is the norm of the mean data-loss gradient over the examples looked at", "[health]") {
    const core::Network net = two_unit_net(Activation::Tanh, 0.3, -0.2);
    const lab::NetworkHealth h = lab::network_health(net, circle(), core::Loss::BinaryCrossEntropy);
    core::TrainConfig config;
    config.loss = core::Loss::BinaryCrossEntropy;
    std::vector<int> examples(200);
    for (int i = 0; i < 200; ++i) examples[static_cast<size_t>(i)] = i;
    const std::vector<core::Matrix> grad = core::analytic_gradient(net, config, circle(), examples);
    REQUIRE(h.layers.size() == 2);
    for (size_t l = 0; l < 2; ++l) {
        double squares = 0.0;
        for (double v : grad[l].v) squares += v * v;
        CHECK(h.layers[l].theta_norm == Approx(std::sqrt(squares)).epsilon(1e-12));
        CHECK(h.layers[l].mean_abs_delta > 0.0);
    }
}

TEST_CASE("lesson 5's deep sigmoid net: gradients shrink towards the input; with ReLU they do not", "[health]") {
    const lab::Lesson& lesson = *lab::find_lesson("activations");
    lab::Session sigmoid(lesson.config);
    const lab::NetworkHealth s = lab::network_health(sigmoid.network(), sigmoid.train_set(), lesson.config.train.loss);
    lab::LabConfig relu_config = lesson.config;
    relu_config.hidden_activation = Activation::ReLU;
    lab::Session relu(relu_config);
    const lab::NetworkHealth r = lab::network_health(relu.network(), relu.train_set(), lesson.config.train.loss);
    REQUIRE(s.layers.size() == 5);
    // each sigmoid layer multiplies δ by g′ ≤ 0.25: the first hidden layer's δ is far below the last one's
    const double sigmoid_ratio = s.layers[0].mean_abs_delta / s.layers[3].mean_abs_delta;
    const double relu_ratio = r.layers[0].mean_abs_delta / r.layers[3].mean_abs_delta;
    CHECK(sigmoid_ratio < 0.05);
    CHECK(relu_ratio > 10 * sigmoid_ratio);
    CHECK(s.layers[0].theta_norm < s.layers[3].theta_norm);
}

TEST_CASE("the comparison puts ReLU beside the network's g, and sigmoid beside ReLU, with the same Θ", "[health]") {
    const core::Network tanh_net = two_unit_net(Activation::Tanh, 20.0, 0.0, 0.1);
    const lab::HealthComparison c = lab::compare_health(tanh_net, circle(), core::Loss::BinaryCrossEntropy);
    CHECK(c.compared_g == Activation::ReLU);
    CHECK(c.net.units[1][0] == UnitHealth::Saturated);
    CHECK(c.compared.units[1][0] == UnitHealth::Healthy);  // ReLU at z ≈ 20: slope 1
    const core::Network relu_net = two_unit_net(Activation::ReLU, -10.0, 1.0);
    const lab::HealthComparison r = lab::compare_health(relu_net, circle(), core::Loss::BinaryCrossEntropy);
    CHECK(r.compared_g == Activation::Sigmoid);
    CHECK(r.net.units[1][0] == UnitHealth::Dead);
    CHECK(r.compared.count(UnitHealth::Dead) == 0);
}
