// The array functions (det::tanh_array, exp_array, log_array, sigmoid_array) run four or eight values at a time: each
// value must come out with the scalar function's bits, in every lane, including the values where the scalar
// function leaves its main path (±0, subnormals, huge, ±∞, NaN, negative arguments of log); a NaN result must be a
// NaN.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "core/detmath.h"
#include "core/rng.h"

namespace {

uint64_t bits_of(double x) {
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
}

// The same bits, or both NaN: IEEE 754 (and WASM) leave a NaN result's sign and payload to the hardware, and
// x86 itself gives a NaN of the other sign for 1 / (1 + NaN) depending on the operands' order.
bool same_result(double a, double b) { return (std::isnan(a) && std::isnan(b)) || bits_of(a) == bits_of(b); }

// Edge cases, then values spread over every binade that matters, then uniform ones where networks live.
std::vector<double> test_inputs() {
    const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
    const double denorm = std::numeric_limits<double>::denorm_min(), tiny = std::numeric_limits<double>::min();
    std::vector<double> x = {0.0, -0.0, denorm, -denorm, tiny, -tiny, tiny / 3, 1.0, -1.0, 0.5, 2.0,
                             std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(), inf, -inf, nan,
                             -nan, 22.0, -22.0, 21.999999999999996, 708.0, -708.0, 709.0, 709.78, 709.8, -745.1,
                             -745.2, -708.5, 1e-300, 0.70710678118654752440, 0.7071067811865475, 1e-15, 1.0 - 1e-15};
    for (int e = -1074; e <= 1023; e += 7)
        for (double m : {1.0, 1.37, 1.9999}) {
            x.push_back(std::ldexp(m, e));
            x.push_back(-std::ldexp(m, e));
        }
    core::Rng rng(17);
    for (int k = 0; k < 200000; ++k) x.push_back(rng.uniform() * 60.0 - 30.0);
    for (int k = 0; k < 20000; ++k) x.push_back(rng.uniform() * 1600.0 - 800.0);
    return x;
}

// For each offset 0..8 the inputs shift by one place, so every input passes through every lane (of four or of
// eight) and the tail.
template <typename Array, typename Scalar>
void require_same_bits(Array array, Scalar scalar, const char* name) {
    const std::vector<double> all = test_inputs();
    for (int offset = 0; offset <= 8; ++offset) {
        const int n = static_cast<int>(all.size()) - offset;
        std::vector<double> out(static_cast<size_t>(n));
        array(all.data() + offset, out.data(), n);
        int mismatches = 0;
        double first_bad = 0.0;
        for (int i = 0; i < n; ++i) {
            const double expected = scalar(all[static_cast<size_t>(i + offset)]);
            if (!same_result(out[static_cast<size_t>(i)], expected)) {
                if (mismatches == 0) first_bad = all[static_cast<size_t>(i + offset)];
                ++mismatches;
            }
        }
        INFO(name << ", offset " << offset << ": first input that differs " << first_bad);
        REQUIRE(mismatches == 0);
    }
}

}  // namespace

TEST_CASE("tanh_array, exp_array, log_array and sigmoid_array give the scalar functions' bits in every lane",
          "[detmath]") {
    require_same_bits(core::det::tanh_array, [](double x) { return core::det::tanh(x); }, "tanh");
    require_same_bits(core::det::exp_array, [](double x) { return core::det::exp(x); }, "exp");
    require_same_bits(core::det::log_array, [](double x) { return core::det::log(x); }, "log");
    require_same_bits(core::det::sigmoid_array, [](double x) { return core::det::sigmoid(x); }, "sigmoid");
}

TEST_CASE("the array functions in fours (WASM's and a CPU's without AVX-512) give the scalar functions' bits too",
          "[detmath]") {
    using core::det::ArrayFunction;
    const auto in_fours = [](ArrayFunction f) {
        return [f](const double* x, double* out, int n) { core::det::array_in_fours(f, x, out, n); };
    };
    require_same_bits(in_fours(ArrayFunction::Tanh), [](double x) { return core::det::tanh(x); }, "tanh in fours");
    require_same_bits(in_fours(ArrayFunction::Exp), [](double x) { return core::det::exp(x); }, "exp in fours");
    require_same_bits(in_fours(ArrayFunction::Log), [](double x) { return core::det::log(x); }, "log in fours");
    require_same_bits(in_fours(ArrayFunction::Sigmoid), [](double x) { return core::det::sigmoid(x); },
                      "sigmoid in fours");
}

TEST_CASE("the array functions may write over their input", "[detmath]") {
    std::vector<double> x = {-3.0, -0.5, 0.0, 0.25, 1.0, 7.0, 40.0};
    const std::vector<double> before = x;
    core::det::exp_array(x.data(), x.data(), static_cast<int>(x.size()));
    for (size_t i = 0; i < x.size(); ++i) REQUIRE(bits_of(x[i]) == bits_of(core::det::exp(before[i])));
}
