#!/usr/bin/env bash
# Fuzzes the four parsers that read untrusted text, each for a while, with libFuzzer + ASan + UBSan:
#   url_state (lab::decode, then opening the link), json_import (lab::parse_json, apply_config_json, import_state),
#   csv (core::load_csv), expression (core::parse_assignments, parse_expression).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]        default: 60 seconds, all four
#
# Needs Debian's clang and libclang-rt-14-dev (scripts/setup.sh --fuzz installs them). Builds into build-fuzz/.
# Starts from the committed seed corpus tests/fuzz/corpus/<target>/ (read only: new inputs go to
# build-fuzz/corpus/<target>/). A crash is written to build-fuzz/crashes/<target>/; copy it into
# tests/fuzz/regressions/<target>/ once fixed: tests/lab/test_fuzz_regressions.cpp replays that folder and the corpus
# in every ctest run. Exits non-zero if any target crashed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} == 0 ]] && targets=(url_state json_import csv expression)
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

cc=$(command -v clang-14 || command -v clang || true)
cxx=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z $cc || -z $cxx ]] || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: needs clang and libFuzzer: run scripts/setup.sh --fuzz" >&2
    exit 2
fi

build=build-fuzz
if [[ ! -f $build/build.ninja ]]; then
    CC=$cc CXX=$cxx cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBPLAB_FUZZ=ON \
        -DBUILD_TESTING=OFF > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
fi
cmake --build "$build" -j 2 || exit 1

status=0
for target in "${targets[@]}"; do
    seeds=tests/fuzz/corpus/$target
    [[ -d $seeds ]] || { echo "fuzz.sh: no target '$target' (no $seeds)" >&2; status=2; continue; }
    work=$build/corpus/$target crashes=$build/crashes/$target
    mkdir -p "$work" "$crashes"
    echo "== fuzz_$target: $seconds s"
    log=$build/fuzz_$target.log
    # -rss_limit_mb: a parser that allocates without bound counts as a crash too.
    "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$work" "$seeds" > "$log" 2>&1
    result=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    found=$(find "$crashes" -type f | wc -l)
    echo "   inputs tried: ${runs:-?}   corpus: $(find "$work" -type f | wc -l) files   crash files: $found"
    if [[ $result != 0 ]]; then
        status=1
        grep -E "ERROR|SUMMARY|runtime error|==ERROR" "$log" | head -8
        echo "   full log: $log"
    fi
done
exit $status
