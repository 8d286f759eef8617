# Compile settings every target of ours shares (not the third-party libraries).
#
# Native and WASM runs must produce bit-identical numbers, so: no -march=native, no -ffast-math, and no FMA
# contraction (-ffp-contract=off), which would otherwise be allowed to fuse a*b+c differently per target.
#
# WASM: -msimd128 lets clang run loops such as det::tanh_array two doubles at a time (f64x2). Each lane does the
# same IEEE operation as the scalar code and clang never reorders floating-point sums without -ffast-math, so the
# results stay bit-identical to native (tests/compare_probes.sh checks it). Every current browser and node ≥ 16
# run WASM SIMD.
function(bplab_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_17)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
    target_compile_options(${target} PRIVATE -Wall -Wextra -ffp-contract=off)
    if(EMSCRIPTEN)
        target_compile_options(${target} PRIVATE -msimd128)
    endif()
endfunction()
