// Surviving a lost WebGL context (app.h): the browser may drop the GPU context at any time — a driver reset, too
// many contexts, a tab in the background on a phone — and give it back later with every GL object gone.
#include "app/app.h"

#include "imgui_impl_opengl3.h"

namespace app {

void App::gl_context_lost() { gl_lost_ = true; }

bool App::gl_context_restored(std::string& error) {
    // ImGui's backend deletes its (now meaningless) names and creates shaders, buffers and the font atlas again.
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    if (!ImGui_ImplOpenGL3_CreateDeviceObjects()) {
        error = "ImGui's OpenGL objects could not be created again";
        return false;
    }
    if (!boundary_.restore(error) || !points_.restore(error)) return false;
    gl_lost_ = false;
    return true;
}

}  // namespace app
