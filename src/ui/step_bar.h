// The step bar: move the cursor through the step trace (event, layer, example, mini-batch, epoch — forward and
// back), play / pause with a speed, and a timeline to scrub back over the last steps. Like every panel it reads the
// state and returns what the user asked for; the App applies it (and maps the keyboard to the same actions).
#pragma once
#include <string>
#include <vector>

#include "lab/lessons/graph_lesson.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"
#include "ui/tap_target.h"

namespace ui {

enum class StepKind { None, Event, Back, Layer, LayerBack, Phase, PhaseBack, Example, FinishExample, Batch, Epoch };
// "event", "back", "layer", "layer_back", "phase", "phase_back", "example", "finish_example", "batch", "epoch" (the JS
// API's names).
const char* step_kind_name(StepKind kind);
std::vector<std::string> step_kind_names();  // every kind but None, in the bar's order
bool parse_step_kind(const std::string& name, StepKind& out);  // false for anything else

// Playing either trains freely (no trace, fast) or walks through the trace event by event.
enum class PlayMode { Train, Step };

struct StepBarView {
    const lab::Stepper& stepper;
    bool playing;
    PlayMode mode;
    int steps_per_frame;        // Train: updates per displayed frame
    float events_per_second;    // Step: cursor moves per second
    long long timeline_first;   // the oldest step the timeline can go back to (a step count)
    long long timeline_last;    // the newest step reached so far (replayed deterministically when scrubbed to)
    // Not null while the graph is what steps (lesson 15): the bar steps it and says where its cursor is, and hides
    // what only the network has (layers, phases, examples, mini-batches, epochs, play, the timeline).
    const lab::GraphLesson* graph = nullptr;
    const lab::Prediction* prediction = nullptr;  // the graph step's numbers say "?" for what it hides
    // A phone (app/layout.h): large Back and Next, the other moves as arrows (their keys are a phone's missing
    // keyboard's, so the layer and finish moves stay off), every button at least a fingertip wide; `portrait`: Back
    // and Next share the first row.
    bool phone = false, portrait = false;
};

struct StepActions {
    StepKind step = StepKind::None;
    bool toggle_play = false;
    bool reset = false;
    bool toggle_help = false;
    bool set_mode = false;
    PlayMode mode = PlayMode::Train;
    int steps_per_frame = 0;         // > 0: a new training speed
    float events_per_second = 0;     // > 0: a new stepping speed
    long long go_to_step = -1;       // ≥ 0: the timeline was moved to this step count
    // Not an action: where the timeline slider was drawn (ImGui's logical pixels), for the JS API; w = 0 if hidden.
    float timeline_x = 0, timeline_y = 0, timeline_w = 0, timeline_h = 0;
    // Not an action: the right edge of what the bar drew, and the height it needed (its content and the window's
    // padding) — the layout gives the bar that height in the next frame, so that nothing is cut off.
    float content_right = 0, content_height = 0;
    // Not an action: the status line as drawn, and where "Next →" was drawn (for the JS API's state).
    std::string status;
    float next_x = 0, next_y = 0, next_w = 0, next_h = 0;
    std::vector<TapRect> buttons;  // not an action: every button and the mode's combo as drawn (tap-size tests)
};

// "event 12 / 164 · hidden δ · layer 3, unit 2 · example 4 of 10 (#217)"; a hint when nothing is traced.
std::string event_label(const lab::Stepper& stepper);
// "graph step 3 / 7 · backward · node x: ∂f/∂x = (−4)(1) = −4"; a hint before the first step.
std::string graph_label(const lab::GraphLesson& graph, const lab::Prediction* prediction = nullptr);

// Draws into the current ImGui window (the App places it at the bottom of the screen).
StepActions step_bar(const StepBarView& view);

}  // namespace ui
