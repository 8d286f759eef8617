// core::PlaneLoss, the loss surface's CPU evaluation: J(Θ_c + u·d₁ + v·d₂) with the first layer split as
// P + u·Q + v·R must be the full forward pass's J — the same bits at the centre, and within 1e−13 relative
// elsewhere (the split rounds z⁽²⁾ differently by a few ulps; see plane_loss.h) — for every network shape the
// surface samples: a hidden layer and softmax (digits), two hidden layers and sigmoid, none (1→1), with a penalty.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <numeric>

#include "core/dataset.h"
#include "core/detmath.h"
#include "core/gradcheck.h"
#include "core/init.h"
#include "core/plane_loss.h"
#include "core/rng.h"

using namespace core;

namespace {

std::vector<Matrix> random_direction(const Network& net, Rng& rng, double scale) {
    std::vector<Matrix> d = zeros_like(net.theta);
    for (Matrix& m : d)
        for (double& x : m.v) x = scale * rng.normal();
    return d;
}

// J at Θ_c + u·d₁ + v·d₂ by core::objective: every weight formed first, then the full forward pass.
double full_J(const Network& centre, const std::vector<Matrix>& d1, const std::vector<Matrix>& d2, double u,
              double v, const TrainConfig& config, const Dataset& data) {
    Network point = centre;
    for (size_t l = 0; l < point.theta.size(); ++l)
        for (size_t k = 0; k < point.theta[l].v.size(); ++k)
            point.theta[l].v[k] = centre.theta[l].v[k] + u * d1[l].v[k] + v * d2[l].v[k];
    std::vector<int> all(static_cast<size_t>(data.count()));
    std::iota(all.begin(), all.end(), 0);
    return objective(point, config, data, all);
}

struct Case {
    const char* name;
    Network net;
    Dataset data;
    TrainConfig config;
};

Case make_case(const char* name, DatasetKind kind, std::vector<int> sizes, Activation hidden, Activation output,
               Loss loss) {
    Case c{name, make_network(sizes, hidden, output), make_dataset(kind, 300, 0.1, 3), {}};
    Rng rng(5);
    initialize(c.net, Init::Xavier, rng);
    c.config.loss = loss;
    return c;
}

}  // namespace

TEST_CASE("PlaneLoss is the full forward pass's J: the same bits at the centre, within 1e-13 elsewhere",
          "[surface][plane_loss]") {
    std::vector<Case> cases;
    cases.push_back(make_case("digits 64-16-10", DatasetKind::Digits, {64, 16, 10}, Activation::Tanh,
                              Activation::Softmax, Loss::SoftmaxCrossEntropy));
    cases.push_back(make_case("circle 2-4-3-1", DatasetKind::Circle, {2, 4, 3, 1}, Activation::ReLU,
                              Activation::Sigmoid, Loss::BinaryCrossEntropy));
    Case penalised = make_case("circle 2-8-1, L2", DatasetKind::Circle, {2, 8, 1}, Activation::Sigmoid,
                               Activation::Sigmoid, Loss::MSE);
    penalised.config.regularization = Regularization::L2;
    penalised.config.lambda = 0.01;
    cases.push_back(penalised);
    cases.push_back(make_case("linear 1-1", DatasetKind::Linear1D, {1, 1}, Activation::Linear, Activation::Linear,
                              Loss::MSE));
    for (const Case& c : cases) {
        INFO(c.name);
        REQUIRE(c.data.count() > kBatchColumns);  // more than one block, the last one partly padded
        Rng rng(11);
        const std::vector<Matrix> d1 = random_direction(c.net, rng, 0.3), d2 = random_direction(c.net, rng, 0.3);
        PlaneLoss plane;
        plane.prepare(c.net, d1, d2, c.config, c.data);
        REQUIRE(plane.evaluate(0.0, 0.0) == full_J(c.net, d1, d2, 0.0, 0.0, c.config, c.data));
        double largest = 0.0;
        for (double u : {-1.0, -0.3125, 0.5, 1.0})
            for (double v : {-1.0, 0.0, 0.75}) {
                const double fast = plane.evaluate(u, v), full = full_J(c.net, d1, d2, u, v, c.config, c.data);
                REQUIRE(std::isfinite(full));
                largest = std::max(largest, std::fabs(fast - full) / full);
                REQUIRE(fast == Approx(full).epsilon(1e-13));
                if (c.net.layer_count() == 2) REQUIRE(fast == full);  // no hidden layer: the full pass itself
            }
        REQUIRE(plane.evaluate(0.0, 0.0) == full_J(c.net, d1, d2, 0.0, 0.0, c.config, c.data));  // no state kept
        WARN(c.name << ": largest relative difference " << largest);
    }
}

TEST_CASE("exp_array gives det::exp's bits, in place too, beyond the fast range as well", "[detmath]") {
    std::vector<double> x;
    Rng rng(3);
    for (int k = 0; k < 4001; ++k) x.push_back(rng.uniform(-40.0, 5.0));
    for (double edge : {0.0, -0.0, -708.0, 708.0, -708.5, 709.7, 710.0, -745.0, -746.0, -1e300, 1e300,
                        std::nan(""), HUGE_VAL, -HUGE_VAL})
        x.push_back(edge);
    std::vector<double> out(x.size());
    det::exp_array(x.data(), out.data(), static_cast<int>(x.size()));
    std::vector<double> in_place = x;
    det::exp_array(in_place.data(), in_place.data(), static_cast<int>(x.size()));
    for (size_t k = 0; k < x.size(); ++k) {
        INFO("x = " << x[k]);
        const double expected = det::exp(x[k]);
        if (std::isnan(expected)) {
            REQUIRE(std::isnan(out[k]));
            REQUIRE(std::isnan(in_place[k]));
            continue;
        }
        REQUIRE(std::memcmp(&out[k], &expected, sizeof expected) == 0);
        REQUIRE(std::memcmp(&in_place[k], &expected, sizeof expected) == 0);
    }
}
