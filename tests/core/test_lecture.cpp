// The lecture's worked numbers (../shared/docs/LESSONS.md items 2, 4, 9, 10, 11, 15), computed by the core and
// compared to the digits the slides print.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <string>

#include "core/activation.h"
#include "core/detmath.h"
#include "core/loss.h"
#include "core/network.h"
#include "core/regularization.h"
#include "core/scalar_graph.h"

using namespace core;

namespace {

// The value printed with `decimals` digits after the point, as the slide shows it.
std::string printed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string s = text;
    return s == "-0.00" || s == "-0.0" || s == "-0" ? s.substr(1) : s;
}

double logistic_unit(double bias, double w1, double w2, double x1, double x2) {
    Network net = make_network({2, 1}, Activation::Tanh, Activation::Sigmoid);
    net.theta[0](0, 0) = bias;
    net.theta[0](0, 1) = w1;
    net.theta[0](0, 2) = w2;
    Cache cache;
    const double x[2] = {x1, x2};
    return forward(net, x, cache)[0];
}

}  // namespace

TEST_CASE("lesson 2: a logistic unit computes AND and OR", "[lecture]") {
    // AND: Θ = (−30, 20, 20)
    REQUIRE(printed(logistic_unit(-30, 20, 20, 0, 0), 2) == "0.00");  // g(−30)
    REQUIRE(printed(logistic_unit(-30, 20, 20, 0, 1), 2) == "0.00");  // g(−10)
    REQUIRE(printed(logistic_unit(-30, 20, 20, 1, 0), 2) == "0.00");  // g(−10)
    REQUIRE(printed(logistic_unit(-30, 20, 20, 1, 1), 2) == "1.00");  // g(10)
    // OR: Θ = (−10, 20, 20)
    REQUIRE(printed(logistic_unit(-10, 20, 20, 0, 0), 2) == "0.00");  // g(−10)
    REQUIRE(printed(logistic_unit(-10, 20, 20, 0, 1), 2) == "1.00");  // g(10)
    REQUIRE(printed(logistic_unit(-10, 20, 20, 1, 0), 2) == "1.00");  // g(10)
    REQUIRE(printed(logistic_unit(-10, 20, 20, 1, 1), 2) == "1.00");  // g(30)
    REQUIRE(logistic_unit(-30, 20, 20, 1, 1) == det::sigmoid(10.0));
}

TEST_CASE("lesson 4: softmax of cat 5.1, dog 3.2, frog -1.7, car -2.0", "[lecture]") {
    const double z[4] = {5.1, 3.2, -1.7, -2.0};
    // e^z: 164.0, 24.5, 0.18, 0.13 (the slide cuts e^−2 = 0.1353… to 0.13)
    REQUIRE(printed(det::exp(z[0]), 1) == "164.0");
    REQUIRE(printed(det::exp(z[1]), 1) == "24.5");
    REQUIRE(printed(det::exp(z[2]), 2) == "0.18");
    REQUIRE(std::floor(det::exp(z[3]) * 100) / 100 == 0.13);
    double p[4];
    softmax(z, p, 4);
    REQUIRE(printed(p[0], 2) == "0.87");
    REQUIRE(printed(p[1], 2) == "0.13");
    REQUIRE(printed(p[2], 2) == "0.00");
    REQUIRE(printed(p[3], 2) == "0.00");
    REQUIRE(p[0] + p[1] + p[2] + p[3] == Approx(1.0).epsilon(1e-15));
}

TEST_CASE("lesson 9: multiclass hinge loss of three examples", "[lecture]") {
    // scores in the order cat, car, frog; one-hot targets
    const double cat_scores[3] = {3.2, 5.1, -1.7}, cat[3] = {1, 0, 0};
    const double car_scores[3] = {1.3, 4.9, 2.0}, car[3] = {0, 1, 0};
    const double frog_scores[3] = {2.2, 2.5, -3.1}, frog[3] = {0, 0, 1};
    const double L1 = loss_value(Loss::MulticlassHinge, cat_scores, cat, 3);
    const double L2 = loss_value(Loss::MulticlassHinge, car_scores, car, 3);
    const double L3 = loss_value(Loss::MulticlassHinge, frog_scores, frog, 3);
    REQUIRE(printed(L1, 1) == "2.9");
    REQUIRE(printed(L2, 1) == "0.0");
    REQUIRE(printed(L3, 1) == "12.9");
    REQUIRE(printed((L1 + L2 + L3) / 3, 2) == "5.27");
    REQUIRE(printed((L1 + L2 + L3) / 3, 1) == "5.3");
}

TEST_CASE("lesson 10: L2 prefers spread weights", "[lecture]") {
    const double x[4] = {1, 1, 1, 1};
    const double theta1[4] = {1, 0, 0, 0};
    const double theta2[4] = {0.25, 0.25, 0.25, 0.25};
    double score1 = 0, score2 = 0;
    for (int k = 0; k < 4; ++k) {
        score1 += theta1[k] * x[k];
        score2 += theta2[k] * x[k];
    }
    REQUIRE(score1 == 1.0);
    REQUIRE(score2 == 1.0);
    REQUIRE(penalty_of(Regularization::L2, theta1, 4) == 1.0);
    REQUIRE(penalty_of(Regularization::L2, theta2, 4) == 0.25);
    REQUIRE(penalty_of(Regularization::L1, theta1, 4) == 1.0);
    REQUIRE(penalty_of(Regularization::L1, theta2, 4) == 1.0);  // L1 does not prefer either
}

TEST_CASE("lesson 11: softmax cross-entropy of cat 3.2, car 5.1, frog -1.7", "[lecture]") {
    const double scores[3] = {3.2, 5.1, -1.7}, cat[3] = {1, 0, 0};
    double p[3];
    softmax(scores, p, 3);
    REQUIRE(printed(p[0], 2) == "0.13");
    REQUIRE(printed(loss_value(Loss::SoftmaxCrossEntropy, p, cat, 3), 2) == "2.04");
}

TEST_CASE("lesson 15: backprop through (x + y) z", "[lecture]") {
    ScalarGraph g;
    const int x = g.input("x", -2), y = g.input("y", 5), z = g.input("z", -4);
    const int q = g.binary(Op::Add, x, y);
    const int f = g.binary(Op::Mul, q, z);
    g.forward();
    REQUIRE(g.node(q).value == 3.0);
    REQUIRE(g.node(f).value == -12.0);
    g.backward(f);
    REQUIRE(g.node(z).grad == 3.0);   // ∂f/∂z = q
    REQUIRE(g.node(q).grad == -4.0);  // ∂f/∂q = z
    REQUIRE(g.node(x).grad == -4.0);  // ∂f/∂q · ∂q/∂x = −4 · 1
    REQUIRE(g.node(y).grad == -4.0);
}

TEST_CASE("scalar graph gradients match central differences", "[graph]") {
    // f = tanh(a·b) + exp(a / c) − log(b) + max(a, c)^2 + sigmoid(relu(b − a))
    auto build = [](double a, double b, double c, int& out) {
        ScalarGraph g;
        const int A = g.input("a", a), B = g.input("b", b), C = g.input("c", c);
        const int t1 = g.unary(Op::Tanh, g.binary(Op::Mul, A, B));
        const int t2 = g.unary(Op::Exp, g.binary(Op::Div, A, C));
        const int t3 = g.unary(Op::Log, B);
        const int t4 = g.binary(Op::Pow, g.binary(Op::Max, A, C), g.constant(2.0));
        const int t5 = g.unary(Op::Sigmoid, g.unary(Op::ReLU, g.binary(Op::Sub, B, A)));
        out = g.binary(Op::Add, g.binary(Op::Add, g.binary(Op::Sub, g.binary(Op::Add, t1, t2), t3), t4), t5);
        return g;
    };
    const double a = 0.7, b = 1.9, c = -1.3, h = 1e-6;
    int f = 0;
    ScalarGraph g = build(a, b, c, f);
    g.forward();
    g.backward(f);
    auto value_at = [&](double da, double db, double dc) {
        int out = 0;
        ScalarGraph probe = build(a + da, b + db, c + dc, out);
        probe.forward();
        return probe.node(out).value;
    };
    REQUIRE(g.node(0).grad == Approx((value_at(h, 0, 0) - value_at(-h, 0, 0)) / (2 * h)).epsilon(1e-7));
    REQUIRE(g.node(1).grad == Approx((value_at(0, h, 0) - value_at(0, -h, 0)) / (2 * h)).epsilon(1e-7));
    REQUIRE(g.node(2).grad == Approx((value_at(0, 0, h) - value_at(0, 0, -h)) / (2 * h)).epsilon(1e-7));
}
