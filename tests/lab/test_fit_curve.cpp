#include <catch2/catch.hpp>

#include <cmath>

#include "core/init.h"
#include "lab/teach/fit_curve.h"

using namespace lab;

namespace {

core::Dataset regression(std::initializer_list<std::pair<double, double>> points) {
    core::Dataset d;
    d.n_in = 1;
    d.n_out = 1;
    d.task = core::Task::Regression;
    for (const auto& [x, y] : points) d.append(&x, &y);
    return d;
}

}  // namespace

TEST_CASE("the fit curve of a linear unit is the line b + w·x at evenly spaced x", "[fit]") {
    core::Network net = core::make_network({1, 1}, core::Activation::Tanh, core::Activation::Linear);
    net.theta[0](0, 0) = 1.0;   // Θ₁₀: the bias b
    net.theta[0](0, 1) = -2.0;  // Θ₁₁: the weight w
    const std::vector<double> h = fit_curve(net, -1.0, 3.0, 5);  // x = −1, 0, 1, 2, 3
    REQUIRE(h.size() == 5);
    CHECK(h[0] == 3.0);
    CHECK(h[1] == 1.0);
    CHECK(h[2] == -1.0);
    CHECK(h[4] == -5.0);
}

TEST_CASE("the fit curve is the network's forward pass, hidden layers included", "[fit]") {
    core::Network net = core::make_network({1, 4, 1}, core::Activation::Tanh, core::Activation::Linear);
    core::Rng rng(7);
    core::initialize(net, core::Init::Uniform, rng, 1.0);
    const std::vector<double> h = fit_curve(net, -2.0, 2.0, 9);
    core::Cache cache;
    core::resize_cache(net, cache);
    const double x = -1.0;  // sample 2 of 9 over [−2, 2]
    CHECK(h[2] == core::forward(net, &x, cache)[0]);
}

TEST_CASE("fit samples are evenly spaced with both ends included; a diverged network gives NaN", "[fit]") {
    CHECK(fit_sample_x(-1.0, 3.0, 0, 5) == -1.0);
    CHECK(fit_sample_x(-1.0, 3.0, 1, 5) == 0.0);
    CHECK(fit_sample_x(-1.0, 3.0, 4, 5) == 3.0);
    CHECK(fit_sample_x(-1.0, 3.0, 0, 1) == -1.0);  // one sample: at the left end, no 0/0
    core::Network net = core::make_network({1, 1}, core::Activation::Tanh, core::Activation::Linear);
    net.theta[0](0, 1) = std::nan("");
    CHECK(std::isnan(fit_curve(net, 0.0, 1.0, 3)[1]));
}

TEST_CASE("the fit frame holds every point of both sets with a margin", "[fit]") {
    const FitFrame frame = fit_frame(regression({{0.0, 1.0}, {2.0, 5.0}}), regression({{-1.0, 3.0}}));
    CHECK(frame.x_lo == Approx(-1.3));  // x from −1 to 2, 10% of 3 each side
    CHECK(frame.x_hi == Approx(2.3));
    CHECK(frame.y_lo == Approx(0.6));  // y from 1 to 5
    CHECK(frame.y_hi == Approx(5.4));
    const FitFrame flat = fit_frame(regression({{1.0, 2.0}}), regression({}));
    CHECK(flat.x_lo == 0.0);
    CHECK(flat.y_hi == 3.0);
}

TEST_CASE("only a one-input regression shows the fit curve", "[fit]") {
    const core::Network line = core::make_network({1, 1}, core::Activation::Tanh, core::Activation::Linear);
    CHECK(shows_fit_curve(line, regression({{0.0, 1.0}})));
    core::Dataset classes = regression({{0.0, 1.0}});
    classes.task = core::Task::BinaryClassification;
    CHECK_FALSE(shows_fit_curve(line, classes));
    const core::Network plane = core::make_network({2, 1}, core::Activation::Tanh, core::Activation::Linear);
    CHECK_FALSE(shows_fit_curve(plane, regression({{0.0, 1.0}})));
}
