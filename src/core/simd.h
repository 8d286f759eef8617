// The loops over a layer × batch run as SIMD lanes, each lane doing one element's IEEE operations in the scalar
// code's order, so any lane width gives the same bits. WASM builds use f64x2 (-msimd128); native x86-64 builds by
// GCC compile the marked functions twice, for SSE2 (2 doubles) and AVX2 (4 doubles), and pick one at start-up by
// the CPU (target_clones). AVX2 without FMA, and -ffp-contract=off everywhere: nothing is fused.
#pragma once

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__EMSCRIPTEN__)
#define BPLAB_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define BPLAB_SIMD_CLONES
#endif
