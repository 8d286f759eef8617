// The lessons' own views that the App computes for the panels: lesson 5's gradient sizes and unit marks, and what
// the state JSON tells about them and about lesson 12's gradient check.
#include "app/app.h"
#include "lab/lessons/worked_examples.h"
#include "lab/teach/differences.h"

namespace app {

const lab::HealthComparison* App::update_health() {
    if (!health_in_front_ && !lecture_.selects(PanelId::Gradients)) return nullptr;  // no cost while not shown
    health_ = lab::compare_health(shown_, session().train_set(), session().config().train.loss);
    return &health_;
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
    view.key("worked").begin_array();  // the lecture's lines the tab shows above its table
    for (const std::string& line : lab::worked_example_on(lesson_, panel_name(PanelId::GradCheck))) view.value(line);
    view.end_array();
    view.end_object();
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
