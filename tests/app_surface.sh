#!/usr/bin/env bash
# CTest app_surface: the native loss surface (under Xvfb unless a display is set) — the GPU grid equals the CPU
# sampler's to float precision (--check-surface), and the 3-D view and the exact problem's race draw a screenshot.
# Exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1 out_dir=$2
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    wrap=(xvfb-run -a -s "-screen 0 1024x768x24")
fi
"${wrap[@]}" "$app" --check-surface 33 || { echo "GPU and CPU surfaces differ"; exit 1; }
for view in 3d exact,race; do
    out="$out_dir/app_surface_${view//,/_}.png"
    rm -f "$out"
    "${wrap[@]}" "$app" --width 1000 --height 700 --surface "$view" --frames 20 --screenshot "$out" ||
        { echo "backprop_lab --surface $view failed"; exit 1; }
    [[ $(od -An -tx1 -N8 "$out" | tr -d ' \n') == 89504e470d0a1a0a ]] || { echo "not a PNG: $out"; exit 1; }
done
echo "ok"
