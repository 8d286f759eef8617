#!/usr/bin/env bash
# CTest app_presentation: the native app in presentation mode at a 1024×768 projector for lessons 9, 13 and 15
# (under Xvfb unless a display is set): a screenshot of each, OUT_DIR/presentation_lesson_N.png, for a person to
# look at, and the state JSON checked — presentation on, the controls place away, the lesson's own tab in front.
# usage: app_presentation.sh APP OUT_DIR ; exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1 dir=$2
mkdir -p "$dir"
declare -A tab=([9]=network [13]=surface [15]=graph)
for lesson in 9 13 15; do
    png="$dir/presentation_lesson_$lesson.png" json="$dir/presentation_lesson_$lesson.json"
    rm -f "$png" "$json"
    run=("$app" --width 1024 --height 768 --frames 20 --state "lesson=$lesson&proj=1" --screenshot "$png"
         --state-json "$json")
    if [[ -z ${DISPLAY:-} ]]; then
        command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
        run=(xvfb-run -a -s "-screen 0 1024x768x24" "${run[@]}")
    fi
    "${run[@]}" || { echo "backprop_lab failed for lesson $lesson"; exit 1; }
    # PNG signature, then IHDR's width and height (big-endian) at bytes 16..23: 1024 × 768
    header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
    [[ ${header:0:16} == 89504e470d0a1a0a ]] || { echo "not a PNG: $png"; exit 1; }
    [[ ${header:32:16} == 0000040000000300 ]] || { echo "lesson $lesson: want 1024 × 768, got ${header:32:16}"; exit 1; }
    for text in '"presentation":true' '"controls_shown":false' "\"tab\":\"${tab[$lesson]}\""; do
        grep -qF -- "$text" "$json" || { echo "lesson $lesson: the state lacks $text"; exit 1; }
    done
    echo "ok: lesson $lesson in presentation mode, $png"
done
