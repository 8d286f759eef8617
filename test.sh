#!/usr/bin/env bash
# Runs every test of the project, in this order:
#   setup (scripts/setup.sh) → native build (build-native) → WASM build (build-wasm, dist/) →
#   ctest native (unit tests, CLI, app screenshot, native-vs-WASM determinism) → ctest WASM (the same unit tests
#   under node) → browser smoke test (tests/web, headless Chromium).
# Exits non-zero if anything failed; the last line is "N passed, N failed" over all suites.
# A second run rebuilds only what changed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

passed=0 failed=0
jobs=$(nproc 2>/dev/null || echo 2)
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

summary_and_exit() {
    echo
    echo "$passed passed, $failed failed"
    [[ $failed == 0 ]]
    exit
}

# A step that has to work for the rest to make sense (setup, builds): on failure, count it and stop.
must() {
    local name=$1; shift
    echo "== $name"
    if ! "$@"; then
        echo "test.sh: $name failed"
        failed=$((failed + 1))
        summary_and_exit
    fi
}

# ctest, then its closing lines; adds its counts ("100% tests passed, 0 tests failed out of N") to the totals.
run_ctest() {
    local name=$1 dir=$2
    echo "== $name"
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" > "$log_dir/$name.log" 2>&1
    local status=$?
    grep -E -A1000 "tests passed|tests failed" "$log_dir/$name.log" | head -40 || true
    local line total bad
    line=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log_dir/$name.log" | tail -1)
    if [[ $line =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
        bad=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]}
        passed=$((passed + total - bad))
        failed=$((failed + bad))
    else
        cat "$log_dir/$name.log"
        echo "test.sh: $name: no test summary from ctest"
        failed=$((failed + 1))
    fi
    if [[ $status != 0 && ${bad:-0} == 0 ]]; then failed=$((failed + 1)); fi  # ctest failed some other way
}

# node's test runner in TAP form; its "# pass N" / "# fail N" lines add to the totals.
run_browser_tests() {
    echo "== browser smoke test"
    # One test file at a time where node can (20.10+): each drives its own Chromium on SwiftShader, and several at
    # once on two cores starve each other's frames into time-outs.
    local serial=()
    node --help 2>/dev/null | grep -q -- --test-concurrency && serial=(--test-concurrency=1)
    node --test "${serial[@]}" --test-reporter=tap tests/web/ > "$log_dir/web.log" 2>&1
    local status=$? pass fail
    pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log_dir/web.log" | tail -1)
    fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log_dir/web.log" | tail -1)
    if [[ $status != 0 ]]; then grep -E -B2 -A14 "^ *not ok" "$log_dir/web.log" | head -80; fi
    grep -E "^# (tests|pass|fail|duration_ms)" "$log_dir/web.log"
    if [[ -z $pass || -z $fail ]]; then
        cat "$log_dir/web.log"
        fail=$((${fail:-0} + 1))
    fi
    passed=$((passed + ${pass:-0}))
    failed=$((failed + fail))
    if [[ $status != 0 && $fail == 0 ]]; then failed=$((failed + 1)); fi
}

configure_native() {
    [[ -f build-native/build.ninja ]] ||
        cmake -S . -B build-native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
}

must "setup" ./scripts/setup.sh
must "configure native" configure_native
must "build native" cmake --build build-native
must "build WASM page" ./build_wasm.sh
must "build WASM tests" cmake --build build-wasm

run_ctest "ctest native" build-native
run_ctest "ctest wasm (node)" build-wasm
run_browser_tests
summary_and_exit
