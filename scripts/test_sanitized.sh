#!/usr/bin/env bash
# The browser tests against the page built with AddressSanitizer + UndefinedBehaviorSanitizer (Emscripten's
# -fsanitize=address,undefined): builds it into build-wasm-asan/ and dist-asan/ (./build_wasm.sh --sanitize), then
# runs tests/web/ against it one file at a time. A test file fails on its own assertions or on any sanitizer report
# in the page's console (tests/web/page.mjs, BPLAB_SANITIZER_CHECK); the page's console goes to the log.
# Not part of ./test.sh: the sanitized page is several times slower, and a run takes a while.
#
#   scripts/test_sanitized.sh [TEST_FILE…]        default: every tests/web/*.test.mjs but offline.test.mjs
#
# Log: build-wasm-asan/web-sanitized.log. Exits non-zero when a test failed or a sanitizer reported anything.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

./build_wasm.sh --sanitize || exit 1

files=("$@")
# default: every browser test but the offline page's, which tests packaging into one file (the sanitized build
# makes no offline page)
if [[ ${#files[@]} == 0 ]]; then
    for f in tests/web/*.test.mjs; do [[ $f == */offline.test.mjs ]] || files+=("$f"); done
fi
log=build-wasm-asan/web-sanitized.log
echo "== browser tests against the sanitized page (dist-asan/): ${#files[@]} files; log: $log"
BPLAB_SITE=dist-asan BPLAB_SANITIZER_CHECK=1 node --test --test-concurrency=1 --test-reporter=spec "${files[@]}" \
    > "$log" 2>&1
status=$?
reports=$(grep -cE '^\[page [a-z]+\] .*(AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:)' "$log")
grep -E '^ℹ (tests|pass|fail|duration_ms) ' "$log"
echo "sanitizer reports: $reports"
if [[ $reports != 0 ]]; then
    grep -E -A12 '^\[page [a-z]+\] .*(AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:)' "$log" | head -60
fi
[[ $status == 0 && $reports == 0 ]] || { echo "test_sanitized: FAILED (see $log)"; exit 1; }
echo "test_sanitized: clean"
