#!/usr/bin/env bash
# Builds the web page into dist/ (index.html, backprop_lab.js, backprop_lab.wasm): a static site that works from
# any web server, offline; and dist/backprop_lab_offline.html, the same page as one self-contained file (wasm
# inside) that works from file:// with no server at all. With --serve (or serve) it then serves dist/ on http://localhost:PORT/.
# With --sanitize: the page built with AddressSanitizer + UndefinedBehaviorSanitizer in build-wasm-asan/, into
# dist-asan/ (no offline file; slower and larger: for scripts/test_sanitized.sh, not for publishing).
# usage: ./build_wasm.sh [--sanitize] [--serve] [--port N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

serve=0 port=8080 sanitize=0
while [[ $# -gt 0 ]]; do
    case $1 in
        --serve|serve) serve=1 ;;
        --port) port=${2:?--port needs a number}; shift ;;
        --sanitize) sanitize=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "build_wasm.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

./scripts/setup.sh
if [[ $sanitize == 1 ]]; then
    if [[ ! -f build-wasm-asan/build.ninja ]]; then
        # RelWithDebInfo: function names in the sanitizers' stack traces
        emcmake cmake -S . -B build-wasm-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBPLAB_SANITIZE=ON \
            -DBUILD_TESTING=OFF
    fi
    cmake --build build-wasm-asan --target backprop_lab
    mkdir -p dist-asan
    cmake -E copy_if_different build-wasm-asan/backprop_lab.html dist-asan/index.html
    cmake -E copy_if_different build-wasm-asan/backprop_lab.js build-wasm-asan/backprop_lab.wasm dist-asan/
    echo "build_wasm: sanitized site in dist-asan/ ($(du -ck dist-asan/index.html dist-asan/backprop_lab.js dist-asan/backprop_lab.wasm | tail -1 | cut -f1) KB)"
    [[ $serve == 1 ]] && exec node scripts/serve.mjs dist-asan "$port"
    exit 0
fi
if [[ ! -f build-wasm/build.ninja ]]; then
    emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build-wasm --target backprop_lab backprop_lab_offline

mkdir -p dist
cmake -E copy_if_different build-wasm/backprop_lab.html dist/index.html
cmake -E copy_if_different build-wasm/backprop_lab.js build-wasm/backprop_lab.wasm dist/
node scripts/offline_page.mjs build-wasm/backprop_lab_offline.html dist/backprop_lab_offline.html
echo "build_wasm: gzip sizes: $(for f in dist/index.html dist/backprop_lab.js dist/backprop_lab.wasm; do printf '%s %s KB  ' "${f#dist/}" $(( $(gzip -9c "$f" | wc -c) / 1024 )); done)"
echo "build_wasm: site in dist/ ($(du -ck dist/index.html dist/backprop_lab.js dist/backprop_lab.wasm | tail -1 | cut -f1) KB)"

if [[ $serve == 1 ]]; then
    exec node scripts/serve.mjs dist "$port"
fi
