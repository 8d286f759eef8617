// The App's controls: keys, playing, stepping, the timeline. Keys map to the same actions as the step bar's buttons.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_sdl.h"

namespace app {
namespace {

constexpr int kMaxEventsPerFrame = 200;  // playing events fast must not stall a frame
constexpr double kTrainBudgetSeconds = 0.025;  // free-running training per frame: the UI stays responsive

}  // namespace

bool App::handle_events() {
    bool keep_running = true;
    // ImGui 1.86 reads each key's state once per frame: a key pressed and released between two frames (a quick tap
    // while a software-rendered frame takes 40 ms, or a script) would never be seen down, and Enter in a field would
    // be lost. Such a release is held back to the next frame.
    std::vector<SDL_Event> releases;
    releases.swap(held_releases_);
    for (SDL_Event& release : releases) ImGui_ImplSDL2_ProcessEvent(&release);
    std::vector<SDL_Scancode> pressed;  // keys that went down in this frame's events
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        if (event.type == SDL_KEYDOWN) pressed.push_back(event.key.keysym.scancode);
        if (event.type == SDL_KEYUP &&
            std::find(pressed.begin(), pressed.end(), event.key.keysym.scancode) != pressed.end()) {
            held_releases_.push_back(event);
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT) keep_running = false;
        if (event.type == SDL_MULTIGESTURE) surface_.pinch(event.mgesture.dDist);  // two fingers over the 3-D view
        if (event.type == SDL_FINGERMOTION) touch_scroll(event.tfinger);        // one finger scrolls a panel
        if (event.type == SDL_DROPFILE && event.drop.file) {  // a state file dropped on the window: import it
            import_state_file(event.drop.file);
            SDL_free(event.drop.file);
            continue;
        }
        // Typing in a field (or dragging a slider) keeps the keys for ImGui: nothing steps.
        if (ImGui::GetIO().WantCaptureKeyboard) continue;
        if (event.type == SDL_KEYDOWN) handle_key(event.key);
        // "?" as text: the key that types it differs between keyboard layouts.
        if (event.type == SDL_TEXTINPUT && !std::strcmp(event.text.text, "?")) show_help_ = !show_help_;
    }
    return keep_running;
}

void App::handle_key(const SDL_KeyboardEvent& key) {
    const bool shift = (key.keysym.mod & KMOD_SHIFT) != 0;
    const bool repeat = key.repeat != 0;  // held keys step on; toggles only on the first press
    if (network_tab_ == PanelId::Graph) {  // the graph's tab in front: the step keys step the graph
        const SDL_Keycode k = key.keysym.sym;
        if (k == SDLK_SPACE || k == SDLK_RIGHT) return step_graph(+1);
        if (k == SDLK_LEFT || k == SDLK_BACKSPACE) return step_graph(-1);
    }
    if (lecture_key(key)) return;  // lessons, projector, theme, link (app_lecture.cpp)
    ui::StepActions actions;
    switch (key.keysym.sym) {
        case SDLK_SPACE: actions.step = ui::StepKind::Event; break;
        case SDLK_RIGHT: actions.step = shift ? ui::StepKind::Layer : ui::StepKind::Event; break;
        case SDLK_LEFT: actions.step = shift ? ui::StepKind::LayerBack : ui::StepKind::Back; break;
        case SDLK_BACKSPACE: actions.step = ui::StepKind::Back; break;
        case SDLK_RETURN:
        case SDLK_KP_ENTER: actions.step = ui::StepKind::Batch; break;
        case SDLK_n: actions.step = ui::StepKind::Example; break;
        case SDLK_e: actions.step = repeat ? ui::StepKind::None : ui::StepKind::Epoch; break;
        case SDLK_p: actions.toggle_play = !repeat; break;
        case SDLK_r: actions.reset = !repeat; break;
        case SDLK_ESCAPE: show_help_ = false; break;
        default: break;
    }
    apply(actions);
}

void App::apply(const ui::StepActions& actions) {
    if (actions.reset) reset();
    if (actions.set_mode && actions.mode != mode_) {
        mode_ = actions.mode;
        event_clock_ = 0;
    }
    if (actions.steps_per_frame > 0) steps_per_frame_ = std::clamp(actions.steps_per_frame, 1, 1000);
    if (actions.events_per_second > 0) events_per_second_ = std::clamp(actions.events_per_second, 0.1f, 1000.0f);
    if (actions.toggle_play) {
        playing_ = !playing_;
        event_clock_ = 0;
    }
    if (actions.toggle_help) show_help_ = !show_help_;
    if (actions.go_to_step >= 0) {
        playing_ = false;
        go_to_step(actions.go_to_step);
    }
    if (actions.step != ui::StepKind::None) {
        playing_ = false;  // a step by hand takes over from playing
        step(actions.step);
    }
}

// The network view's actions (netview): a typed weight goes through the stepper's checks, and the view's popup
// shows a refusal; a picked weight becomes an axis of the loss surface (the other axis keeps its weight).
void App::apply(const ui::NetworkViewActions& actions) {
    if (actions.edit_weight) {
        const ui::EditWeight& e = *actions.edit_weight;
        ui::network_view_edit_result(panels_.network_view, stepper_.edit_weight(e.layer, e.row, e.col, e.value));
    }
    if (actions.pick_surface_weight) {
        const ui::PickSurfaceWeight& pick = *actions.pick_surface_weight;
        std::string error;
        if (!surface_.pick_weight(pick.layer, pick.row, pick.col, pick.axis, session(), error))
            std::fprintf(stderr, "backprop_lab: loss-surface axis not changed: %s\n", error.c_str());
    }
}

void App::step(ui::StepKind kind) {
    switch (kind) {
        case ui::StepKind::None: break;
        case ui::StepKind::Event: stepper_.next_event(); break;
        case ui::StepKind::Back: stepper_.previous_event(); break;
        case ui::StepKind::Layer: stepper_.next_layer(); break;
        case ui::StepKind::LayerBack: stepper_.previous_layer(); break;
        case ui::StepKind::Example: stepper_.next_example(); break;
        case ui::StepKind::Batch: stepper_.next_batch(); break;
        case ui::StepKind::Epoch: stepper_.next_epoch(); break;
    }
    timeline_last_ = std::max(timeline_last_, session().steps());
}

void App::advance() {
    if (!playing_) return;
    if (mode_ == ui::PlayMode::Train) {
        // steps_per_frame_ updates, in small chunks, stopping early when the frame's time is spent (big networks)
        const Uint64 start = SDL_GetPerformanceCounter();
        const Uint64 budget = static_cast<Uint64>(kTrainBudgetSeconds * static_cast<double>(SDL_GetPerformanceFrequency()));
        for (int done = 0; done < steps_per_frame_ && session().can_step();) {
            const int chunk = std::min(8, steps_per_frame_ - done);
            stepper_.run_steps(chunk);
            done += chunk;
            if (SDL_GetPerformanceCounter() - start > budget) break;
        }
    } else {
        event_clock_ += static_cast<double>(events_per_second_) * static_cast<double>(ImGui::GetIO().DeltaTime);
        for (int k = 0; event_clock_ >= 1.0 && k < kMaxEventsPerFrame; ++k, event_clock_ -= 1.0) stepper_.next_event();
        event_clock_ = std::min(event_clock_, 1.0);
    }
    timeline_last_ = std::max(timeline_last_, session().steps());
}

// Back: restore a snapshot. Forward: train the steps again — training is deterministic, so they come out as before.
void App::go_to_step(long long target) {
    const long long now = session().steps();
    if (target < now) stepper_.rewind(static_cast<int>(now - target));
    else if (target > now) stepper_.run_steps(static_cast<int>(target - now));
    timeline_last_ = std::max(timeline_last_, session().steps());
}

void App::reset() {
    stepper_.reset();  // back to the starting weights: the lesson's preset, if it has one
    surface_.restart(session());
    timeline_last_ = 0;
    event_clock_ = 0;
}

}  // namespace app
