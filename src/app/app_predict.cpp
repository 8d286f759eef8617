// Predict, then reveal in the App (lab/teach/prediction.h): the prediction follows the cursor — the trace's, or the
// graph's while its tab steps — and a move on is refused while a value is hidden, until it is predicted or revealed
// (or the mode is turned off).
#include "app/app.h"

namespace app {
namespace {

bool moves_on(ui::StepKind kind) {
    return kind != ui::StepKind::None && kind != ui::StepKind::Back && kind != ui::StepKind::LayerBack &&
           kind != ui::StepKind::PhaseBack;
}

}  // namespace

void App::sync_prediction() {
    if (graph_steps()) return prediction_.arrive(lab::graph_place(graph_), lab::graph_questions(graph_));
    const lab::StepTrace* trace = stepper_.trace();
    if (!trace) return prediction_.arrive(lab::Place{false, session().steps(), -1}, {});
    prediction_.arrive(lab::trace_place(*trace, stepper_.cursor(), session().steps()),
                       lab::trace_questions(*trace, stepper_.cursor()));
}

bool App::refused_by_prediction(const ui::StepActions& actions) {
    sync_prediction();
    if (!prediction_.pending()) return false;
    const bool on = moves_on(actions.step) || (actions.toggle_play && !playing_) ||
                    actions.go_to_step > session().steps();
    if (on) prediction_note_ = "Predict " + prediction_.question()->symbol + " first, or Reveal it (Shift+R).";
    return on;
}

core::Network App::displayed_network() const {
    const lab::TraceEvent* e = stepper_.current_event();
    if (e && e->phase == lab::Phase::Update && prediction_.hides(lab::Phase::Update, -1, e->layer, e->unit))
        return lab::network_before_event(*stepper_.trace(), stepper_.cursor());
    return stepper_.displayed_network();
}

void App::set_predict(bool on) {
    sync_prediction();
    const lab::Place here = graph_steps() ? lab::graph_place(graph_)
                            : stepper_.trace() ? lab::trace_place(*stepper_.trace(), stepper_.cursor(), session().steps())
                                               : lab::Place{false, session().steps(), -1};
    prediction_.set_on(on, here);
    prediction_note_.clear();
    if (on) playing_ = false;  // the class predicts one value at a time
    sync_prediction();
    request_frames();
}

std::string App::predict(const std::string& text) {
    sync_prediction();
    prediction_note_ = prediction_.predict(text);
    if (prediction_note_.empty()) panels_.prediction.text[0] = '\0';
    sync_prediction();  // a forward event's a comes after its z
    request_frames();
    return prediction_note_;
}

bool App::reveal() {
    sync_prediction();
    const bool revealed = prediction_.reveal();
    if (revealed) prediction_note_.clear();
    sync_prediction();
    request_frames();
    return revealed;
}

void App::apply(const ui::PredictionActions& actions) {
    if (actions.set_on) set_predict(*actions.set_on);
    if (actions.submit) predict(*actions.submit);
    if (actions.reveal) reveal();
}

}  // namespace app
