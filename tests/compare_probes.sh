#!/usr/bin/env bash
# CTest determinism_native_vs_wasm: the native probe and the WASM probe (under node) must print identical output
# (weight hashes after training, etc.). Exit 77 = skipped, when no WASM build exists next to this one.
set -u
native_probe=$1 wasm_probe_js=$2
if [[ ! -f $wasm_probe_js ]]; then
    echo "SKIP: no WASM probe at $wasm_probe_js (build the WASM tree first: ./build_wasm.sh)"
    exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$native_probe" > "$tmp/native.txt" || { echo "native probe failed"; exit 1; }
node --no-experimental-fetch "$wasm_probe_js" > "$tmp/wasm.txt" || { echo "WASM probe failed"; exit 1; }
if [[ ! -s $tmp/native.txt ]]; then
    echo "native probe printed nothing"; exit 1
fi
if cmp -s "$tmp/native.txt" "$tmp/wasm.txt"; then
    echo "identical: $(wc -l < "$tmp/native.txt") lines"; cat "$tmp/native.txt"; exit 0
fi
echo "native and WASM outputs differ:"; diff "$tmp/native.txt" "$tmp/wasm.txt"; exit 1
