#include "detmath.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "simd.h"

// Each function reduces its argument to a small interval with exact steps, then sums a series.
// Only +, −, ×, ÷ and exact steps (nearbyint, copysign, reading or writing a double's exponent field; frexp and
// ldexp at the extremes of the range) are used: IEEE-754 makes those identical on every target, so the results are
// bit-identical natively and in WASM (the build also forbids FMA contraction).
//
// Speed matters here: tanh runs once per hidden unit per example. So the series use precomputed coefficients
// (no division inside a polynomial), the rounding to an integer is an add/subtract of a constant instead of a
// library call, and 2^k is written straight into a double's exponent field instead of calling ldexp.
namespace core::det {
namespace {

constexpr double kLn2Hi = 6.93147180369123816490e-01;  // ln 2 split in two: k·kLn2Hi is exact for |k| < 2^20
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kPiOver2Hi = 1.57079632673412561417e+00;  // π/2 split the same way
constexpr double kPiOver2Lo = 6.07710050650619224932e-11;
constexpr double kTwoOverPi = 6.36619772367581382433e-01;

constexpr double kShifter = 6755399441055744.0;  // 1.5 · 2^52, see round_to_integer
constexpr uint64_t kShifterBits = 0x4338000000000000ULL;  // its bit pattern

// round(t) to the nearest integer, ties to even, for |t| < 2^51: adding 1.5·2^52 leaves no bits below the
// units place, and subtracting it again is exact. The same result as nearbyint() in the default rounding mode.
double round_to_integer(double t) { return (t + kShifter) - kShifter; }

// 2^k for −1022 ≤ k ≤ 1023, exactly: the biased exponent k + 1023 in bits 52..62, mantissa 0.
double two_to(int k) {
    const uint64_t bits = static_cast<uint64_t>(k + 1023) << 52;
    double result;
    std::memcpy(&result, &bits, sizeof result);
    return result;
}

// e^r − 1 for |r| ≤ ½ ln 2 by its Taylor series Σ_{n=1}^{13} rⁿ/n!; the first term left out, r¹⁴/14!, is below
// 1.2·10⁻¹⁷·|r|. Written as r (1 + r (1/2! + r (1/3! + r·T(r)))) with the tail T(r) = Σ_{n=0}^{9} rⁿ/(n+4)!.
// The outer Horner steps keep the rounding error at the level of the result; the tail, which is ≤ 1/24 and
// multiplied by r³ ≤ 0.042, is summed by Estrin's scheme (pairs, then pairs of pairs with r², r⁴, r⁸): a chain of
// 6 dependent operations instead of Horner's 18, so a CPU overlaps most of one call with the next (tanh is most of
// a training step's time).
// A template: the scalar functions call it on a double, the array functions on simd::Lanes, the same operations.
template <typename Real>
BPLAB_LANES_INLINE Real expm1_reduced(const Real& r) {
    constexpr double d0 = 1.0 / 24, d1 = 1.0 / 120, d2 = 1.0 / 720, d3 = 1.0 / 5040, d4 = 1.0 / 40320,
                     d5 = 1.0 / 362880, d6 = 1.0 / 3628800, d7 = 1.0 / 39916800, d8 = 1.0 / 479001600,
                     d9 = 1.0 / 6227020800.0;  // dₙ = 1/(n+4)!
    const Real r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    const Real tail = ((d0 + d1 * r) + (d2 + d3 * r) * r2) + ((d4 + d5 * r) + (d6 + d7 * r) * r2) * r4 +
                        (d8 + d9 * r) * r8;
    return r * (1.0 + r * (1.0 / 2 + r * (1.0 / 6 + r * tail)));
}

// x = k ln 2 + r with |r| ≤ ½ ln 2 (k as a double; the two-part ln 2 keeps r exact to ~2^−60).
double reduce_ln2(double x, double& k) {
    k = round_to_integer(x * kInvLn2);
    return (x - k * kLn2Hi) - k * kLn2Lo;
}

// tanh x, written without branches so that a loop over a whole layer (tanh_array) can run two values at a time
// in SIMD lanes (WASM's f64x2): every lane does the same IEEE operations as the scalar code, so the bits agree.
//   tanh is odd: work with |x| and put the sign back (copysign keeps tanh(−0) = −0).
//   tanh|x| = (e^{2|x|} − 1) / (e^{2|x|} + 1) = E / (E + 2) with E = e^{2|x|} − 1 ≥ 0: no cancellation anywhere.
//   E: 2|x| = k ln 2 + r, e^{2|x|} − 1 = 2^k (1 + expm1(r)) − 1 = 2^k·p + (2^k − 1) with p = expm1(r); both parts
//   are exact for 0 ≤ k ≤ 64, so E is rounded once (for k = 0 it is p itself).
//   |x| is capped at 22, where E + 2 rounds to E and the quotient is exactly 1 (1 − tanh 22 < 2^−63).
//   2^k comes from the rounding step's bits: t = y/ln2 + 1.5·2^52 holds k in its low bits.
inline double tanh_kernel(double x) {
    const double magnitude = std::fabs(x);
    const double y = 2.0 * (magnitude < 22.0 ? magnitude : 22.0);
    const double t = y * kInvLn2 + kShifter;
    const double k = t - kShifter;
    const double p = expm1_reduced((y - k * kLn2Hi) - k * kLn2Lo);
    uint64_t t_bits;
    std::memcpy(&t_bits, &t, sizeof t_bits);
    const uint64_t scale_bits = (t_bits - kShifterBits + 1023) << 52;  // (k + 1023) << 52
    double scale;
    std::memcpy(&scale, &scale_bits, sizeof scale);
    const double E = scale * p + (scale - 1.0);
    const double result = std::copysign(E / (E + 2.0), x);
    return x != x ? x : result;  // NaN in, NaN out
}

// frexp(x, &e) for finite x > 0: m in [½, 1) with x = m · 2^e. Normal numbers by reading and rewriting the
// exponent field (exact, and no library call in the loss's hot path); subnormals through frexp itself.
double mantissa_and_exponent(double x, int& e) {
    uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    const int biased = static_cast<int>(bits >> 52) & 0x7ff;
    if (biased == 0) return std::frexp(x, &e);
    e = biased - 1022;
    bits = (bits & ~(uint64_t{0x7ff} << 52)) | (uint64_t{1022} << 52);  // exponent of [½, 1)
    double m;
    std::memcpy(&m, &bits, sizeof m);
    return m;
}

// ln m for m in [√½, √2): ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716. A template like expm1_reduced.
template <typename Real>
BPLAB_LANES_INLINE Real log_of_mantissa(const Real& m) {
    const Real s = (m - 1.0) / (m + 1.0);
    const Real t = s * s;  // t ≤ 0.0295
    // Σ_{k≥1} s^{2k} / (2k + 1) = t·P(t), P(t) = Σ_{k=0}^{11} t^k / (2k + 3), to s^24 (< 5e-19). P by Estrin's
    // scheme (pairs, then pairs of pairs with t², t⁴, t⁸): a chain of 5 dependent operations instead of Horner's 24.
    constexpr double c0 = 1.0 / 3, c1 = 1.0 / 5, c2 = 1.0 / 7, c3 = 1.0 / 9, c4 = 1.0 / 11, c5 = 1.0 / 13,
                     c6 = 1.0 / 15, c7 = 1.0 / 17, c8 = 1.0 / 19, c9 = 1.0 / 21, c10 = 1.0 / 23, c11 = 1.0 / 25;
    const Real t2 = t * t, t4 = t2 * t2, t8 = t4 * t4;
    const Real low_part = (c0 + c1 * t) + (c2 + c3 * t) * t2, mid_part = (c4 + c5 * t) + (c6 + c7 * t) * t2;
    const Real high_part = (c8 + c9 * t) + (c10 + c11 * t) * t2;
    const Real series = t * ((low_part + mid_part * t4) + high_part * t8);
    const Real ln_m = 2.0 * s * (1.0 + series);
    return ln_m;
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
    double k = 0.0;
    const double e_r = 1.0 + expm1_reduced(reduce_ln2(x, k));
    if (k < -1022.0 || k > 1023.0) return std::ldexp(e_r, static_cast<int>(k));  // subnormal or near overflow
    return e_r * two_to(static_cast<int>(k));
}

double log(double x) {
    if (std::isnan(x) || x < 0.0) return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0) return -std::numeric_limits<double>::infinity();
    if (std::isinf(x)) return x;
    // x = m · 2^e with m in [√½, √2).
    // The move into [√½, √2) is a select, not a branch: which side m falls is data, and a mispredicted branch
    // costs more than the multiply (the loss takes one log per example).
    int e = 0;
    double m = mantissa_and_exponent(x, e);
    const bool low = m < 0.70710678118654752440;
    m = low ? 2.0 * m : m;
    e -= low ? 1 : 0;
    const double ln_m = log_of_mantissa(m);
    return e * kLn2Hi + (e * kLn2Lo + ln_m);
}

double tanh(double x) { return tanh_kernel(x); }

double sigmoid(double z) {
    // 1 / (1 + e^{−z}); for large −z, e^{−z} = inf gives exactly 0, never NaN.
    return 1.0 / (1.0 + exp(-z));
}

// The array functions: four (or, with AVX-512, eight) values at a time as simd::Lanes, each lane through the scalar
// function's operations in its order (so its bits); a lane outside the range where the scalar function takes its main
// path (NaN, ±∞, overflow, subnormal results or arguments, x ≤ 0 for log) is recomputed by the scalar function itself.
namespace {
constexpr uint64_t kSignBit = uint64_t{1} << 63;

// 2^k from t = k + 1.5·2^52 (round_to_integer's intermediate): k sits in t's low bits.
template <typename L>
BPLAB_LANES_INLINE L two_to_k_of_shifted(const L& t) { return simd::from_bits((simd::bits_of(t) - kShifterBits + 1023) << 52); }

// Which lanes leave the main path is told by the sign bit of an integer difference (`off`: set ⇔ off the path),
// not by a comparison mask: with AVX-512, GCC takes a mask that is reduced or read lane by lane apart into scalar
// comparisons. result[lane] = f(x[lane]) for those lanes: the rare case, through memory and a call.
__attribute__((noinline, cold)) void recompute(const double* x, const uint64_t* off, double* result, int n,
                                               double (*f)(double)) {
    for (int lane = 0; lane < n; ++lane)
        if (off[lane] >> 63) result[lane] = f(x[lane]);
}
template <typename L, typename B>
BPLAB_LANES_INLINE void off_main_path(const L& x, const B& off, L& result, double (*f)(double)) {
    if (!(simd::or_lanes(off) >> 63)) return;
    constexpr int n = simd::width_of<L>;
    double xs[n], values[n];
    uint64_t off_lanes[n];
    simd::store(xs, x);
    simd::store(values, result);
    std::memcpy(off_lanes, &off, sizeof off_lanes);
    recompute(xs, off_lanes, values, n, f);
    result = simd::load<L>(values);
}

template <typename L>
BPLAB_LANES_INLINE L tanh_lanes(const L& x) {  // tanh_kernel, line by line
    const L magnitude = simd::from_bits(simd::bits_of(x) & ~kSignBit);
    const L y = 2.0 * simd::select(magnitude < 22.0, magnitude, simd::splat<L>(22.0));
    const L t = y * kInvLn2 + kShifter;
    const L k = t - kShifter;
    const L p = expm1_reduced((y - k * kLn2Hi) - k * kLn2Lo);
    const L scale = two_to_k_of_shifted(t);
    const L E = scale * p + (scale - 1.0);
    const auto quotient = simd::bits_of(E / (E + 2.0));
    const L result = simd::from_bits((quotient & ~kSignBit) | (simd::bits_of(x) & kSignBit));  // copysign
    return simd::select(x != x, x, result);
}

template <typename L>
BPLAB_LANES_INLINE L exp_lanes(const L& x) {  // exp's main path: 2^k · (1 + expm1(r)) for −1022 ≤ k ≤ 1023
    const L t = x * kInvLn2 + kShifter;
    const L k = t - kShifter;
    L result = (1.0 + expm1_reduced((x - k * kLn2Hi) - k * kLn2Lo)) * two_to_k_of_shifted(t);
    // the main path: |x| ≤ 708, so k = round(x / ln 2) is within [−1021, 1022]; NaN's bits lie above every number's
    off_main_path(x, __builtin_bit_cast(uint64_t, 708.0) - (simd::bits_of(x) & ~kSignBit), result, exp);
    return result;
}

template <typename L>
BPLAB_LANES_INLINE L log_lanes(const L& x) {  // log's main path: a normal x > 0 (exponent field 1 … 2046, sign 0)
    const auto bits = simd::bits_of(x);
    const auto biased = bits >> 52;
    const auto off = (biased - 1) | (2046 - biased);  // sign bit set ⇔ biased is 0 or above 2046 (x < 0 included)
    L m = simd::from_bits((bits & ~(uint64_t{0x7ff} << 52)) | (uint64_t{1022} << 52));
    const auto low = m < 0.70710678118654752440;
    m = simd::select(low, 2.0 * m, m);
    const auto e = biased - 1022 + __builtin_bit_cast(decltype(bits), low);  // e −= 1 where low (the mask is −1 there)
    const L e_real = simd::from_bits(e + kShifterBits) - kShifter;  // the integer e as a double, exactly
    const L ln_m = log_of_mantissa(m);
    L result = e_real * kLn2Hi + (e_real * kLn2Lo + ln_m);
    off_main_path(x, off, result, log);
    return result;
}

struct Tanh {
    template <typename L> static BPLAB_LANES_INLINE L lanes(const L& x) { return tanh_lanes(x); }
    static double scalar(double x) { return tanh_kernel(x); }
};
struct Exp {
    template <typename L> static BPLAB_LANES_INLINE L lanes(const L& x) { return exp_lanes(x); }
    static double scalar(double x) { return exp(x); }
};
struct Log {
    template <typename L> static BPLAB_LANES_INLINE L lanes(const L& x) { return log_lanes(x); }
    static double scalar(double x) { return log(x); }
};
struct Sigmoid {
    template <typename L> static BPLAB_LANES_INLINE L lanes(const L& z) { return 1.0 / (1.0 + exp_lanes(-z)); }
    static double scalar(double z) { return sigmoid(z); }
};

// out[i] = f(x[i]): whole Lanes by F::lanes, then the last n mod 4 by F::scalar.
template <typename F>
BPLAB_LANES_INLINE void map(const double* x, double* out, int n) {
    int i = 0;
    for (; i + simd::kLanes <= n; i += simd::kLanes) simd::store(out + i, F::lanes(simd::load(x + i)));
    for (; i < n; ++i) out[i] = F::scalar(x[i]);
}

template <typename F>
BPLAB_SIMD_CLONES void map_in_lanes(const double* x, double* out, int n) { map<F>(x, out, n); }

#if BPLAB_AVX512_PATH
// Eight at a time in one AVX-512 register, where the CPU has one (on AVX2 eight lanes would be two registers and
// slower than four); the last n mod 8 as above. The same operations per lane, so the same bits.
template <typename F>
__attribute__((target("avx512f,avx512dq,avx512vl"))) void map_in_wide_lanes(const double* x, double* out, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8) simd::store(out + i, F::lanes(simd::load<simd::Lanes8>(x + i)));
    map<F>(x + i, out + i, n - i);
}
#endif

template <typename F>
void map_array(const double* x, double* out, int n) {
#if BPLAB_AVX512_PATH
    if (simd::wide_lanes()) return map_in_wide_lanes<F>(x, out, n);
#endif
    map_in_lanes<F>(x, out, n);
}

}  // namespace

void tanh_array(const double* x, double* out, int n) { map_array<Tanh>(x, out, n); }
void exp_array(const double* x, double* out, int n) { map_array<Exp>(x, out, n); }
void log_array(const double* x, double* out, int n) { map_array<Log>(x, out, n); }
void sigmoid_array(const double* z, double* out, int n) { map_array<Sigmoid>(z, out, n); }
void array_in_fours(ArrayFunction f, const double* x, double* out, int n) {
    switch (f) {
        case ArrayFunction::Tanh: return map_in_lanes<Tanh>(x, out, n);
        case ArrayFunction::Exp: return map_in_lanes<Exp>(x, out, n);
        case ArrayFunction::Log: return map_in_lanes<Log>(x, out, n);
        case ArrayFunction::Sigmoid: return map_in_lanes<Sigmoid>(x, out, n);
    }
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

namespace {
// e^{−x²} with x² taken exactly as p + e (Dekker's split of x into two 26-bit halves, whose products are exact):
// rounding x² first would cost up to x²·2⁻⁵³ of relative error, 4 ULP at x = 2. e^{−p−e} = e^{−p}(1 − e), |e| ≤ 2⁻⁵³ p.
double exp_minus_square(double x) {
    const double split = 134217729.0 * x;  // (2²⁷ + 1) x
    const double hi = split - (split - x), lo = x - hi;
    const double p = x * x;
    const double e = ((hi * hi - p) + 2.0 * hi * lo) + lo * lo;
    return exp(-p) * (1.0 - e);
}
}  // namespace

double erf(double x) {
    if (x != x) return x;
    const double ax = std::fabs(x);
    constexpr double kTwoOverSqrtPi = 1.12837916709551257390, kOneOverSqrtPi = 0.56418958354775628695;
    double result = 1.0;  // |x| ≥ 6: 1 − erf 6 < 2.2·10⁻¹⁷, below half an ULP of 1
    if (ax < 2.0) {
        // erf x = (2/√π) x e^{−x²} Σₙ (2x²)ⁿ / (1·3·5⋯(2n+1)): positive terms, so nothing cancels. Summed by Horner,
        // s = 1 + (2x²/3)(1 + (2x²/5)(1 + …)), from a depth that leaves the next term below 10⁻¹⁷ of the sum.
        const double y = 2.0 * ax * ax;
        double s = 1.0;
        for (int n = 16 + static_cast<int>(12.0 * ax); n >= 1; --n) s = 1.0 + y * s / (2 * n + 1);
        result = kTwoOverSqrtPi * ax * exp_minus_square(ax) * s;
    } else if (ax < 6.0) {
        // erfc x = (e^{−x²}/√π) / (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …)))), Laplace's continued fraction,
        // evaluated from depth 50 upwards (to 1 ULP of erf at x = 2, better beyond); erf = 1 − erfc.
        double t = ax;
        for (int k = 50; k >= 1; --k) t = ax + (0.5 * k) / t;
        result = 1.0 - kOneOverSqrtPi * exp_minus_square(ax) / t;
    }
    return std::copysign(result, x);  // erf is odd
}

}  // namespace core::det
