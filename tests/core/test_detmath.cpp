// Our own exp, log, tanh, sin and cos: within a few ULP of the C library, and exact where it matters.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/detmath.h"
#include "core/rng.h"

namespace {

int64_t ulp_distance(double a, double b) {
    int64_t x, y;
    std::memcpy(&x, &a, sizeof a);
    std::memcpy(&y, &b, sizeof b);
    return x > y ? x - y : y - x;
}

}  // namespace

TEST_CASE("deterministic functions agree with libm to a few ULP", "[detmath]") {
    core::Rng rng(99);
    for (int k = 0; k < 20000; ++k) {
        const double x = rng.uniform(-40.0, 40.0);
        INFO("x = " << x);
        REQUIRE(ulp_distance(core::det::exp(x), std::exp(x)) <= 2);
        REQUIRE(ulp_distance(core::det::tanh(x), std::tanh(x)) <= 4);
        REQUIRE(ulp_distance(core::det::sin(x), std::sin(x)) <= 4);
        REQUIRE(ulp_distance(core::det::cos(x), std::cos(x)) <= 4);
        const double y = std::fabs(x) * 1000.0 + 1e-12;
        REQUIRE(ulp_distance(core::det::log(y), std::log(y)) <= 2);
    }
}

TEST_CASE("tanh where training uses it: within 4 ULP of libm, odd, and the layer loop gives the same bits",
          "[detmath]") {
    std::vector<double> x, layer;
    for (int k = -300000; k <= 300000; ++k) x.push_back(k * 1e-5 + 1e-9);  // [−3, 3], where hidden units live
    layer.resize(x.size());
    core::det::tanh_array(x.data(), layer.data(), static_cast<int>(x.size()));
    int64_t worst = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = core::det::tanh(x[i]);
        REQUIRE(layer[i] == t);                         // SIMD lanes and the scalar call agree bit for bit
        REQUIRE(core::det::tanh(-x[i]) == -t);          // odd, exactly
        worst = std::max(worst, ulp_distance(t, std::tanh(x[i])));
    }
    REQUIRE(worst <= 4);
    REQUIRE(std::signbit(core::det::tanh(-0.0)));
    REQUIRE(std::isnan(core::det::tanh(NAN)));
    REQUIRE(core::det::tanh(22.5) == 1.0);
    REQUIRE(core::det::tanh(1e-300) == 1e-300);
}

TEST_CASE("edge cases of the deterministic functions", "[detmath]") {
    REQUIRE(core::det::exp(0.0) == 1.0);
    REQUIRE(core::det::exp(1000.0) == INFINITY);
    REQUIRE(core::det::exp(-1000.0) == 0.0);
    REQUIRE(core::det::log(1.0) == 0.0);
    REQUIRE(core::det::log(0.0) == -INFINITY);
    REQUIRE(std::isnan(core::det::log(-1.0)));
    REQUIRE(core::det::tanh(0.0) == 0.0);
    REQUIRE(core::det::tanh(50.0) == 1.0);
    REQUIRE(core::det::tanh(-50.0) == -1.0);
    REQUIRE(core::det::sigmoid(-1000.0) == 0.0);
    REQUIRE(core::det::sigmoid(0.0) == 0.5);
    REQUIRE(core::det::pow(2.0, 10.0) == 1024.0);
    REQUIRE(core::det::pow(0.9, 3.0) == 0.9 * 0.9 * 0.9);
    REQUIRE(core::det::pow(2.0, 0.5) == Approx(std::sqrt(2.0)).epsilon(1e-15));
    REQUIRE(std::isnan(core::det::exp(NAN)));
}

TEST_CASE("the RNG is reproducible and roughly uniform and normal", "[rng]") {
    core::Rng a(5), b(5), c(6);
    for (int k = 0; k < 100; ++k) REQUIRE(a.next_u64() == b.next_u64());
    REQUIRE(a.next_u64() != c.next_u64());
    core::Rng r(1);
    double sum = 0, sum_sq = 0, normal_sum = 0, normal_sq = 0;
    const int n = 100000;
    for (int k = 0; k < n; ++k) {
        const double u = r.uniform();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        sum += u;
        sum_sq += u * u;
        const double g = r.normal();
        normal_sum += g;
        normal_sq += g * g;
    }
    REQUIRE(sum / n == Approx(0.5).margin(0.01));
    REQUIRE(sum_sq / n - (sum / n) * (sum / n) == Approx(1.0 / 12).margin(0.005));
    REQUIRE(normal_sum / n == Approx(0.0).margin(0.02));
    REQUIRE(normal_sq / n == Approx(1.0).margin(0.02));
}

TEST_CASE("erf: within 1e-15 and a few ULP of libm over a dense sweep and the tails, odd, monotone", "[detmath]") {
    double worst_absolute = 0.0, previous = -1.0;
    int64_t worst_ulp = 0;
    for (int k = -700000; k <= 700000; ++k) {  // [−7, 7] in steps of 1e−5: both branches, the switch at 2, the tails
        const double x = k * 1e-5 + 3e-9;
        const double e = core::det::erf(x);
        INFO("x = " << x);
        REQUIRE(core::det::erf(-x) == -e);
        REQUIRE(e >= previous);
        previous = e;
        worst_absolute = std::max(worst_absolute, std::fabs(e - std::erf(x)));
        worst_ulp = std::max(worst_ulp, ulp_distance(e, std::erf(x)));
    }
    REQUIRE(worst_absolute <= 1e-15);
    REQUIRE(worst_ulp <= 8);
    for (double tiny : {1e-300, 1e-100, 1e-20, 1e-8}) REQUIRE(ulp_distance(core::det::erf(tiny), std::erf(tiny)) <= 2);
    REQUIRE(core::det::erf(0.0) == 0.0);
    REQUIRE(std::signbit(core::det::erf(-0.0)));
    REQUIRE(core::det::erf(6.0) == 1.0);
    REQUIRE(core::det::erf(-INFINITY) == -1.0);
    REQUIRE(std::isnan(core::det::erf(NAN)));
}

TEST_CASE("sin and cos where the graph tab uses them: within 2 ULP of libm on a dense grid", "[detmath]") {
    int64_t worst_sin = 0, worst_cos = 0;
    for (int k = -2000000; k <= 2000000; ++k) {  // [−20, 20] in steps of 1e−5
        const double x = k * 1e-5 + 1e-9;
        worst_sin = std::max(worst_sin, ulp_distance(core::det::sin(x), std::sin(x)));
        worst_cos = std::max(worst_cos, ulp_distance(core::det::cos(x), std::cos(x)));
    }
    REQUIRE(worst_sin <= 2);
    REQUIRE(worst_cos <= 2);
    REQUIRE(core::det::sin(0.0) == 0.0);
    REQUIRE(core::det::cos(0.0) == 1.0);
}
