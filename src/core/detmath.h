// Deterministic elementary functions built from + − × ÷, nearbyint and ldexp only (erf: from those and exp), so
// that native (glibc) and WASM (musl) runs give bit-identical results. glibc and musl differ by 1–2 ULP on exp and
// tanh.
#pragma once

namespace core::det {

double exp(double x);
double log(double x);   // natural log; log(0) = −inf, log(x<0) = NaN
double tanh(double x);
void tanh_array(const double* x, double* out, int n);  // out[i] = tanh(x[i]), the same bits, SIMD where available
void exp_array(const double* x, double* out, int n);   // out[i] = exp(x[i]), the same bits; out may be x
double sigmoid(double z);  // 1 / (1 + e^{−z}), computed without overflow
double sin(double x);
double cos(double x);
double pow(double base, double exponent);  // e^{exponent · log base} for base > 0; exact repeated product for small ints
// (2/√π) ∫₀ˣ e^{−t²} dt, within 1e−15 of the C library's: the GELU's Φ(z) = ½(1 + erf(z/√2))
double erf(double x);

}  // namespace core::det
