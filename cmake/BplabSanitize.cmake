# Reliability builds (see README "Reliability"). Both apply to every target of the build, third-party code included,
# so that ASan sees every allocation.
#
#   BPLAB_SANITIZE=ON  native build with AddressSanitizer + UndefinedBehaviorSanitizer; any report aborts the test
#                      (CMakePresets.json: configure/build/test preset "asan"). Under emcmake: the page itself with
#                      both, for the browser tests (scripts/test_sanitized.sh); there a UBSan report is printed to the
#                      console and the page goes on, so one run lists every finding (the tests fail on any of them).
#   BPLAB_FUZZ=ON      clang only: the libFuzzer targets of tests/fuzz (fuzz_url_state, fuzz_json_import, fuzz_csv,
#                      fuzz_expression), built with ASan + UBSan; the app and the unit tests are skipped
#                      (scripts/fuzz.sh configures and runs it).
option(BPLAB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(BPLAB_FUZZ "Build the libFuzzer targets of tests/fuzz (clang) instead of the app and tests" OFF)

set(bplab_sanitizers "-fsanitize=address,undefined;-fno-sanitize-recover=all;-fno-omit-frame-pointer")
if(BPLAB_FUZZ AND EMSCRIPTEN)
    message(FATAL_ERROR "BPLAB_FUZZ is for native builds")
endif()
if(BPLAB_SANITIZE AND EMSCRIPTEN)
    # ASan keeps one shadow byte per 8 bytes of the whole address space it may grow to, and its red zones and
    # quarantine make the heap several times larger: start at 256 MiB and allow growth to 2 GiB.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined -sINITIAL_MEMORY=256MB -sMAXIMUM_MEMORY=2GB)
elseif(BPLAB_SANITIZE OR BPLAB_FUZZ)
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
