// The loops over a layer × batch run as SIMD lanes, each lane doing one element's IEEE operations in the scalar
// code's order, so any lane width gives the same bits. WASM builds use f64x2 (-msimd128); native x86-64 builds by
// GCC compile the marked functions twice, for SSE2 (2 doubles) and AVX2 (4 doubles), and pick one at start-up by
// the CPU (target_clones); where the CPU has AVX-512, the elementary functions (detmath.cpp) and the matrix kernels
// (batch_kernels.cpp) run eight doubles in one register instead (wide_lanes()). No FMA anywhere, and
// -ffp-contract=off everywhere: nothing is fused.
//
// Lanes is four doubles as one value (GCC's and clang's vector extension): + − × ÷ and comparisons act lane by
// lane with the scalar operation's IEEE result; the compiler splits it into two f64x2 (WASM, SSE2) or keeps it in
// one AVX2 register. The helpers are forced inline so that each clone compiles them for its own instruction set.
#pragma once
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__EMSCRIPTEN__)
#define BPLAB_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#define BPLAB_AVX512_PATH 1
#else
#define BPLAB_AVX512_PATH 0
#define BPLAB_SIMD_CLONES
#endif
#define BPLAB_LANES_INLINE inline __attribute__((always_inline))
#define BPLAB_LANES_INLINE_LAMBDA __attribute__((always_inline))  // after a lambda's parameters
// GCC warns that a Lanes argument or result is passed differently with and without AVX; every function that passes
// one is forced inline, so no call passes one.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif

namespace core::simd {

constexpr int kLanes = 4;
typedef double Lanes __attribute__((vector_size(32)));
typedef int64_t Mask __attribute__((vector_size(32)));  // a comparison's result: all ones (true) or 0 per lane
typedef uint64_t Bits __attribute__((vector_size(32)));
// Eight doubles: the AVX-512 path of the elementary functions (detmath.cpp), one register there.
typedef double Lanes8 __attribute__((vector_size(64)));
typedef int64_t Mask8 __attribute__((vector_size(64)));
typedef uint64_t Bits8 __attribute__((vector_size(64)));

// The bits and mask types that go with a Lanes type, and its width.
template <typename L> struct Kind;
template <> struct Kind<Lanes> { using Bits = simd::Bits; using Mask = simd::Mask; };
template <> struct Kind<Lanes8> { using Bits = simd::Bits8; using Mask = simd::Mask8; };
template <typename L> constexpr int width_of = sizeof(L) / sizeof(double);

#if BPLAB_AVX512_PATH
// Whether this CPU runs the AVX-512 paths (Lanes8 in one register); asked once.
inline bool wide_lanes() {
    static const bool wide = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                             __builtin_cpu_supports("avx512vl");
    return wide;
}
#endif

template <typename L = Lanes>
BPLAB_LANES_INLINE L load(const double* p) {
    L v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <typename L>
BPLAB_LANES_INLINE void store(double* p, const L& v) { std::memcpy(p, &v, sizeof v); }
template <typename L = Lanes>
BPLAB_LANES_INLINE L splat(double x) {
    return x - L{};  // x − (+0) is x for every x (−0 and NaN included); compilers make it one broadcast
}
template <typename L>
BPLAB_LANES_INLINE typename Kind<L>::Bits bits_of(const L& v) { return __builtin_bit_cast(typename Kind<L>::Bits, v); }
BPLAB_LANES_INLINE Lanes from_bits(const Bits& b) { return __builtin_bit_cast(Lanes, b); }
BPLAB_LANES_INLINE Lanes8 from_bits(const Bits8& b) { return __builtin_bit_cast(Lanes8, b); }
// mask ? a : b, lane by lane, by the bits (a comparison's mask is all ones or all zeros).
template <typename L>
BPLAB_LANES_INLINE L select(const typename Kind<L>::Mask& mask, const L& a, const L& b) {
    const auto m = __builtin_bit_cast(typename Kind<L>::Bits, mask);
    return from_bits((m & bits_of(a)) | (~m & bits_of(b)));
}
// The lanes' bits ORed together: halves combined by shuffles.
template <typename B>
BPLAB_LANES_INLINE uint64_t or_lanes(const B& bits) {
    if constexpr (sizeof(B) == 64) {
        return or_lanes(__builtin_shufflevector(bits, bits, 0, 1, 2, 3) | __builtin_shufflevector(bits, bits, 4, 5, 6, 7));
    } else {
        const auto two = __builtin_shufflevector(bits, bits, 0, 1) | __builtin_shufflevector(bits, bits, 2, 3);
        return two[0] | two[1];
    }
}

}  // namespace core::simd
