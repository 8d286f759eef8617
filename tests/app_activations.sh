#!/usr/bin/env bash
# CTest app_activations: every activation's GLSL g(z) (generated from core's table) run on the native GPU (under
# Xvfb unless a display is set) agrees with core's g(z) (--check-activations). Exit 77 = skipped (no display and no
# xvfb-run).
set -u
app=$1
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    wrap=(xvfb-run -a -s "-screen 0 1024x768x24")
fi
"${wrap[@]}" "$app" --check-activations || { echo "GPU and core activations differ"; exit 1; }
