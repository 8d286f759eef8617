#!/usr/bin/env bash
# CTest app_lesson_flag / app_state_flag: run the native app for a few frames with the given flags (under Xvfb
# unless a display is set), write the state JSON, and check that it holds each expected text.
# usage: app_lecture.sh APP OUT.json 'EXPECTED TEXT|…' FLAG… ; exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1 out=$2 expected=$3
shift 3
rm -f "$out"
run=("$app" --width 800 --height 500 --frames 5 --state-json "$out" "$@")
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    run=(xvfb-run -a -s "-screen 0 1024x768x24" "${run[@]}")
fi
"${run[@]}" || { echo "backprop_lab failed"; exit 1; }
IFS='|' read -ra wanted <<< "$expected"
for text in "${wanted[@]}"; do
    grep -qF -- "$text" "$out" || { echo "the state lacks $text:"; head -c 600 "$out"; echo; exit 1; }
done
echo "ok: $out holds ${#wanted[@]} expected texts"
