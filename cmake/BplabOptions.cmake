# Compile settings every target of ours shares (not the third-party libraries).
#
# Native and WASM runs must produce bit-identical numbers, so: no -march=native, no -ffast-math, and no FMA
# contraction (-ffp-contract=off), which would otherwise be allowed to fuse a*b+c differently per target.
function(bplab_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_17)
    set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
    target_compile_options(${target} PRIVATE -Wall -Wextra -ffp-contract=off)
endfunction()
