#include "app/a11y_view.h"

#include "app/app.h"
#include "lab/io/config_fields.h"
#include "lab/io/config_io.h"
#include "lab/io/json.h"
#include "lab/teach/description.h"
#include "lab/teach/narration.h"

namespace app {
namespace {

// The settings the page's DOM controls mirror, by their config-field key (lab/io/config_fields.cpp's table gives
// each its range and choices), with the control's name: the panel's short labels ("hidden g") read out badly.
struct MirroredSetting {
    const char* key;
    const char* name;
};
constexpr MirroredSetting kMirroredSettings[] = {{"dataset", "Data set"},
                                                 {"hidden", "Hidden layers (units per layer, comma-separated)"},
                                                 {"hidden_activation", "Hidden activation g"},
                                                 {"alpha", "Learning rate α"},
                                                 {"batch_size", "Batch size"}};

const char* kind_name(lab::FieldKind kind) {
    switch (kind) {
        case lab::FieldKind::Number: return "number";
        case lab::FieldKind::Integer: return "integer";
        case lab::FieldKind::Choice: return "choice";
        case lab::FieldKind::Sizes: return "sizes";
        case lab::FieldKind::Set: return "set";
    }
    return "?";
}

// "a, b, c" → ["a", "b", "c"]; a hidden layer's g leaves out the activations only an output may have.
void write_choices(const lab::ConfigField& field, lab::JsonWriter& out) {
    out.begin_array();
    const std::string names = field.names();
    for (size_t start = 0; start < names.size();) {
        size_t end = names.find(", ", start);
        if (end == std::string::npos) end = names.size();
        const std::string name = names.substr(start, end - start);
        core::Activation g;
        const bool output_only = std::string(field.json) == "hidden_activation" && core::parse_activation(name, g) &&
                                 !core::activation_info(g).hidden;
        if (!output_only) out.value(name);
        start = end + 2;
    }
    out.end_array();
}

void write_setting(const lab::ConfigField& field, const char* name, const lab::LabConfig& config,
                   lab::JsonWriter& out) {
    out.begin_object();
    out.key("key").value(field.json).key("label").value(name).key("kind").value(kind_name(field.kind));
    out.key("lo").value(field.lo).key("hi").value(field.hi).key("value");
    lab::write_field(field, config, out);
    if (field.kind == lab::FieldKind::Choice) {
        out.key("choices");
        write_choices(field, out);
    }
    out.end_object();
}

}  // namespace

std::string a11y_view_json(const App& app) {
    const lab::Stepper& stepper = app.stepper();
    const lab::Session& session = app.session();
    const lab::StepTrace* trace = stepper.trace();
    const lab::TraceEvent* event = stepper.current_event();
    const int batch = trace ? static_cast<int>(trace->record.batch.size()) : 0;
    const lab::Lesson* lesson = lab::find_lesson(std::to_string(app.lesson_number()));

    lab::JsonWriter out;
    out.begin_object();
    out.key("lesson").begin_object();
    out.key("number").value(app.lesson_number()).key("title").value(lesson ? lesson->title : "");
    out.end_object();
    out.key("playing").value(app.playing());
    out.key("steps").value(session.steps()).key("epoch").value(session.epoch());
    out.key("phase");
    event ? out.value(lab::phase_name(event->phase)) : out.value_null();
    out.key("cursor").begin_object();
    out.key("index").value(stepper.cursor()).key("events").value(trace ? static_cast<int>(trace->events.size()) : 0);
    out.key("place").value(event ? lab::event_place(*event, batch) : "");
    out.end_object();
    out.key("narration").begin_object();
    for (const lab::VerbosityEntry& v : lab::kVerbosities)
        out.key(v.name).value(event ? lab::narrate(lab::shown_event(*event, &app.prediction()), batch, v.verbosity) : "");
    out.end_object();
    // predict, then reveal: what is asked (never its value) and where its field is, for the page's own text field
    // (a phone's on-screen keyboard opens for a DOM input only)
    const lab::Question* asked = app.prediction().question();
    const float* box = app.prediction_panel().box;
    out.key("predict").begin_object().key("pending").value(asked != nullptr);
    out.key("symbol").value(asked ? asked->symbol : "");
    out.key("box").numbers({box[0], box[1], asked ? box[2] : 0.0f, asked ? box[3] : 0.0f}).end_object();
    out.key("network").value(lab::describe_network(stepper));
    out.key("data").value(lab::describe_data(stepper));
    out.key("settings").begin_array();
    for (const MirroredSetting& setting : kMirroredSettings)
        if (const lab::ConfigField* field = lab::find_config_field(setting.key))
            write_setting(*field, setting.name, session.config(), out);
    out.end_array();
    out.key("lessons").begin_array();
    for (const lab::Lesson& l : lab::lessons())
        out.begin_object().key("number").value(l.number).key("title").value(l.title).end_object();
    out.end_array();
    out.end_object();
    return out.str();
}

render::PointStyle point_style(ui::Palette palette) {
    render::PointStyle style;
    const ui::PaletteInfo& info = ui::palette_info(palette);
    for (int k = 0; k < 3; ++k) {
        const ui::Rgb& c = info.classes[k];
        const float rgb[3] = {c.r / 255.0f, c.g / 255.0f, c.b / 255.0f};
        for (int channel = 0; channel < 3; ++channel) style.colours[k][channel] = rgb[channel];
    }
    style.shapes = info.shapes;
    return style;
}

// A setting as the controls panel would set it: a data or network setting starts a new session, a training setting
// goes on with the same weights. The field's rule refuses a value out of range, and nothing changes then.
std::string App::set_config_field(const std::string& key, const std::string& json_value) {
    const lab::ConfigField* field = lab::find_config_field(key);
    if (!field) return "no setting '" + key + "'";
    lab::Json value;
    std::string error;
    if (!lab::parse_json(json_value, value, error)) return std::string(field->label) + ": " + error;
    ui::ControlsActions controls;
    controls.config = session().config();
    const std::string refused = lab::read_field(*field, value, controls.config);
    if (!refused.empty()) return std::string(field->label) + " " + refused;
    lab::LabConfig same_training = controls.config;
    same_training.train = session().config().train;
    lab::JsonWriter before, after;
    lab::write_config_json(session().config(), before);
    lab::write_config_json(same_training, after);
    controls.rebuild = before.str() != after.str();
    controls.retune = !controls.rebuild;
    apply_controls(controls);
    return "";
}

}  // namespace app
