# Tests. The Catch2 sources of tests/core and tests/lab build into bplab_tests natively and under Emscripten; the
# WASM copy runs under node through CMAKE_CROSSCOMPILING_EMULATOR, so CTest lists the same cases in both builds.

# Catch2 v2 is header-only: natively through its CMake package; for emcc only through the hostinc symlink folder
# (its package would put /usr/include on emcc's path).
if(EMSCRIPTEN)
    find_path(catch_cmake_dir Catch.cmake PATHS /usr/lib/cmake/Catch2 /usr/share/cmake/Catch2
              NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
    add_library(bplab_catch INTERFACE)
    target_link_libraries(bplab_catch INTERFACE bplab_host_headers)
else()
    find_package(Catch2 2 REQUIRED CONFIG)
    set(catch_cmake_dir "${Catch2_DIR}")
    add_library(bplab_catch ALIAS Catch2::Catch2)
endif()
include("${catch_cmake_dir}/Catch.cmake")

# Node settings for everything that runs under node rather than in a page: NODERAWFS lets a test read data/ from
# the host file system, as natively.
set(bplab_node_link_options -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1)

# ---- unit tests ---------------------------------------------------------------------------------------------------
file(GLOB test_sources CONFIGURE_DEPENDS tests/core/*.cpp tests/lab/*.cpp tests/ui/*.cpp)
# The panels' pure helpers (geometry, colours, rules) and the App's places (app/layout.cpp): files that include no
# ImGui, so they are tested here.
set(ui_headless_sources src/ui/network_layout.cpp src/ui/value_colours.cpp src/ui/neuron_thumbnails.cpp
                        src/ui/data_legend.cpp src/ui/palette.cpp src/ui/gradcheck_rule.cpp src/ui/text_fit.cpp src/app/layout.cpp
                        src/app/panel_table.cpp src/app/lecture.cpp src/app/autosave.cpp
                        src/ui/theme_colours.cpp src/ui/sign_cue.cpp src/ui/dataset_thumbnails.cpp
                        src/ui/unit_map.cpp src/ui/tip_place.cpp)
# tests/fuzz/fuzz_entries.cpp: what the fuzz targets do with one input; test_fuzz_regressions replays the corpus.
add_executable(bplab_tests tests/catch_main.cpp ${test_sources} ${ui_headless_sources} tests/fuzz/fuzz_entries.cpp)
bplab_defaults(bplab_tests)
target_compile_definitions(bplab_tests PRIVATE "BPLAB_SOURCE_DIR=\"${PROJECT_SOURCE_DIR}\"")
if(EMSCRIPTEN)
    # Without -fexceptions a failing REQUIRE (or an expected throw) aborts node with no report. The core is
    # rebuilt with exceptions for the tests only: invoke wrappers would slow down the page's training loop.
    bplab_add_core_libraries(_exceptions)
    target_compile_options(bplab_core_exceptions PRIVATE -fexceptions)
    target_compile_options(bplab_lab_exceptions PRIVATE -fexceptions)
    target_compile_options(bplab_tests PRIVATE -fexceptions)
    target_link_options(bplab_tests PRIVATE -fexceptions ${bplab_node_link_options})
    target_link_libraries(bplab_tests PRIVATE bplab_lab_exceptions bplab_catch)
else()
    target_link_libraries(bplab_tests PRIVATE bplab_lab bplab_catch)
endif()
catch_discover_tests(bplab_tests EXTRA_ARGS --use-colour no)

# ---- determinism: the native and the WASM probe must print the same hashes -----------------------------------------
if(EXISTS "${PROJECT_SOURCE_DIR}/tests/determinism_probe.cpp")
    add_executable(bplab_probe tests/determinism_probe.cpp)
    bplab_defaults(bplab_probe)
    target_link_libraries(bplab_probe PRIVATE bplab_lab)
    if(EMSCRIPTEN)
        target_link_options(bplab_probe PRIVATE ${bplab_node_link_options})
    else()
        add_test(NAME determinism_native_vs_wasm
                 COMMAND "${PROJECT_SOURCE_DIR}/tests/compare_probes.sh"
                         "$<TARGET_FILE:bplab_probe>" "${BPLAB_WASM_BUILD_DIR}/bplab_probe.js")
        set_tests_properties(determinism_native_vs_wasm PROPERTIES SKIP_RETURN_CODE 77)
    endif()
endif()

# ---- the CLI and the native app, end to end -----------------------------------------------------------------------
if(TARGET bplab)
    include(BplabCliTests)
endif()
if(TARGET backprop_lab AND NOT EMSCRIPTEN)
    include(BplabAppTests)
endif()

# ---- free-running training allocates nothing per step (its own executable: it replaces operator new) ---------------
add_executable(bplab_alloc_tests tests/alloc/no_allocation.cpp)
bplab_defaults(bplab_alloc_tests)
if(EMSCRIPTEN)
    target_compile_options(bplab_alloc_tests PRIVATE -fexceptions)
    target_link_options(bplab_alloc_tests PRIVATE -fexceptions ${bplab_node_link_options})
    target_link_libraries(bplab_alloc_tests PRIVATE bplab_lab_exceptions)
else()
    target_link_libraries(bplab_alloc_tests PRIVATE bplab_lab)
endif()
add_test(NAME training_allocates_nothing_per_step COMMAND bplab_alloc_tests)
