# Reliability builds (see README "Reliability"). Both apply to every target of the build, third-party code included,
# so that ASan sees every allocation.
#
#   BPLAB_SANITIZE=ON  native build with AddressSanitizer + UndefinedBehaviorSanitizer; any report aborts the test
#                      (CMakePresets.json: configure/build/test preset "asan").
#   BPLAB_FUZZ=ON      clang only: the libFuzzer targets of tests/fuzz (fuzz_url_state, fuzz_json_import, fuzz_csv,
#                      fuzz_expression), built with ASan + UBSan; the app and the unit tests are skipped
#                      (scripts/fuzz.sh configures and runs it).
option(BPLAB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(BPLAB_FUZZ "Build the libFuzzer targets of tests/fuzz (clang) instead of the app and tests" OFF)

set(bplab_sanitizers "-fsanitize=address,undefined;-fno-sanitize-recover=all;-fno-omit-frame-pointer")
if(BPLAB_SANITIZE OR BPLAB_FUZZ)
    if(EMSCRIPTEN)
        message(FATAL_ERROR "BPLAB_SANITIZE and BPLAB_FUZZ are for native builds")
    endif()
    add_compile_options(${bplab_sanitizers})
    add_link_options(${bplab_sanitizers})
endif()
if(BPLAB_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BPLAB_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Called after the core library exists.
function(bplab_add_fuzz_targets)
    add_library(bplab_fuzz_entries STATIC tests/fuzz/fuzz_entries.cpp)
    target_link_libraries(bplab_fuzz_entries PUBLIC bplab_lab)
    bplab_defaults(bplab_fuzz_entries)
    foreach(name url_state json_import csv expression)
        add_executable(fuzz_${name} tests/fuzz/fuzz_${name}.cpp)
        target_link_libraries(fuzz_${name} PRIVATE bplab_fuzz_entries)
        target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
        bplab_defaults(fuzz_${name})
    endforeach()
endfunction()
