#!/usr/bin/env bash
# The idle native app's figure for scripts/bench.sh (render on demand): starts the app (its arguments follow), lets
# it settle, and prints its CPU time over 5 s with nothing changing, from /proc/PID/stat (fields 14 and 15: user and
# system time in clock ticks). Needs a display (bench.sh runs it under xvfb-run when there is none).
# usage: scripts/idle_native.sh APP [ARGS...]
set -u
"$@" > /dev/null 2>&1 &
pid=$!
ticks=$(getconf CLK_TCK)
sleep 4
t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
sleep 5
t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
kill "$pid"
wait "$pid" 2> /dev/null
echo "idle_cpu_native_app: $(awk -v a="$t0" -v b="$t1" -v t="$ticks" 'BEGIN { printf "%.1f", 100 * (b - a) / t / 5 }') % of a core over 5 s, paused ($*)"
