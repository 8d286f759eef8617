# Dear ImGui 1.90.1 and (for WASM) SDL2 2.26.5, compiled from the sources scripts/setup.sh fetched into third_party/,
# plus GLM for emcc. Each dependency is one small library target.

set(BPLAB_THIRD_PARTY_DIR "${PROJECT_SOURCE_DIR}/third_party" CACHE PATH "Where scripts/setup.sh put ImGui and SDL2")
set(imgui_dir "${BPLAB_THIRD_PARTY_DIR}/imgui")
set(sdl2_dir "${BPLAB_THIRD_PARTY_DIR}/sdl2")
if(NOT EXISTS "${imgui_dir}/imgui.h" OR (EMSCRIPTEN AND NOT EXISTS "${sdl2_dir}/include/SDL.h"))
    message(FATAL_ERROR "ImGui/SDL2 sources missing in ${BPLAB_THIRD_PARTY_DIR}: run scripts/setup.sh first")
endif()

# ---- SDL2 ----------------------------------------------------------------------------------------------------------
if(EMSCRIPTEN)
    # Emscripten's -sUSE_SDL=2 port needs the network; instead compile Debian's SDL sources with their shipped
    # include/SDL_config_emscripten.h (no configure step). These are the folders SDL's own build uses there.
    set(s "${sdl2_dir}/src")
    file(GLOB sdl2_sources CONFIGURE_DEPENDS
        ${s}/*.c ${s}/atomic/*.c ${s}/cpuinfo/*.c ${s}/dynapi/*.c ${s}/events/*.c ${s}/file/*.c
        ${s}/audio/*.c ${s}/audio/disk/*.c ${s}/audio/dummy/*.c ${s}/audio/emscripten/*.c
        ${s}/filesystem/emscripten/*.c ${s}/haptic/*.c ${s}/haptic/dummy/*.c ${s}/hidapi/*.c
        ${s}/joystick/*.c ${s}/joystick/emscripten/*.c ${s}/joystick/virtual/*.c
        ${s}/libm/*.c ${s}/loadso/dlopen/*.c ${s}/locale/*.c ${s}/locale/emscripten/*.c
        ${s}/misc/*.c ${s}/misc/emscripten/*.c ${s}/power/*.c ${s}/power/emscripten/*.c
        ${s}/render/*.c ${s}/render/*/*.c ${s}/sensor/*.c ${s}/sensor/dummy/*.c ${s}/stdlib/*.c
        ${s}/thread/*.c ${s}/thread/generic/*.c ${s}/timer/*.c ${s}/timer/unix/*.c
        ${s}/video/*.c ${s}/video/dummy/*.c ${s}/video/emscripten/*.c ${s}/video/offscreen/*.c
        ${s}/video/yuv2rgb/*.c)
    add_library(sdl2_static STATIC ${sdl2_sources})
    # Public include dir first: without it <SDL.h> silently resolves to Emscripten's bundled SDL 1.
    target_include_directories(sdl2_static SYSTEM PUBLIC "${sdl2_dir}/include")
    target_include_directories(sdl2_static PRIVATE "${s}")
    target_compile_options(sdl2_static PRIVATE -w)
    add_library(SDL2::SDL2 ALIAS sdl2_static)
else()
    find_package(SDL2 REQUIRED CONFIG)
endif()

# ---- OpenGL -------------------------------------------------------------------------------------------------------
add_library(bplab_gl INTERFACE)
if(EMSCRIPTEN)
    target_link_options(bplab_gl INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
elseif(BPLAB_GLES3)
    find_library(GLESV2_LIBRARY GLESv2 REQUIRED)
    target_link_libraries(bplab_gl INTERFACE "${GLESV2_LIBRARY}")
    target_compile_definitions(bplab_gl INTERFACE BPLAB_GLES3)
else()
    set(OpenGL_GL_PREFERENCE GLVND)
    find_package(OpenGL REQUIRED)
    target_link_libraries(bplab_gl INTERFACE OpenGL::GL)
endif()

# ---- Dear ImGui ---------------------------------------------------------------------------------------------------
add_library(imgui STATIC
    ${imgui_dir}/imgui.cpp ${imgui_dir}/imgui_draw.cpp ${imgui_dir}/imgui_tables.cpp ${imgui_dir}/imgui_widgets.cpp
    ${imgui_dir}/backends/imgui_impl_sdl2.cpp ${imgui_dir}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC "${imgui_dir}" "${imgui_dir}/backends")
target_link_libraries(imgui PUBLIC SDL2::SDL2 bplab_gl)
target_compile_features(imgui PUBLIC cxx_std_17)
target_compile_options(imgui PRIVATE -w)
# Nothing of ours may lean on APIs ImGui keeps only for old code (they go away in later versions).
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_KEYIO)
if(EMSCRIPTEN OR BPLAB_GLES3)
    # Under Emscripten the backend would pick ES2 by default; we want WebGL2 / GLES 3.
    target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()

# ---- Header-only host libraries for emcc --------------------------------------------------------------------------
# emcc must never see -I/usr/include (glibc headers would shadow musl's), so GLM and Catch2 are reached through
# a folder of symlinks in the build tree.
add_library(bplab_host_headers INTERFACE)
if(EMSCRIPTEN)
    set(hostinc "${CMAKE_BINARY_DIR}/hostinc")
    file(MAKE_DIRECTORY "${hostinc}")
    foreach(lib glm catch2)
        if(NOT EXISTS "${hostinc}/${lib}")
            file(CREATE_LINK "/usr/include/${lib}" "${hostinc}/${lib}" SYMBOLIC)
        endif()
    endforeach()
    target_include_directories(bplab_host_headers SYSTEM INTERFACE "${hostinc}")
endif()
