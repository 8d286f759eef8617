#!/usr/bin/env bash
# CTest app_autosave: the native app keeps the session in $XDG_CONFIG_HOME/backprop-lab/autosave.json. A run that
# trains writes it on quit; the next start offers it ("Restore your last session?"); a start with --lesson opens
# the lesson, still offers the saved session and, changing nothing, leaves it as it was. Under Xvfb unless a display
# is set. usage: app_autosave.sh APP WORKDIR ; exit 77 = skipped (no display and no xvfb-run).
set -u
app=$1 work=$2
rm -rf "$work"
mkdir -p "$work/config"
export XDG_CONFIG_HOME=$work/config
slot=$work/config/backprop-lab/autosave.json
wrap=()
if [[ -z ${DISPLAY:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "SKIP: no DISPLAY and no xvfb-run"; exit 77; }
    wrap=(xvfb-run -a -s "-screen 0 1024x768x24")
fi
run() { "${wrap[@]}" "$app" --width 800 --height 500 --frames 5 --autosave on "$@" || { echo "backprop_lab $* failed"; exit 1; }; }
expect() {  # FILE TEXT WHAT
    grep -qF -- "$2" "$1" || { echo "$3: $1 lacks $2:"; head -c 800 "$1"; echo; exit 1; }
}

run --steps 30 --state-json "$work/first.json"
[[ -f $slot ]] || { echo "no autosave written on quit: $slot"; exit 1; }
[[ ! -e $slot.tmp ]] || { echo "the temporary file was left behind"; exit 1; }
expect "$slot" '"format":"backprop-lab autosave"' "the saved session"
expect "$slot" '"steps":30,' "the saved session"
cp "$slot" "$work/saved.json"

run --state-json "$work/second.json"
expect "$work/second.json" '"summary":"Lesson 16 · Backprop through the MLP — 30 steps, saved just now"' "the second start"
expect "$work/second.json" '"after_link":false' "the second start"

run --lesson 3 --state-json "$work/third.json"
expect "$work/third.json" '"lesson":3,' "a start with --lesson"
expect "$work/third.json" '"after_link":true' "a start with --lesson"
cmp -s "$slot" "$work/saved.json" || { echo "a start that changed nothing overwrote the saved session"; exit 1; }

# without --autosave a scripted run neither offers nor writes
"${wrap[@]}" "$app" --width 800 --height 500 --frames 5 --steps 3 --state-json "$work/scripted.json" || exit 1
expect "$work/scripted.json" '"autosave":{"on":false,"offer":null' "a scripted run"
cmp -s "$slot" "$work/saved.json" || { echo "a scripted run overwrote the saved session"; exit 1; }
echo "ok: written on quit, offered at the next start, kept by a start with --lesson"
