#!/usr/bin/env bash
# Builds commit 4e51a4b (the core before the mini-batch as matrices) the way scripts/bench.sh builds today's tree,
# so that the two are measured back to back by the same benchmark code:
#   build-old/src     the commit's files (git archive), with today's bench/benchmark.{h,cpp} and bench_core.cpp in
#                     the places the commit kept them (src/lab/benchmark.*, its flat lab/ include paths), today's
#                     cmake/ThirdParty.cmake (the commit's named ImGui 1.86's backend file; setup.sh installs 1.90.1
#                     now) and cmake/BplabBench.cmake's link options (the bench program for the browser too);
#   build-old/src/build-bench/bplab_bench    native, Release
#   build-old/src/build-wasm/bplab_bench.js  WASM, Release, for node and (bench/bench_program.html) Chromium.
# The commit's page itself is not built: its app code needs ImGui 1.86, which setup.sh no longer installs.
# A second run rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
commit=4e51a4b
old=build-old/src
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

if [[ ! -f $old/.bench-commit || $(cat "$old/.bench-commit") != "$commit" ]]; then
    rm -rf "$old"
    mkdir -p "$old/tests/web"
    git archive "$commit" | tar -x -C "$old"
    ln -sfn "$(readlink -f third_party)" "$old/third_party"
    ln -sfn "$(readlink -f tests/web/node_modules)" "$old/tests/web/node_modules"
    echo "$commit" > "$old/.bench-commit"
fi
cp cmake/ThirdParty.cmake "$old/cmake/ThirdParty.cmake"
to_old_paths() {  # today's lab/io/, lab/teach/, lab/lessons/ headers were all in lab/ then
    sed -e 's#"lab/\(io\|teach\|lessons\|surface\)/#"lab/#' -e 's#^\#include "benchmark.h"#\#include "lab/benchmark.h"#' "$1"
}
copy_if_changed() { cmp -s "$1" "$2" || cp "$1" "$2"; }
to_old_paths bench/benchmark.h > "$old/benchmark.h.new" && copy_if_changed "$old/benchmark.h.new" "$old/src/lab/benchmark.h"
to_old_paths bench/benchmark.cpp > "$old/benchmark.cpp.new" && copy_if_changed "$old/benchmark.cpp.new" "$old/src/lab/benchmark.cpp"
to_old_paths bench/bench_core.cpp > "$old/bench_core.cpp.new" && copy_if_changed "$old/bench_core.cpp.new" "$old/bench/bench_core.cpp"
rm -f "$old"/*.new
grep -q ENVIRONMENT=node,web "$old/cmake/BplabBench.cmake" ||
    sed -i 's/-sENVIRONMENT=node /-sENVIRONMENT=node,web /' "$old/cmake/BplabBench.cmake"

cd "$old"
[[ -f build-bench/build.ninja ]] ||
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${launcher[@]}"
cmake --build build-bench --target bplab_bench
[[ -f build-wasm/build.ninja ]] ||
    emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
cmake --build build-wasm --target bplab_bench
