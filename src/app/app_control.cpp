// The App's controls: keys, playing, stepping, the timeline. Keys map to the same actions as the step bar's buttons.
#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>

#include "app/app.h"
#include "app/app_keys.h"
#include "imgui.h"
#include "imgui_impl_sdl2.h"
#include "imgui_internal.h"  // ImGui::Shortcut and its routing flags (still internal in 1.90.1)

namespace app {
namespace {

constexpr int kMaxEventsPerFrame = 200;  // playing events fast must not stall a frame
constexpr double kTrainBudgetSeconds = 0.025;  // free-running training per frame: the UI stays responsive

}  // namespace

bool App::handle_events() {
    bool keep_running = true;
    // Keys and typed text go into ImGui's input queue; handle_keys() reads them in the frame, where ImGui knows
    // whether a text field has them and which character each key typed.
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        // A touch's press: the pointer to the finger first. After a lift the pointer is taken away (below), and SDL
        // sends no move for a tap where the last one was — the press would land nowhere.
        if (event.type == SDL_MOUSEBUTTONDOWN && event.button.which == SDL_TOUCH_MOUSEID)
            ImGui::GetIO().AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_KEYDOWN) key_down_at_ = event.key.timestamp;
        if (event.type == SDL_QUIT) keep_running = false;
        if (event.type == SDL_MULTIGESTURE) surface_.pinch(event.mgesture.dDist);  // two fingers over the 3-D view
        if (event.type == SDL_FINGERMOTION) touch_scroll(event.tfinger);        // one finger scrolls a panel
        // The last finger lifted: SDL has already turned the lift into a mouse release at the finger (the tap lands
        // where it was), but the pointer would stay there and keep a hover tooltip up over what the finger uncovers.
        // ImGui takes the pointer away in the next frame (its input queue keeps a release and a move in order).
        if (event.type == SDL_FINGERUP && SDL_GetNumTouchFingers(event.tfinger.touchId) == 0)
            ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        if (event.type == SDL_DROPFILE && event.drop.file) {  // a data file: its preview; a state file: import it
            if (is_data_file(event.drop.file)) load_csv_file(event.drop.file);
            else import_state_file(event.drop.file);
            SDL_free(event.drop.file);
        }
    }
    return keep_running;
}

bool key_pressed(const Key& key) {
    const ImGuiInputFlags repeat = key.repeats ? ImGuiInputFlags_Repeat : ImGuiInputFlags_None;
    // Routed globally at the lowest priority, owned by the App: a widget that claims the key wins. The route is
    // asked for every frame, also while it is refused below, so it is there when the key comes.
    if (!ImGui::Shortcut(key.chord, ImGui::GetID("app keys"), ImGuiInputFlags_RouteGlobalLow | repeat)) return false;
    // Typing into a field, dragging a slider, a modal popup: the UI has the keyboard.
    if (ImGui::GetIO().WantCaptureKeyboard) return false;
    // A key that types counts only when it typed its own character this frame (or none): '*' typed with the 8 key
    // is not "8", whatever Shift's state was said to be.
    if (key.types == 0) return true;
    for (const ImWchar c : ImGui::GetIO().InputQueueCharacters)
        if (std::tolower(static_cast<int>(c)) != key.types) return false;
    return true;
}

void App::handle_keys() {
    struct StepKey {
        Key key;
        ui::StepKind step;
    };
    static constexpr StepKey kStepKeys[] = {
        {{ImGuiKey_Space, true, ' '}, ui::StepKind::Event},
        {{ImGuiKey_RightArrow, true, 0}, ui::StepKind::Event},
        {{ImGuiMod_Shift | ImGuiKey_RightArrow, true, 0}, ui::StepKind::Layer},
        {{ImGuiKey_LeftArrow, true, 0}, ui::StepKind::Back},
        {{ImGuiMod_Shift | ImGuiKey_LeftArrow, true, 0}, ui::StepKind::LayerBack},
        {{ImGuiMod_Ctrl | ImGuiKey_RightArrow, true, 0}, ui::StepKind::Phase},
        {{ImGuiMod_Ctrl | ImGuiKey_LeftArrow, true, 0}, ui::StepKind::PhaseBack},
        {{ImGuiKey_RightBracket, true, ']'}, ui::StepKind::Phase},
        {{ImGuiKey_LeftBracket, true, '['}, ui::StepKind::PhaseBack},
        {{ImGuiKey_F, false, 'f'}, ui::StepKind::FinishExample},
        {{ImGuiKey_Backspace, true, 0}, ui::StepKind::Back},
        {{ImGuiKey_Enter, true, 0}, ui::StepKind::Batch},
        {{ImGuiKey_KeypadEnter, true, 0}, ui::StepKind::Batch},
        {{ImGuiKey_N, true, 'n'}, ui::StepKind::Example},
        {{ImGuiKey_E, false, 'e'}, ui::StepKind::Epoch},  // held keys step on; an epoch only on the first press
    };
    static constexpr Key kPlay{ImGuiKey_P, false, 'p'}, kReset{ImGuiKey_R, false, 'r'}, kEscape{ImGuiKey_Escape, false, 0};

    // Every key is asked for, each frame (the routes), before one of them acts.
    ui::StepActions actions;
    for (const StepKey& k : kStepKeys)
        if (key_pressed(k.key)) actions.step = k.step;
    actions.toggle_play = key_pressed(kPlay);
    actions.reset = key_pressed(kReset);
    static constexpr Key kPredict{ImGuiMod_Shift | ImGuiKey_P, false, 'p'}, kReveal{ImGuiMod_Shift | ImGuiKey_R, false, 'r'};
    if (key_pressed(kPredict)) set_predict(!prediction_.on());  // predict, then reveal (app_predict.cpp)
    if (key_pressed(kReveal)) reveal();
    if (key_pressed(kEscape)) {  // closes the help; cancels a link's replay
        show_help_ = false;
        cancel_replay();
    }
    const bool lecture = lecture_key();  // lessons, presentation, theme, link (app_lecture.cpp)
    // "?" as text: the key that types it differs between keyboard layouts.
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantCaptureKeyboard && !io.WantTextInput)
        for (const ImWchar c : io.InputQueueCharacters)
            if (c == '?') show_help_ = !show_help_;

    if (lecture) return;
    apply(actions);
}

// While the graph steps (graph_steps): event and layer forward / back move the graph's cursor (it has no layers),
// Reset goes back to nothing computed, and what only the network has (phases, examples, mini-batches, epochs, play,
// the timeline) does nothing — the step bar hides those buttons.
void App::apply_to_graph(const ui::StepActions& actions) {
    playing_ = false;
    if (actions.reset) set_graph(graph_.expression(), graph_.variables());
    const ui::StepKind s = actions.step;
    if (s == ui::StepKind::Event || s == ui::StepKind::Layer) step_graph(+1);
    if (s == ui::StepKind::Back || s == ui::StepKind::LayerBack) step_graph(-1);
    if (actions.toggle_help) show_help_ = !show_help_;
}

void App::apply(const ui::StepActions& actions) {
    if (refused_by_prediction(actions)) return;
    if (graph_steps()) return apply_to_graph(actions);
    if (actions.reset || actions.set_mode || actions.toggle_play || actions.go_to_step >= 0 ||
        actions.step != ui::StepKind::None)
        note_change(true);
    if (actions.reset || actions.toggle_play || actions.go_to_step >= 0 || actions.step != ui::StepKind::None)
        stop_replay();  // a link's replay still running stops first (app.h, open_link)
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
// shows a refusal; + and − over a column change the architecture (greyed with the reason at a limit); a picked weight becomes an axis of the loss surface (the other axis keeps its weight).
void App::apply(const ui::NetworkViewActions& actions) {
    if (actions.edit_weight) {
        stop_replay();
        const ui::EditWeight& e = *actions.edit_weight;
        ui::network_view_edit_result(panels_.network_view, stepper_.edit_weight(e.layer, e.row, e.col, e.value));
        note_change(true);
    }
    if (actions.edit_architecture) {  // + or −: a new architecture, as if typed into the controls
        ui::ControlsActions controls;
        controls.config = session().config();
        const std::string refusal = lab::apply_architecture_edit(*actions.edit_architecture, controls.config.hidden);
        controls.rebuild = refusal.empty();
        if (!controls.rebuild) std::fprintf(stderr, "backprop_lab: architecture not changed: %s\n", refusal.c_str());
        apply_controls(controls);
    }
    if (actions.features) {  // a feature toggled in the network view's input column: as the controls would
        ui::ControlsActions rebuild;
        rebuild.rebuild = true;
        rebuild.config = session().config();
        rebuild.config.features = *actions.features;
        apply_controls(rebuild);
    }
    if (actions.pick_surface_weight) {
        const ui::PickSurfaceWeight& pick = *actions.pick_surface_weight;
        std::string error;
        if (surface_.pick_weight(pick.layer, pick.row, pick.col, pick.axis, session(), error))
            open_tab(PanelId::Surface);
        else
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
        case ui::StepKind::Phase: stepper_.next_phase(); break;
        case ui::StepKind::PhaseBack: stepper_.previous_phase(); break;
        case ui::StepKind::Example: stepper_.next_example(); break;
        case ui::StepKind::FinishExample: stepper_.finish_example(); break;
        case ui::StepKind::Batch: stepper_.next_batch(); break;
        case ui::StepKind::Epoch: stepper_.next_epoch(); break;
    }
    sync_prediction();
    timeline_last_ = std::max(timeline_last_, session().steps());
}

void App::advance() {
    if (graph_steps()) playing_ = false;  // the graph's tab came to the front while playing: nothing else steps
    if (!playing_) return;
    note_change(false);
    if (mode_ == ui::PlayMode::Train) {
        // steps_per_frame_ updates, in small chunks, stopping early when the frame's time is spent (big networks)
        const Uint64 start = SDL_GetPerformanceCounter();
        const Uint64 budget = static_cast<Uint64>(kTrainBudgetSeconds * static_cast<double>(SDL_GetPerformanceFrequency()));
        for (int done = 0; done < steps_per_frame_ && session().can_step();) {
            // one at a time while the loss surface draws the network's own run (lesson 13): a point per update
            const int chunk = std::min(surface_.lab().follows() ? 1 : 8, steps_per_frame_ - done);
            stepper_.run_steps(chunk);
            surface_.record_run(session());
            done += chunk;
            if (SDL_GetPerformanceCounter() - start > budget) break;
        }
    } else {
        event_clock_ += static_cast<double>(events_per_second_) * static_cast<double>(ImGui::GetIO().DeltaTime);
        for (int k = 0; event_clock_ >= 1.0 && k < kMaxEventsPerFrame; ++k, event_clock_ -= 1.0) {
            stepper_.next_event();
            sync_prediction();
            if (prediction_.pending()) playing_ = false;  // the class predicts before the events go on
            if (!playing_) break;
        }
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
    prediction_.forget_places();
    surface_.restart(session());
    timeline_last_ = 0;
    event_clock_ = 0;
}

}  // namespace app
