// Surviving a lost WebGL context (app.h): the browser may drop the GPU context at any time — a driver reset, too
// many contexts, a tab in the background on a phone — and give it back later with every GL object gone.
#include "app/app.h"

#include "imgui_impl_opengl3.h"
#include "render/gl.h"

namespace app {

void App::gl_context_lost() { gl_lost_ = true; }

bool App::gl_context_restored(std::string& error) {
    // ImGui's backend, shut down and started again: DestroyDeviceObjects alone would keep its record of the vertex
    // and index buffer sizes, and the new, empty buffers would never be allocated (bufferSubData overflows).
    // Init only records the GLSL version; NewFrame creates the shaders, buffers and font atlas.
    ImGui_ImplOpenGL3_Shutdown();
    if (!ImGui_ImplOpenGL3_Init(BPLAB_GLSL_VERSION) || !ImGui_ImplOpenGL3_CreateDeviceObjects()) {
        error = "ImGui's OpenGL objects could not be created again";
        return false;
    }
    if (!boundary_.restore(error) || !points_.restore(error) || !surface_.restore_gl(error)) return false;
    gl_lost_ = false;
    return true;
}

}  // namespace app
