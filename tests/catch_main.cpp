// The Catch2 v2 runner for bplab_tests; the test cases live in tests/core and tests/lab.
// Kept in its own file because expanding Catch's main is the slowest compile of the project (done once).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
