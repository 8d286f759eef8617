// The lessons' own views that the App computes for the panels: lesson 5's gradient sizes and unit marks, and what
// the state JSON tells about them and about lesson 12's gradient check; lesson 13's presets acting on the network.
#include "app/app.h"
#include "lab/surface/live_run.h"
#include "lab/lessons/worked_examples.h"
#include "lab/teach/differences.h"

namespace app {

const lab::HealthComparison* App::update_health() {
    if (!health_in_front_ && !lecture_.selects(PanelId::Gradients)) return nullptr;  // no cost while not shown
    health_ = lab::compare_health(shown_, session().train_set(), session().config().train.loss);
    return &health_;
}

// While the loss surface follows the network (lesson 13), its presets and α restart the network's run with that α
// and play it, so the h(x) line moves with the marker; a click on the map moves the run's start.
void App::apply_to_run(const ui::SurfacePanelActions& surface) {
    if (!surface_.lab().follows() || (!surface.run_alpha && !surface.set_start)) return;
    stop_replay();
    if (surface.run_alpha) lab::restart_with_alpha(stepper_, *surface.run_alpha);
    if (surface.set_start && !lab::restart_at(stepper_, surface.w0, surface.b0)) return;
    reset();  // the timeline and the surface's path start again with the run
    if (surface.run_alpha) {
        playing_ = true;
        mode_ = ui::PlayMode::Train;
    }
    note_change(true);
}

// Lesson 6's three runs train with the lab (Play, in training mode) while their tab is in front, or is about to be.
void App::update_capacity() {
    const bool shown = network_tab_ == PanelId::Capacity || lecture_.selects(PanelId::Capacity);
    const bool training = playing_ && mode_ == ui::PlayMode::Train && session().can_step();
    capacity_.update(session().config(), shown, training, steps_per_frame_);
}

namespace {

void write_health(const lab::NetworkHealth& health, lab::JsonWriter& out) {
    out.begin_object();
    out.key("dead").value(health.count(lab::UnitHealth::Dead));
    out.key("saturated").value(health.count(lab::UnitHealth::Saturated));
    out.key("units").begin_array();  // [layer][unit], the input layer first: "healthy", "dead" or "saturated"
    for (const auto& layer : health.units) {
        out.begin_array();
        for (lab::UnitHealth unit : layer) out.value(lab::unit_health_info(unit).name);
        out.end_array();
    }
    out.end_array();
    out.key("layers").begin_array();  // per Θ⁽ˡ⁾: ‖∂J/∂Θ⁽ˡ⁾‖ and mean |δ⁽ˡ⁺¹⁾|
    for (const lab::LayerGradientSize& layer : health.layers)
        out.begin_object().key("theta_norm").value(layer.theta_norm).key("mean_abs_delta").value(layer.mean_abs_delta).end_object();
    out.end_array();
    out.end_object();
}

}  // namespace

void App::write_lesson_views(lab::JsonWriter& view) const {
    view.key("gradcheck").begin_object();
    view.key("difference").value(lab::difference_info(lab::difference(gradcheck_)).name);
    view.key("formula").value(lab::numeric_formula_line(gradcheck_));
    view.key("computed").value(gradcheck_.computed);
    const lab::Question* withheld = prediction_.hidden_gradient();  // the table waits while this is to be predicted
    view.key("withheld");
    if (withheld) view.value(withheld->symbol);
    else view.value_null();
    view.key("worked").begin_array();  // the lecture's lines the tab shows above its table
    for (const std::string& line : lab::worked_example_on(lesson_, panel_name(PanelId::GradCheck))) view.value(line);
    view.end_array();
    view.end_object();
    view.key("capacity");  // lesson 6's three runs
    capacity_.write_state(view);
    view.key("health");  // null while the gradient size tab is not in front
    if (!health_in_front_) {
        view.value_null();
        return;
    }
    view.begin_object();
    view.key("compared_g").value(core::activation_info(health_.compared_g).id);
    view.key("net");
    write_health(health_.net, view);
    view.key("compared");
    write_health(health_.compared, view);
    view.end_object();
}

}  // namespace app
