#!/usr/bin/env bash
# CTest app_screenshot: run the native app for 30 frames (under Xvfb unless a display is set) and check that it
# wrote a PNG of the window's size. Exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1 out=$2
rm -f "$out"
run=("$app" --width 800 --height 500 --frames 30 --screenshot "$out")
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    run=(xvfb-run -a -s "-screen 0 1024x768x24" "${run[@]}")
fi
"${run[@]}" || { echo "backprop_lab failed"; exit 1; }
# PNG signature, then IHDR's width and height (big-endian) at bytes 16..23
header=$(od -An -tx1 -N24 "$out" | tr -d ' \n')
[[ ${header:0:16} == 89504e470d0a1a0a ]] || { echo "not a PNG: $out"; exit 1; }
[[ ${header:32:16} == 00000320000001f4 ]] || { echo "unexpected size (want 800 x 500): ${header:32:16}"; exit 1; }
echo "ok: $out"
