#!/usr/bin/env bash
# CTest app_boundary: the native decision boundary (under Xvfb unless a display is set) shows, at every clear-cut
# pixel, the class the CPU's forward pass gives (--check-boundary; both of the shader's ways of reading Θ).
# Exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    wrap=(xvfb-run -a -s "-screen 0 1024x768x24")
fi
"${wrap[@]}" "$app" --check-boundary 96 || { echo "GPU and CPU boundaries differ"; exit 1; }
