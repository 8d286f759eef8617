# The benchmarks: bplab_benchmark (timed training and surface runs, used by the bench program and by the page's
# bench hooks) and the program behind scripts/bench.sh, natively and for node in the WASM build. Not tests: they
# print figures (see bench/bench_core.cpp and README.md, "Benchmarks").
add_library(bplab_benchmark STATIC bench/benchmark.cpp)
target_include_directories(bplab_benchmark INTERFACE "${PROJECT_SOURCE_DIR}/bench")
target_link_libraries(bplab_benchmark PUBLIC bplab_lab)
bplab_defaults(bplab_benchmark)

add_executable(bplab_bench bench/bench_core.cpp)
bplab_defaults(bplab_bench)
target_link_libraries(bplab_bench PRIVATE bplab_benchmark)
if(EMSCRIPTEN)
    target_link_options(bplab_bench PRIVATE -sENVIRONMENT=node,web -sALLOW_MEMORY_GROWTH=1)  # web: bench/bench_program.html
endif()

# The loss surface's CPU sampling on the digits lesson (bench/bench_surface.cpp), natively, for node and for
# Chromium (bench/bench_program.html?program=bplab_bench_surface).
add_executable(bplab_bench_surface bench/bench_surface.cpp)
bplab_defaults(bplab_bench_surface)
target_link_libraries(bplab_bench_surface PRIVATE bplab_lab)
if(EMSCRIPTEN)
    target_link_options(bplab_bench_surface PRIVATE -sENVIRONMENT=node,web -sALLOW_MEMORY_GROWTH=1)
endif()
