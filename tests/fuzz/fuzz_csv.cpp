// libFuzzer target: see fuzz_entries.h. Built by scripts/fuzz.sh (CMake option BPLAB_FUZZ with clang).
#include "fuzz_entries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzz::csv(data, size);
    return 0;
}
