// The loops over a layer × batch run as SIMD lanes, each lane doing one element's IEEE operations in the scalar
// code's order, so any lane width gives the same bits. WASM builds use f64x2 (-msimd128); native x86-64 builds by
// GCC compile the marked functions twice, for SSE2 (2 doubles) and AVX2 (4 doubles), and pick one at start-up by
// the CPU (target_clones). AVX2 without FMA, and -ffp-contract=off everywhere: nothing is fused.
//
// Lanes is four doubles as one value (GCC's and clang's vector extension): + − × ÷ and comparisons act lane by
// lane with the scalar operation's IEEE result; the compiler splits it into two f64x2 (WASM, SSE2) or keeps it in
// one AVX2 register. The helpers are forced inline so that each clone compiles them for its own instruction set.
#pragma once
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__EMSCRIPTEN__)
#define BPLAB_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define BPLAB_SIMD_CLONES
#endif
#define BPLAB_LANES_INLINE inline __attribute__((always_inline))
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

BPLAB_LANES_INLINE Lanes load(const double* p) {
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
BPLAB_LANES_INLINE void store(double* p, const Lanes& v) { std::memcpy(p, &v, sizeof v); }
BPLAB_LANES_INLINE Lanes splat(double x) { return Lanes{x, x, x, x}; }
BPLAB_LANES_INLINE Bits bits_of(const Lanes& v) { return __builtin_bit_cast(Bits, v); }
BPLAB_LANES_INLINE Lanes from_bits(const Bits& b) { return __builtin_bit_cast(Lanes, b); }
// mask ? a : b, lane by lane, by the bits (a comparison's mask is all ones or all zeros).
BPLAB_LANES_INLINE Lanes select(const Mask& mask, const Lanes& a, const Lanes& b) {
    const Bits m = __builtin_bit_cast(Bits, mask);
    return from_bits((m & bits_of(a)) | (~m & bits_of(b)));
}
BPLAB_LANES_INLINE bool all(const Mask& mask) {
    return (mask[0] & mask[1] & mask[2] & mask[3]) != 0;
}
BPLAB_LANES_INLINE bool any(const Mask& mask) {
    return (mask[0] | mask[1] | mask[2] | mask[3]) != 0;
}

}  // namespace core::simd
