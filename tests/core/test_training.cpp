// Training behaviour the lecture claims: symmetry with zero init, XOR with a hidden layer, epochs, optimizers.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/dataset.h"
#include "core/init.h"
#include "core/train.h"

using namespace core;

namespace {

Trainer trainer_for(const Dataset& data, std::vector<int> hidden, Init init, uint64_t seed, TrainConfig config = {}) {
    std::vector<int> sizes = {data.n_in};
    sizes.insert(sizes.end(), hidden.begin(), hidden.end());
    sizes.push_back(data.n_out);
    Network net = make_network(sizes, Activation::Tanh, Activation::Sigmoid);
    Rng rng(seed);
    initialize(net, init, rng, 1.0);
    return make_trainer(net, config, seed, data.count());
}

bool rows_identical(const Matrix& m) {
    for (int i = 1; i < m.rows; ++i)
        for (int j = 0; j < m.cols; ++j)
            if (m(i, j) != m(0, j)) return false;
    return true;
}

}  // namespace

TEST_CASE("zero init keeps every hidden unit's incoming weights identical; uniform init does not", "[init]") {
    const Dataset data = make_dataset(DatasetKind::Circle, 100, 0.1, 3);
    Trainer zero = trainer_for(data, {4, 3}, Init::Zero, 1);
    Trainer uniform = trainer_for(data, {4, 3}, Init::Uniform, 1);
    for (int step = 0; step < 200; ++step) {
        train_step(zero, data);
        train_step(uniform, data);
    }
    // Θ⁽¹⁾ rows are the weights into each unit of layer 2: all equal under zero init
    REQUIRE(rows_identical(zero.net.theta[0]));
    REQUIRE(rows_identical(zero.net.theta[1]));
    REQUIRE_FALSE(rows_identical(uniform.net.theta[0]));
    REQUIRE_FALSE(rows_identical(uniform.net.theta[1]));
    // and zero init did move the weights (the symmetry is not just "nothing happened")
    REQUIRE(zero.net.theta[2](0, 0) != 0.0);
}

TEST_CASE("a 2-2-1 network learns XOR to 100% within 300 epochs for a fixed seed", "[xor]") {
    const Dataset data = make_dataset(DatasetKind::XorGate, 4, 0.0, 1);
    TrainConfig config;
    config.loss = Loss::BinaryCrossEntropy;
    config.optimizer.alpha = 0.5;
    config.batch_size = 4;
    Trainer trainer = trainer_for(data, {2}, Init::Uniform, 5, config);
    Batch scratch;
    long long reached = -1;
    while (trainer.epoch < 300 && reached < 0) {
        train_step(trainer, data);
        if (evaluate(trainer.net, config.loss, data, scratch).accuracy == 1.0) reached = trainer.epoch;
    }
    INFO("epochs to 100%: " << reached);
    REQUIRE(reached > 0);
    REQUIRE(reached <= 300);
}

TEST_CASE("an epoch is a full pass: batch size decides the steps per epoch", "[train]") {
    const Dataset data = make_dataset(DatasetKind::Gaussian, 25, 0.0, 2);
    TrainConfig config;
    for (int batch : {1, 10, 25, 100}) {
        config.batch_size = batch;
        Trainer trainer = trainer_for(data, {2}, Init::Xavier, 1, config);
        const int expected_steps = batch >= 25 ? 1 : (25 + batch - 1) / batch;
        for (int s = 0; s < expected_steps - 1; ++s) train_step(trainer, data);
        REQUIRE(trainer.epoch == 0);
        train_step(trainer, data);
        REQUIRE(trainer.epoch == 1);
        REQUIRE(trainer.steps == expected_steps);
    }
}

TEST_CASE("every example appears once per epoch", "[train]") {
    const Dataset data = make_dataset(DatasetKind::Circle, 30, 0.0, 2);
    TrainConfig config;
    config.batch_size = 7;
    Trainer trainer = trainer_for(data, {2}, Init::Xavier, 4, config);
    std::vector<int> seen(static_cast<size_t>(data.count()), 0);
    while (trainer.epoch == 0) {
        for (int i : next_batch(trainer, data.count())) ++seen[static_cast<size_t>(i)];
        train_step(trainer, data);
    }
    for (int count : seen) REQUIRE(count == 1);
}

TEST_CASE("SGD, momentum and Adam make the textbook first steps", "[optimizer]") {
    std::vector<Matrix> theta(1, Matrix(1, 1, 1.0)), grad(1, Matrix(1, 1, 0.5));
    OptimizerConfig config;
    config.alpha = 0.1;
    OptimizerState state;

    config.kind = OptimizerKind::SGD;
    reset_optimizer(state, theta);
    optimizer_step(config, config.alpha, state, theta, grad);
    REQUIRE(theta[0](0, 0) == Approx(1.0 - 0.1 * 0.5));

    config.kind = OptimizerKind::Momentum;
    theta[0](0, 0) = 1.0;
    reset_optimizer(state, theta);
    optimizer_step(config, config.alpha, state, theta, grad);  // v = −0.05
    optimizer_step(config, config.alpha, state, theta, grad);  // v = 0.9·(−0.05) − 0.05 = −0.095
    REQUIRE(theta[0](0, 0) == Approx(1.0 - 0.05 - 0.095));

    config.kind = OptimizerKind::Adam;
    theta[0](0, 0) = 1.0;
    reset_optimizer(state, theta);
    optimizer_step(config, config.alpha, state, theta, grad);  // m̂ = g, v̂ = g²: the first step is α·sign(g)
    REQUIRE(theta[0](0, 0) == Approx(1.0 - 0.1).epsilon(1e-7));
}

TEST_CASE("RMSProp's first two steps by hand: s := ρs + (1 − ρ)g², Θ := Θ − αg / (√s + ε)", "[optimizer]") {
    std::vector<Matrix> theta(1, Matrix(1, 1, 1.0)), grad(1, Matrix(1, 1, 0.5)), applied;
    OptimizerConfig config;
    config.kind = OptimizerKind::RMSProp;
    config.alpha = 0.1;
    REQUIRE(config.rho == 0.9);
    OptimizerState state;
    reset_optimizer(state, theta);
    // s = 0.1 · 0.25 = 0.025, ΔΘ = −0.1 · 0.5 / √0.025 = −0.1 / √0.1 = −0.316227766…  (ε = 1e-8 shifts the 8th digit)
    optimizer_step(config, config.alpha, state, theta, grad, &applied);
    REQUIRE(state.second[0](0, 0) == Approx(0.025).epsilon(1e-15));
    REQUIRE(applied[0](0, 0) == Approx(-0.31622776601683794).epsilon(1e-7));
    REQUIRE(theta[0](0, 0) == Approx(1.0 - 0.31622776601683794).epsilon(1e-7));
    // g = −1: s = 0.9 · 0.025 + 0.1 · 1 = 0.1225 = 0.35², ΔΘ = +0.1 / 0.35 = 0.285714…
    grad[0](0, 0) = -1.0;
    optimizer_step(config, config.alpha, state, theta, grad, &applied);
    REQUIRE(state.second[0](0, 0) == Approx(0.1225).epsilon(1e-15));
    REQUIRE(applied[0](0, 0) == Approx(0.1 / 0.35).epsilon(1e-7));
    REQUIRE(theta[0](0, 0) == Approx(1.0 - 0.31622776601683794 + 0.1 / 0.35).epsilon(1e-7));
}

TEST_CASE("RMSProp lowers the XOR loss on a 2-2-1 network", "[optimizer][xor]") {
    const Dataset data = make_dataset(DatasetKind::XorGate, 4, 0.0, 1);
    TrainConfig config;
    config.loss = Loss::BinaryCrossEntropy;
    config.optimizer.kind = OptimizerKind::RMSProp;
    config.optimizer.alpha = 0.05;
    config.batch_size = 4;
    Trainer trainer = trainer_for(data, {2}, Init::Uniform, 5, config);
    Batch scratch;
    const double before = evaluate(trainer.net, config.loss, data, scratch).loss;
    while (trainer.epoch < 300) train_step(trainer, data);
    const Evaluation after = evaluate(trainer.net, config.loss, data, scratch);
    INFO("J from " << before << " to " << after.loss << ", accuracy " << after.accuracy);
    REQUIRE(after.loss < 0.5 * before);
    REQUIRE(after.accuracy == 1.0);
}

TEST_CASE("step decay halves the learning rate every decay_every epochs", "[optimizer]") {
    OptimizerConfig config;
    config.alpha = 0.8;
    config.schedule = Schedule::StepDecay;
    config.decay_every = 10;
    config.decay_factor = 0.5;
    REQUIRE(learning_rate_at(config, 0) == 0.8);
    REQUIRE(learning_rate_at(config, 9) == 0.8);
    REQUIRE(learning_rate_at(config, 10) == 0.4);
    REQUIRE(learning_rate_at(config, 35) == 0.1);
    config.schedule = Schedule::Constant;
    REQUIRE(learning_rate_at(config, 35) == 0.8);
}

TEST_CASE("L1 and L2 never touch the bias column", "[regularization]") {
    std::vector<Matrix> theta(1, Matrix(2, 3, -0.5)), grad(1, Matrix(2, 3, 0.0));
    add_penalty_gradient(Regularization::L2, 0.1, theta, grad);
    REQUIRE(grad[0](0, 0) == 0.0);
    REQUIRE(grad[0](1, 0) == 0.0);
    REQUIRE(grad[0](0, 1) == Approx(0.1 * 2 * -0.5));
    add_penalty_gradient(Regularization::L1, 0.1, theta, grad);
    REQUIRE(grad[0](0, 0) == 0.0);
    REQUIRE(grad[0](1, 2) == Approx(-0.1 - 0.1));
    REQUIRE(penalty(Regularization::L1, theta) == Approx(4 * 0.5));  // 4 non-bias weights
}

TEST_CASE("dropout masks are seeded, inspectable and inverted", "[dropout]") {
    Network net = make_network({2, 50, 1}, Activation::ReLU, Activation::Sigmoid);
    Rng rng(1);
    initialize(net, Init::He, rng);
    const double x[2] = {0.4, -0.2};
    Dropout dropout{0.3};
    Cache first, second;
    uint64_t state_a = 42, state_b = 42;
    forward(net, x, first, dropout, state_a);
    forward(net, x, second, dropout, state_b);
    REQUIRE(first.dropout_mask[1] == second.dropout_mask[1]);  // same seed, same mask
    int dropped = 0;
    for (double m : first.dropout_mask[1]) {
        REQUIRE((m == 0.0 || m == Approx(1.0 / 0.7)));
        dropped += m == 0.0;
    }
    REQUIRE(dropped > 5);
    REQUIRE(dropped < 30);
    REQUIRE(first.dropout_mask[2].empty());  // never on the output layer
    forward(net, x, second, dropout, state_b);
    REQUIRE(first.dropout_mask[1] != second.dropout_mask[1]);  // the state advanced: a new mask
}

TEST_CASE("weights_hash changes with any weight bit", "[train]") {
    Network net = make_network({2, 2, 1}, Activation::Tanh, Activation::Sigmoid);
    const uint64_t before = weights_hash(net);
    net.theta[1](0, 2) = 1e-300;
    REQUIRE(weights_hash(net) != before);
}

TEST_CASE("evaluate: with Θ = 0 the sigmoid says 0.5 everywhere: loss log 2, and every example is called class 1",
          "[train]") {
    const Dataset data = make_dataset(DatasetKind::Circle, 40, 0.0, 3);
    const Network net = make_network({2, 3, 1}, Activation::Tanh, Activation::Sigmoid);  // weights start at 0
    Batch scratch;
    const Evaluation e = evaluate(net, Loss::BinaryCrossEntropy, data, scratch);
    int ones = 0;
    for (int i = 0; i < data.count(); ++i) ones += data.label(i) == 1 ? 1 : 0;
    REQUIRE(ones > 0);
    REQUIRE(ones < data.count());
    REQUIRE(e.loss == Approx(std::log(2.0)).epsilon(1e-12));
    REQUIRE(e.accuracy == Approx(static_cast<double>(ones) / data.count()));

    const Dataset plane = make_dataset(DatasetKind::Plane2D, 30, 0.0, 3);  // regression: no accuracy
    const Network linear = make_network({2, 1}, Activation::Tanh, Activation::Linear);
    const Evaluation r = evaluate(linear, Loss::MSE, plane, scratch);
    double half_squares = 0.0;  // h = 0: J = ½ y²
    for (int i = 0; i < plane.count(); ++i) half_squares += 0.5 * plane.y_row(i)[0] * plane.y_row(i)[0];
    REQUIRE(r.loss == Approx(half_squares / plane.count()));
    REQUIRE(r.accuracy == 0.0);
}
