// The window, its GL context and ImGui's SDL + OpenGL backends: the setup and cleanup both mains share.
// Browser: WebGL2 (GLES 3.0 profile). Native: OpenGL 3.3 core, or GLES 3.0 with BPLAB_GLES3.
#pragma once
#include <string>

#include <SDL.h>

namespace app {

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
};

struct WindowOptions {
    const char* title = "Backprop Lab";
    int width = 1280;  // logical pixels; in the browser the canvas' CSS size wins
    int height = 800;
};

bool platform_init(const WindowOptions& options, Platform& out, std::string& error);
void platform_shutdown(Platform& platform);

// Publishes a link's hash (no '#'): the browser puts it in the address bar without reloading and copies the full
// URL to the clipboard where the browser allows it; natively it goes to the clipboard and to stdout.
void share_link(const std::string& hash);

// A touch screen without a fine pointer (a phone, a tablet): words for taps rather than keys. Natively false.
bool touch_screen();

// Framebuffer pixels per logical pixel (the device pixel ratio in the browser).
float pixel_ratio(SDL_Window* window);

}  // namespace app
