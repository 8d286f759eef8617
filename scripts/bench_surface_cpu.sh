#!/usr/bin/env bash
# The loss surface's CPU sampling on the digits lesson (bench/bench_surface.cpp): full 65 × 65 refreshes per second
# natively, under node and in Chromium, one line each, "digits_surface_refreshes_per_s_<where>: VALUE refreshes/s",
# and the same for the full forward pass per cell (what the sampler did before core::PlaneLoss).
# Expects the Release builds scripts/bench.sh makes (build-bench/, build-wasm/); builds the program in each.
# usage: scripts/bench_surface_cpu.sh [SECONDS]      SECONDS of processor time per figure (default 2)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --build build-bench --target bplab_bench_surface > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
cmake --build build-wasm --target bplab_bench_surface > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; exit 1; }
build-bench/bplab_bench_surface native "$seconds"
node --no-experimental-fetch build-wasm/bplab_bench_surface.js node "$seconds"
cp build-wasm/bplab_bench_surface.{js,wasm} bench/bench_program.html "$tmp/"
node scripts/bench_surface_cpu.mjs "$tmp" "$seconds"
