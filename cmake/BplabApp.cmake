# The app: the native window `backprop_lab`, or in the WASM build the page backprop_lab.html/.js/.wasm
# (build_wasm.sh copies it into dist/ as index.html).

file(GLOB app_sources CONFIGURE_DEPENDS src/app/*.cpp src/render/*.cpp src/ui/*.cpp)
# The GPU benchmarks and checks and the page's bench hooks need the renderers: bench/ holds them, the app builds them.
list(APPEND app_sources bench/surface_gpu.cpp bench/bench_web.cpp)
# A file ending in _native.cpp / _web.cpp is one platform's side of a declaration both share.
if(EMSCRIPTEN)
    list(FILTER app_sources EXCLUDE REGEX "_native\\.cpp$")
else()
    list(FILTER app_sources EXCLUDE REGEX "_web\\.cpp$")
endif()
if(NOT app_sources)
    return()
endif()

# Shaders stay separate files in shaders/; they are compiled into the program as string constants
# shaders::<stem>_<stage> (e.g. shaders::boundary_frag; .glsl files are snippets shared by several programs). The
# #version line is prepended at run time.
file(GLOB shader_files CONFIGURE_DEPENDS shaders/*.vert shaders/*.frag shaders/*.glsl)
set(shader_entries "")
foreach(file IN LISTS shader_files)
    get_filename_component(name "${file}" NAME)
    string(REPLACE "." "_" name "${name}")
    list(APPEND shader_entries "${name}=${file}")
endforeach()
bplab_embed_text(OUTPUT "${generated_dir}/embedded_shaders.h" MODE header NAMESPACE shaders ENTRIES ${shader_entries})

# The UI font: DejaVu Sans from Debian (scripts/setup.sh copies it into third_party/fonts/, never into git), cut
# down with fonttools' pyftsubset to the Unicode blocks src/ui/fonts.cpp loads (~1/10 of the font), then embedded.
set(font_source "${BPLAB_THIRD_PARTY_DIR}/fonts/DejaVuSans.ttf")
if(NOT EXISTS "${font_source}")
    message(FATAL_ERROR "${font_source} missing: run scripts/setup.sh first")
endif()
find_program(PYFTSUBSET_EXECUTABLE pyftsubset)
if(PYFTSUBSET_EXECUTABLE)
    set(font_file "${generated_dir}/dejavu_sans_subset.ttf")
    # Keep in step with kGlyphRanges in src/ui/fonts.cpp.
    set(font_unicodes "U+0020-00FF,U+02B0-036F,U+0370-03FF,U+1D00-1DBF,U+2000-209F,U+2100-214F,U+2190-22FF,U+25A0-25FF,U+2759-275A,U+2C60-2C7F")
    add_custom_command(
        OUTPUT "${font_file}"
        COMMAND "${PYFTSUBSET_EXECUTABLE}" "${font_source}" "--unicodes=${font_unicodes}" --no-hinting
                --layout-features= --drop-tables+=FFTM "--output-file=${font_file}"
        DEPENDS "${font_source}"
        COMMENT "Subsetting DejaVu Sans"
        VERBATIM)
else()
    message(STATUS "pyftsubset not found (Debian package fonttools): embedding the whole DejaVu Sans")
    set(font_file "${font_source}")
endif()
bplab_embed_binary(OUTPUT "${generated_dir}/embedded_fonts.h" NAMESPACE fonts NAME dejavu_sans_ttf INPUT "${font_file}")

add_executable(backprop_lab ${app_sources} "${generated_dir}/embedded_shaders.h" "${generated_dir}/embedded_fonts.h")
bplab_defaults(backprop_lab)
target_include_directories(backprop_lab PRIVATE "${PROJECT_SOURCE_DIR}/src" "${generated_dir}")
target_link_libraries(backprop_lab PRIVATE bplab_lab bplab_benchmark imgui SDL2::SDL2 bplab_gl bplab_host_headers)

if(EMSCRIPTEN)
    # The shell with its Content-Security-Policy's hashes of the inline script and style filled in.
    set(shell_source "${PROJECT_SOURCE_DIR}/web/shell.html")
    set(shell "${CMAKE_BINARY_DIR}/shell_csp.html")
    find_program(node_program node REQUIRED)
    add_custom_command(OUTPUT "${shell}"
        COMMAND "${node_program}" "${PROJECT_SOURCE_DIR}/scripts/csp_hashes.mjs" "${shell_source}" "${shell}"
        DEPENDS "${shell_source}" "${PROJECT_SOURCE_DIR}/scripts/csp_hashes.mjs"
        COMMENT "Content-Security-Policy hashes for web/shell.html")
    add_custom_target(bplab_shell DEPENDS "${shell}")
    add_dependencies(backprop_lab bplab_shell)
    # The page's JS API (window.bplab in web/shell.html) calls these; see src/app/main_web.cpp.
    set(exported _main _bplab_train_loss _bplab_test_loss _bplab_epoch _bplab_state_json _bplab_step
                 _bplab_set_playing _bplab_go_to_step _bplab_reset _bplab_restore_last_finite
                 _bplab_surface_view _bplab_surface_benchmark _bplab_surface_compare
                 _bplab_open_link _bplab_link _bplab_open_lesson _bplab_set_projector _bplab_set_light_theme _bplab_set_reduced_motion
                 _bplab_edit_weight
                 _bplab_set_predict _bplab_predict _bplab_reveal
                 _bplab_set_graph _bplab_step_graph _bplab_tab_names _bplab_open_tab _bplab_digits_paint
                 _bplab_export_state _bplab_export_trace_csv _bplab_import_state _bplab_export_png
                 _bplab_load_csv _bplab_use_csv _bplab_edit_point _bplab_data_dialog)
    # autosave and the crash banner (web/shell.html's autosave block)
    list(APPEND exported _bplab_autosave_now _bplab_restore_session _bplab_dismiss_session _bplab_frames
                         _bplab_test_crash)
    # text goes through the heap, measured first (web/shell.html, withTexts)
    list(APPEND exported _malloc _free _bplab_text_limits _bplab_text_too_large _bplab_refuse_import)
    # scripts/bench.sh's figures (src/app/main_web.cpp, bench/bench_web.cpp)
    list(APPEND exported _bplab_frame_times_json _bplab_bench_train _bplab_bench_boundary_gpu
                         _bplab_boundary_grid_size)
    list(JOIN exported "," exported)
    set(web_link_options
        -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web -sFILESYSTEM=0 -sMINIFY_HTML=0
        "--shell-file=${shell}"
        "-sEXPORTED_FUNCTIONS=${exported}"
        -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8)
    set_target_properties(backprop_lab PROPERTIES SUFFIX ".html" LINK_DEPENDS "${shell}")
    target_link_options(backprop_lab PRIVATE ${web_link_options})

    # The offline page: the same objects linked once more with the JS and the wasm inside the HTML
    # (-sSINGLE_FILE), so one file works from file:// with no server and no network. build_wasm.sh passes it
    # through scripts/offline_page.mjs (Content-Security-Policy hashes for the inlined script) into dist/.
    add_executable(backprop_lab_offline $<TARGET_OBJECTS:backprop_lab>)
    target_link_libraries(backprop_lab_offline PRIVATE bplab_lab bplab_benchmark imgui SDL2::SDL2 bplab_gl bplab_host_headers)
    set_target_properties(backprop_lab_offline PROPERTIES SUFFIX ".html" LINK_DEPENDS "${shell}" LINKER_LANGUAGE CXX)
    target_link_options(backprop_lab_offline PRIVATE ${web_link_options} -sSINGLE_FILE=1)
    if(TARGET bplab_shell)
        add_dependencies(backprop_lab_offline bplab_shell)
    endif()
endif()
