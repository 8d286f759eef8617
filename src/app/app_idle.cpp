// Render on demand (app/frame_demand.h): what makes the App draw its next frame. The browser's loop and the native
// loop ask wants_frame() before each frame and skip (or sleep) while it says no.
#include <chrono>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace app {
namespace {

double seconds_now() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void App::request_frames() { demand_.wake(seconds_now()); }

bool App::wants_frame() {
    const double now = seconds_now();
    if (SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT)) {  // input waiting: the frame handles it, then settles
        demand_.wake(now);
        return true;
    }
    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    const bool resized = drawable_w != drawn_size_[0] || drawable_h != drawn_size_[1];
    const ImGuiIO& io = ImGui::GetIO();
    // ImGui hands fast input over one change a frame (a tap's down, then its up): what it still holds needs frames
    const bool queued = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    const bool held = ImGui::IsAnyItemActive() || io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2] || queued;
    const bool busy = playing_ || replay_ || png_requested_ || resized || held || surface_.busy() ||
                      (autosave_on_ && autosave_.should_save(revision_, acted_, now, false));  // a write is due
    return demand_.wanted(now, busy);
}

// Nothing is due without input either: no autosave waits for its interval (wants_frame's other reasons are all
// input, or go on by themselves).
bool App::quiet_until_input() const {
    return !(autosave_on_ && autosave_.should_save(revision_, acted_, 1e300, false));
}

}  // namespace app
