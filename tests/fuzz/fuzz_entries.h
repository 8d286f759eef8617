// What each fuzz target does with one input, shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and the Catch2
// test that replays the committed corpus and every crash found so far (tests/lab/test_fuzz_regressions.cpp).
// Each entry feeds the bytes to a parser the way the app does and then uses the result; a bug shows as a sanitizer
// report or as a broken invariant, which traps.
#pragma once
#include <cstddef>
#include <cstdint>

namespace fuzz {

void url_state(const uint8_t* data, size_t size);    // lab::decode → encode → decode, then open it in a Stepper
void json_import(const uint8_t* data, size_t size);  // lab::parse_json → apply_config_json / import_state → Session
void csv(const uint8_t* data, size_t size);          // core::load_csv (options from the first byte) → split
void expression(const uint8_t* data, size_t size);   // "variables\nexpression" → parse, graph steps

}  // namespace fuzz
