# The benchmark program behind scripts/bench.sh: natively, and for node in the WASM build. Not a test: it prints
# figures (see bench/bench_core.cpp and README.md, "Benchmarks").
add_executable(bplab_bench bench/bench_core.cpp)
bplab_defaults(bplab_bench)
target_link_libraries(bplab_bench PRIVATE bplab_core)
if(EMSCRIPTEN)
    target_link_options(bplab_bench PRIVATE -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1)
endif()
