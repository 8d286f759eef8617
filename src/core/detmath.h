// Deterministic elementary functions built from + − × ÷, nearbyint and ldexp only (erf: from those and exp), so
// that native (glibc) and WASM (musl) runs give bit-identical results. glibc and musl differ by 1–2 ULP on exp and
// tanh.
#pragma once

namespace core::det {

double exp(double x);
double log(double x);   // natural log; log(0) = −inf, log(x<0) = NaN
double tanh(double x);
// out[i] = f(x[i]) for f = tanh, exp, log, sigmoid: the scalar function's bits, four (AVX-512: eight) values at
// a time (SIMD).
// out may be x.
void tanh_array(const double* x, double* out, int n);
void exp_array(const double* x, double* out, int n);
void log_array(const double* x, double* out, int n);
void sigmoid_array(const double* z, double* out, int n);
// The four array functions with four lanes whatever the CPU (what WASM and a CPU without AVX-512 run): a CPU with
// AVX-512 runs the ones above eight at a time, and a test compares the two.
enum class ArrayFunction { Tanh, Exp, Log, Sigmoid };
void array_in_fours(ArrayFunction f, const double* x, double* out, int n);
double sigmoid(double z);  // 1 / (1 + e^{−z}), computed without overflow
double sin(double x);
double cos(double x);
double pow(double base, double exponent);  // e^{exponent · log base} for base > 0; exact repeated product for small ints
// (2/√π) ∫₀ˣ e^{−t²} dt, within 1e−15 of the C library's: the GELU's Φ(z) = ½(1 + erf(z/√2))
double erf(double x);

}  // namespace core::det
