// The "predict" section of the page state (lab/teach/prediction.h): what is asked (never its value while hidden),
// the last outcome, the score per kind and the tolerance rule.
#include "lab/teach/prediction.h"

namespace lab {

void write_prediction_json(const Prediction& prediction, JsonWriter& out) {
    out.begin_object();
    out.key("on").value(prediction.on()).key("pending").value(prediction.pending());
    out.key("tolerance").value(kToleranceText);
    out.key("asked");
    if (const Question* q = prediction.question()) {
        out.begin_object().key("kind").value(asked_name(q->kind)).key("symbol").value(q->symbol);
        out.key("numbers").value(q->masked).end_object();
    } else {
        out.value_null();
    }
    out.key("outcome");
    if (const Outcome* o = prediction.outcome()) {
        out.begin_object().key("kind").value(asked_name(o->question.kind)).key("symbol").value(o->question.symbol);
        out.key("value").value(o->question.truth).key("predicted").value(o->predicted);
        if (o->predicted) {
            out.key("prediction").value(o->value).key("absolute_error").value(o->absolute_error);
            out.key("relative_error").value(o->relative_error).key("within").value(o->within);
        }
        out.end_object();
    } else {
        out.value_null();
    }
    out.key("score").value(prediction.score_text());
    out.key("tallies").begin_object();
    for (const AskedEntry& entry : kAsked) {
        const Tally& t = prediction.tally(entry.kind);
        out.key(entry.name).begin_object().key("within").value(t.within).key("tries").value(t.tries).end_object();
    }
    out.end_object();
    out.end_object();
}

}  // namespace lab
