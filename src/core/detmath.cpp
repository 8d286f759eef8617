#include "detmath.h"

#include <cmath>
#include <limits>

// Each function reduces its argument to a small interval with exact steps, then sums a series by Horner's rule.
// Only +, −, ×, ÷, nearbyint, frexp and ldexp are used: IEEE-754 makes those identical on every target, so the
// results are bit-identical natively and in WASM (the build also forbids FMA contraction).
namespace core::det {
namespace {

constexpr double kLn2Hi = 6.93147180369123816490e-01;  // ln 2 split in two: k·kLn2Hi is exact for |k| < 2^20
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kPiOver2Hi = 1.57079632673412561417e+00;  // π/2 split the same way
constexpr double kPiOver2Lo = 6.07710050650619224932e-11;
constexpr double kTwoOverPi = 6.36619772367581382433e-01;

// e^r − 1 for |r| ≤ 0.5 ln 2 ... 1: Taylor series Σ_{n≥1} rⁿ/n!, degree 18 (18! ≈ 6.4e15, so the tail is < 1 ULP).
double expm1_small(double r) {
    double sum = 0.0;
    for (int n = 18; n >= 1; --n) sum = (sum + 1.0) * r / n;
    return sum;
}

// sin r and cos r for |r| ≤ π/4 by Taylor series (r^19/19! < 1e-18).
double sin_small(double r) {
    const double r2 = r * r;
    double sum = 0.0;
    for (int n = 19; n >= 3; n -= 2) sum = (1.0 - sum) * r2 / (n * (n - 1));  // sin r = r(1 − r²/3!(1 − r²/(4·5)(…)))
    return r * (1.0 - sum);
}
double cos_small(double r) {
    const double r2 = r * r;
    double sum = 0.0;
    for (int n = 20; n >= 2; n -= 2) sum = (1.0 - sum) * r2 / (n * (n - 1));
    return 1.0 - sum;
}

}  // namespace

double exp(double x) {
    if (std::isnan(x)) return x;
    if (x > 709.782712893384) return std::numeric_limits<double>::infinity();
    if (x < -745.1332191019412) return 0.0;
    // x = k ln2 + r with |r| ≤ ln2 / 2, so e^x = 2^k · e^r.
    const double k = std::nearbyint(x * kInvLn2);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    return std::ldexp(1.0 + expm1_small(r), static_cast<int>(k));
}

double log(double x) {
    if (std::isnan(x) || x < 0.0) return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0) return -std::numeric_limits<double>::infinity();
    if (std::isinf(x)) return x;
    // x = m · 2^e with m in [√½, √2); ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716.
    int e = 0;
    double m = std::frexp(x, &e);
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --e;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double series = 0.0;  // Σ_{k≥0} s^{2k} / (2k + 1), to k = 12 (s^24 < 5e-19)
    for (int k = 12; k >= 1; --k) series = (series + 1.0 / (2 * k + 1)) * s2;
    const double ln_m = 2.0 * s * (1.0 + series);
    return e * kLn2Hi + (e * kLn2Lo + ln_m);
}

double tanh(double x) {
    if (std::isnan(x)) return x;
    if (x > 22.0) return 1.0;  // 1 − tanh(22) < 2^−63: rounds to 1
    if (x < -22.0) return -1.0;
    // tanh x = (e^{2x} − 1) / (e^{2x} + 1); near 0 e^{2x} − 1 comes from the series to avoid cancellation.
    const double two_x = 2.0 * x;
    const double em1 = (two_x > -1.0 && two_x < 1.0) ? expm1_small(two_x) : exp(two_x) - 1.0;
    return em1 / (em1 + 2.0);
}

double sigmoid(double z) {
    // 1 / (1 + e^{−z}); for large −z, e^{−z} = inf gives exactly 0, never NaN.
    return 1.0 / (1.0 + exp(-z));
}

double sin(double x) {
    if (!std::isfinite(x)) return std::numeric_limits<double>::quiet_NaN();
    const double k = std::nearbyint(x * kTwoOverPi);
    const double r = (x - k * kPiOver2Hi) - k * kPiOver2Lo;
    switch (static_cast<long long>(k) & 3) {
        case 0: return sin_small(r);
        case 1: return cos_small(r);
        case 2: return -sin_small(r);
        default: return -cos_small(r);
    }
}

double cos(double x) {
    if (!std::isfinite(x)) return std::numeric_limits<double>::quiet_NaN();
    const double k = std::nearbyint(x * kTwoOverPi);
    const double r = (x - k * kPiOver2Hi) - k * kPiOver2Lo;
    switch (static_cast<long long>(k) & 3) {
        case 0: return cos_small(r);
        case 1: return -sin_small(r);
        case 2: return -cos_small(r);
        default: return sin_small(r);
    }
}

double pow(double base, double exponent) {
    if (exponent == std::nearbyint(exponent) && exponent >= -64.0 && exponent <= 64.0) {
        // exact integer power by repeated squaring
        long long n = static_cast<long long>(exponent < 0 ? -exponent : exponent);
        double result = 1.0, factor = base;
        while (n > 0) {
            if (n & 1) result *= factor;
            factor *= factor;
            n >>= 1;
        }
        return exponent < 0 ? 1.0 / result : result;
    }
    if (base == 0.0) return exponent > 0 ? 0.0 : std::numeric_limits<double>::infinity();
    return exp(exponent * log(base));
}

}  // namespace core::det
