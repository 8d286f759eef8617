#include "lab/io/state_json.h"

#include "lab/io/config_io.h"
#include "lab/io/report.h"
#include "lab/io/run_json.h"

namespace lab {
namespace {

void write_event(const TraceEvent& e, JsonWriter& out) {
    out.begin_object();
    out.key("phase").value(phase_name(e.phase));
    out.key("example").value(e.example);
    out.key("layer").value(e.layer + 1);  // lecture numbering
    out.key("unit").value(e.unit + 1);
    out.key("formula").value(e.formula);
    out.key("numbers").value(e.numbers);
    out.key("result").value(e.result);
    if (e.dropout_m >= 0)  // a = g(z) · m / (1 − p): the mask and the rescale, each its own factor
        out.key("dropout").begin_object().key("m").value(e.dropout_m).key("rescale").value(e.dropout_rescale).end_object();
    out.end_object();
}

// The stepped example's z, a, δ as far as the cursor has computed them (the rest null), in the CLI's layout.
void write_stepped_example(const Stepper& stepper, const StepTrace& trace, int example, JsonWriter& out) {
    const core::Cache& cache = trace.record.caches[static_cast<size_t>(example)];
    out.begin_object();
    out.key("position").value(example);
    out.key("index").value(trace.record.batch[static_cast<size_t>(example)]);
    out.key("layers").begin_array();
    for (size_t l = 0; l < cache.a.size(); ++l) {
        const int layer = static_cast<int>(l);
        out.begin_object();
        out.key("l").value(layer + 1);
        if (l > 0) {
            const bool forward_done = stepper.reached(Phase::Forward, example, layer, static_cast<int>(cache.a[l].size()) - 1);
            const Phase delta_phase = l + 1 == cache.a.size() ? Phase::OutputDelta : Phase::HiddenDelta;
            const bool delta_done = stepper.reached(delta_phase, example, layer, 0) &&
                                    stepper.reached(delta_phase, example, layer, static_cast<int>(cache.delta[l].size()) - 1);
            out.key("z");
            forward_done ? out.numbers(cache.z[l]) : out.value("pending");
            out.key("a");
            forward_done ? out.numbers(cache.a[l]) : out.value("pending");
            out.key("delta");
            delta_done ? out.numbers(cache.delta[l]) : out.value("pending");
        } else {
            out.key("a").numbers(cache.a[0]);
        }
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace

void write_state_members(const Stepper& stepper, const StateExtras& extras, JsonWriter& out) {
    const Session& session = stepper.session();
    const EpochRecord now = session.history().empty() ? EpochRecord{} : session.history().back();
    out.key("lesson").value(extras.lesson);
    out.key("caption").value(extras.caption);
    out.key("playing").value(extras.playing);
    out.key("epoch").value(session.epoch());
    out.key("steps").value(session.steps());
    out.key("loss").begin_object();
    out.key("train").value(now.train_loss);
    out.key("test").value(now.test_loss);
    out.key("train_accuracy").value(now.train_accuracy);
    out.key("test_accuracy").value(now.test_accuracy);
    out.end_object();
    out.key("config");
    write_config_json(session.config(), out);
    out.key("cursor").begin_object();
    const StepTrace* trace = stepper.trace();
    out.key("index").value(stepper.cursor());
    out.key("events").value(trace ? static_cast<int>(trace->events.size()) : 0);
    out.key("event");
    if (const TraceEvent* e = stepper.current_event())
        write_event(*e, out);
    else
        out.begin_object().end_object();
    if (trace && !trace->record.caches.empty()) {
        const TraceEvent* e = stepper.current_event();
        const int example = e && e->example >= 0 ? e->example : 0;
        out.key("example");
        write_stepped_example(stepper, *trace, example, out);
    }
    out.end_object();
    out.key("network");
    write_network_json(stepper.displayed_network(), out);
    if (extras.display) {
        out.key("display").begin_object();
        out.key("tab").value(extras.display->tab);
        out.key("surface").value(extras.display->surface);
        out.key("presentation").value(extras.display->presentation);
        out.key("palette").value(extras.display->palette);
        out.end_object();
    }
    if (extras.with_run) {
        out.key("training");
        write_run_json(stepper, out);
    }
}

std::string state_json(const Stepper& stepper, const StateExtras& extras) {
    JsonWriter out;
    out.begin_object();
    write_state_members(stepper, extras, out);
    out.end_object();
    return out.str();
}

}  // namespace lab
