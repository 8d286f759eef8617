#!/usr/bin/env bash
# CTest app_boundary / app_activations: the native app's GPU checks, under Xvfb unless a display is set.
#   --check-boundary N   the decision boundary shows, at every clear-cut pixel, the class the CPU's forward pass
#                        gives (both of the shader's ways of reading Θ)
#   --check-activations  every activation's GLSL g(z), generated from core's table, agrees with core's g(z)
# usage: app_gpu_check.sh APP CHECK-ARGS...   Exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1
shift
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    wrap=(xvfb-run -a -s "-screen 0 1024x768x24")
fi
"${wrap[@]}" "$app" "$@" || { echo "the GPU and the CPU disagree ($*)"; exit 1; }
