#include "app/platform.h"

#include <cstdio>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "render/gl.h"

namespace app {

bool platform_init(const WindowOptions& options, Platform& out, std::string& error) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        error = std::string("SDL_Init: ") + SDL_GetError();
        return false;
    }
#if defined(__EMSCRIPTEN__) || defined(BPLAB_GLES3)
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);

    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    out.window = SDL_CreateWindow(options.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                  options.height, flags);
    if (!out.window) {
        error = std::string("SDL_CreateWindow: ") + SDL_GetError();
        SDL_Quit();
        return false;
    }
    out.gl = SDL_GL_CreateContext(out.window);
    if (!out.gl) {
        error = std::string("could not create an OpenGL context (WebGL2 / GL 3.3 / GLES 3 needed): ") + SDL_GetError();
        SDL_DestroyWindow(out.window);
        SDL_Quit();
        return false;
    }
    SDL_GL_MakeCurrent(out.window, out.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // the layout is computed each frame; nothing to remember
    ImGui_ImplSDL2_InitForOpenGL(out.window, out.gl);
    ImGui_ImplOpenGL3_Init(BPLAB_GLSL_VERSION);
    return true;
}

void platform_shutdown(Platform& platform) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(platform.gl);
    SDL_DestroyWindow(platform.window);
    SDL_Quit();
    platform = {};
}

void share_link(const std::string& hash) {
#ifdef __EMSCRIPTEN__
    EM_ASM({ if (Module.bplabShareLink) Module.bplabShareLink(UTF8ToString($0)); }, hash.c_str());
#else
    SDL_SetClipboardText(hash.c_str());
    std::printf("link: --state '%s'\n", hash.c_str());
    std::fflush(stdout);
#endif
}

bool touch_screen() {
#ifdef __EMSCRIPTEN__
    return EM_ASM_INT({ return matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches ? 1 : 0; }) != 0;
#else
    return false;
#endif
}

float pixel_ratio(SDL_Window* window) {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(window, &window_w, &window_h);
    SDL_GL_GetDrawableSize(window, &drawable_w, &drawable_h);
    return window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
}

}  // namespace app
