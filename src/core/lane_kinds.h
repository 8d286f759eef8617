// The kinds of SIMD lanes the batched kernels (batch_kernels.cpp) are written for, each with the same few
// operations, so that one kernel text serves them all:
//   Quad    four doubles as simd::Lanes (GCC's and clang's vector extension): WASM (two f64x2), SSE2, AVX2.
//   Octet   eight doubles in one AVX-512 register, and QuadAvx, four in one AVX register; x86-64 natively, where
//           the CPU has AVX-512. Loads, stores and broadcasts by intrinsics: for 64-byte vectors of the vector
//           extension GCC builds a broadcast lane by lane and keeps arrays of them on the stack.
// + and × act lane by lane with the scalar operation's IEEE result on every kind (no FMA: -ffp-contract=off), so a
// kernel gives the same bits whichever kind runs it.
#pragma once
#include "matrix.h"
#include "simd.h"
#if BPLAB_AVX512_PATH
#include <immintrin.h>
#endif

namespace core::lanes {

struct Quad {
    using V = simd::Lanes;
    static constexpr int width = 4;
    // values a kernel keeps side by side: four natively; two in WASM, where V8 has 16 registers of two doubles
    // for sums, inputs and weights together and would otherwise spill
#if defined(__EMSCRIPTEN__)
    static constexpr int most = 2;
#else
    static constexpr int most = 4;
#endif
    static BPLAB_LANES_INLINE V load(const double* p) { return simd::load(p); }
    static BPLAB_LANES_INLINE void store(double* p, const V& v) { simd::store(p, v); }
    static BPLAB_LANES_INLINE V splat(double x) { return simd::splat(x); }
    // rows i … i + 3 of column j
    static BPLAB_LANES_INLINE V column(const Matrix& m, int i, int j) { return V{m(i, j), m(i + 1, j), m(i + 2, j), m(i + 3, j)}; }
};

#if BPLAB_AVX512_PATH
#define BPLAB_AVX512 __attribute__((target("avx512f,avx512dq,avx512vl")))
#define BPLAB_AVX512_INLINE BPLAB_AVX512 inline __attribute__((always_inline))
struct Octet {
    using V = __m512d;
    static constexpr int width = 8, most = 4;
    static BPLAB_AVX512_INLINE V load(const double* p) { return _mm512_loadu_pd(p); }
    static BPLAB_AVX512_INLINE void store(double* p, const V& v) { _mm512_storeu_pd(p, v); }
    static BPLAB_AVX512_INLINE V splat(double x) { return _mm512_set1_pd(x); }
    static BPLAB_AVX512_INLINE V column(const Matrix& m, int i, int j) {
        return _mm512_set_pd(m(i + 7, j), m(i + 6, j), m(i + 5, j), m(i + 4, j), m(i + 3, j), m(i + 2, j), m(i + 1, j), m(i, j));
    }
};
struct QuadAvx {
    using V = __m256d;
    static constexpr int width = 4, most = 4;
    static BPLAB_AVX512_INLINE V load(const double* p) { return _mm256_loadu_pd(p); }
    static BPLAB_AVX512_INLINE void store(double* p, const V& v) { _mm256_storeu_pd(p, v); }
    static BPLAB_AVX512_INLINE V splat(double x) { return _mm256_set1_pd(x); }
    static BPLAB_AVX512_INLINE V column(const Matrix& m, int i, int j) { return _mm256_set_pd(m(i + 3, j), m(i + 2, j), m(i + 1, j), m(i, j)); }
};
#endif

}  // namespace core::lanes
