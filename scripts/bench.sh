#!/usr/bin/env bash
# Runs every benchmark and prints one line per figure, "name: value unit" (README.md, "Benchmarks").
# Builds what it needs first, in Release: build-bench/ (native bplab_bench, bplab, backprop_lab) and, through
# ./build_wasm.sh, build-wasm/ + dist/ (the page, and bplab_bench.js for node). Figures, in this order:
#   core training throughput (native, node, Chromium) and the WASM/native ratios of this run;
#   decision-boundary throughput, CPU path (native) and GPU path (Chromium);
#   Chromium: start-up, page bytes, frame time, loss-surface refreshes/s;
#   Chromium: the idle page (paused: main-thread busy share over 5 s); the idle native app (CPU over 5 s);
#   memory high-water mark (max RSS) of the native app (300 frames under Xvfb) and of the CLI (20,000 steps).
# usage: scripts/bench.sh [SECONDS]     SECONDS per throughput figure (default 2; the best of ~10 rounds counts)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-2}
log=$(mktemp)
tmp=$(mktemp -d)
trap 'rm -rf "$log" "$tmp"' EXIT

build() {
    if ! "$@" >> "$log" 2>&1; then
        cat "$log"
        echo "bench.sh: build step failed: $*" >&2
        exit 1
    fi
}
build ./scripts/setup.sh
[[ -f build-bench/build.ninja ]] ||
    build cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
build cmake --build build-bench --target bplab_bench bplab backprop_lab
build ./build_wasm.sh
build cmake --build build-wasm --target bplab_bench

echo "load_average_1min: $(cut -d' ' -f1 /proc/loadavg) (2 cores here; other work slows every figure)"

# ---- 1, 2: throughput of the core (native, node) and the page (Chromium); 3, 4, 5: the page ------------------------
build-bench/bplab_bench native "$seconds" | tee "$tmp/figures"
node --no-experimental-fetch build-wasm/bplab_bench.js node "$seconds" | grep -v '^boundary_cpu' | tee -a "$tmp/figures"
node scripts/bench_web.mjs dist "$seconds" | tee -a "$tmp/figures"

value() { sed -n "s/^$1: \([0-9.]*\) .*/\1/p" "$tmp/figures"; }
for net in 2-4-2-1 2-8-8-1; do
    native=$(value "train_${net}_native")
    for where in node chromium; do
        wasm=$(value "train_${net}_${where}")
        if [[ -n $native && -n $wasm ]]; then
            echo "train_${net}_wasm_${where}_vs_native: $(awk -v a="$wasm" -v b="$native" 'BEGIN { printf "%.2f", a / b }') ratio"
        fi
    done
done

# ---- the idle native app (render on demand): CPU time over 5 s, paused, nothing changing -------------------------
idle_app=(build-bench/backprop_lab --width 1280 --height 800 --autosave off)
if [[ -n ${DISPLAY:-} ]]; then
    scripts/idle_native.sh "${idle_app[@]}"
elif command -v xvfb-run > /dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" scripts/idle_native.sh "${idle_app[@]}"
else
    echo "idle_cpu_native_app: n/a (no display and no xvfb-run)"
fi

# ---- 6: memory high-water marks -----------------------------------------------------------------------------------
max_rss() { sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)/\1/p' "$1"; }
app=(build-bench/backprop_lab --width 1280 --height 800 --frames 300)
if [[ -n ${DISPLAY:-} ]]; then
    /usr/bin/time -v -o "$tmp/app.time" "${app[@]}" > /dev/null 2>&1 || true
elif command -v xvfb-run > /dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -v -o "$tmp/app.time" "${app[@]}" > /dev/null 2>&1 || true
fi
if [[ -s $tmp/app.time ]]; then
    echo "memory_max_rss_native_app: $(max_rss "$tmp/app.time") KB (300 frames, 1280x800)"
else
    echo "memory_max_rss_native_app: n/a (no display and no xvfb-run)"
fi
/usr/bin/time -v -o "$tmp/cli.time" build-bench/bplab run --steps 20000 > /dev/null
echo "memory_max_rss_cli: $(max_rss "$tmp/cli.time") KB (bplab run --steps 20000)"
