#!/usr/bin/env bash
# Runs every benchmark and prints one line per figure, "name: value unit" (README.md, "Benchmarks").
# Builds what it needs first, in Release: build-bench/ (native bplab_bench, bplab, backprop_lab) and, through
# ./build_wasm.sh, build-wasm/ + dist/ (the page, and bplab_bench.js for node); and the same for commit 4e51a4b
# (before the batched core) in build-old/ (bench/old_commit.sh). Figures, in this order:
#   the core against 4e51a4b, back to back in interleaved rounds (old, new, old, new …): the bench program natively,
#   under node and in Chromium (bench/bench_program.html): training 2-4-2-1 and 2-8-8-1, the digits test set's
#   evaluation; examples/s, GFLOP/s and the ratio of the medians over the rounds, with the spread;
#   core training throughput (native, node, Chromium) and the WASM/native ratios of this run;
#   decision-boundary throughput, CPU path (native) and GPU path (Chromium);
#   Chromium: start-up, page bytes, frame time, loss-surface refreshes/s;
#   Chromium: the idle page (paused: main-thread busy share over 5 s); the idle native app (CPU over 5 s);
#   memory high-water mark (max RSS) of the native app (300 frames under Xvfb) and of the CLI (20,000 steps).
# usage: scripts/bench.sh [--versus] [SECONDS [ROUNDS]]   SECONDS per throughput figure (default 2; the best of ~10
#        rounds counts), ROUNDS of the old-against-new comparison (default 5; each figure's median round counts, with the
#        lowest and highest round and the best rounds' ratio beside it: the machine is shared);
#        --versus: only that comparison (and only the bench programs built)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
versus_only=0
[[ ${1:-} == --versus ]] && { versus_only=1; shift; }
seconds=${1:-2}
rounds=${2:-5}
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
if [[ $versus_only == 1 ]]; then
    build cmake --build build-bench --target bplab_bench
    [[ -f build-wasm/build.ninja ]] || build emcmake cmake -S . -B build-wasm -G Ninja -DCMAKE_BUILD_TYPE=Release
else
    build cmake --build build-bench --target bplab_bench bplab backprop_lab
    build ./build_wasm.sh
fi
build cmake --build build-wasm --target bplab_bench
build bench/old_commit.sh

echo "load_average: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; $(nproc) cores here; other work slows every figure)"

# ---- 0: the core against commit 4e51a4b, interleaved rounds ---------------------------------------------------------
old=build-old/src
for round in $(seq "$rounds"); do
    for side in old new; do
        tree=.; [[ $side == old ]] && tree=$old
        "$tree/build-bench/bplab_bench" native "$seconds" | grep -E '^(train_2-|eval_)' | grep -v _app_ | sed "s/^/$side /"
        node --no-experimental-fetch "$tree/build-wasm/bplab_bench.js" node "$seconds" | grep -E '^(train_2-|eval_)' |
            grep -v _app_ | sed "s/^/$side /"
        mkdir -p "$tmp/chromium-$side"
        cp "$tree"/build-wasm/bplab_bench.{js,wasm} bench/bench_program.html "$tmp/chromium-$side/"
        node scripts/bench_web.mjs --program "$tmp/chromium-$side" "$seconds" | sed "s/^/$side /"
    done | tee -a "$tmp/rounds" | sed "s/^/round $round: /"
    echo "round $round of $rounds done; load_average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
# Each figure's median round and spread for each side, the ratios, and the GFLOP/s (bench/versus_summary.awk).
awk -f bench/versus_summary.awk "$tmp/rounds" | sort
echo "load_average: $(cut -d' ' -f1-3 /proc/loadavg) (after the rounds)"
[[ $versus_only == 1 ]] && exit 0

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

# ---- 7: the loss surface sampled on the CPU (digits lesson, 65 × 65): digits_surface_refreshes_per_s_<where> --------
scripts/bench_surface_cpu.sh "$seconds"
