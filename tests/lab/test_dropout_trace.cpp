// Lesson 10: under dropout the trace carries the mask m and the rescale 1/(1 − p) as their own factors of
// a = g(z) · m / (1 − p), and the equation shows them so.
#include <catch2/catch.hpp>

#include "lab/io/json.h"
#include "lab/io/state_json.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/notation.h"
#include "lab/teach/session.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

StepTrace traced_with_dropout(double p) {
    LabConfig config = find_lesson("regularization")->config;
    config.train.dropout.rate = p;
    Session session(config);
    return session.traced_step();
}
}  // namespace

TEST_CASE("dropout's mask and rescale are separate factors of every hidden forward event", "[trace][dropout]") {
    const StepTrace trace = traced_with_dropout(0.5);
    const core::Network& net = trace.before;
    const int L = net.layer_count();
    int kept = 0, dropped = 0;
    for (const TraceEvent& e : trace.events) {
        if (e.phase != Phase::Forward) continue;
        INFO(e.numbers);
        if (e.layer == L - 1) {  // the output layer is never dropped
            CHECK(e.dropout_m == -1.0);
            CHECK_FALSE(has(e.formula, "(1 − p)"));
            continue;
        }
        REQUIRE((e.dropout_m == 0.0 || e.dropout_m == 1.0));
        CHECK(e.dropout_rescale == 2.0);  // 1 / (1 − 0.5)
        (e.dropout_m == 1.0 ? kept : dropped)++;
        const core::Cache& cache = trace.record.caches[static_cast<size_t>(e.example)];
        const double z = cache.z[static_cast<size_t>(e.layer)][static_cast<size_t>(e.unit)];
        // the factors give the result: g(z) · m · 1/(1 − p) is the a the core computed, bit for bit
        CHECK(core::activate(net.hidden, z) * e.dropout_m * e.dropout_rescale == e.result);
        CHECK(has(e.formula, " · m" + subscript(e.unit + 1) + " / (1 − p)"));
        CHECK(has(e.numbers, " · " + num(e.dropout_m) + " / (1 − 0.5) = "));
        CHECK_FALSE(has(e.numbers, "dropout mask"));
    }
    CHECK(kept > 0);
    CHECK(dropped > 0);
}

TEST_CASE("a dropped unit's δ is 0 and shows m = 0; without dropout no factor appears", "[trace][dropout]") {
    const StepTrace trace = traced_with_dropout(0.5);
    int deltas = 0;
    for (const TraceEvent& e : trace.events) {
        if (e.phase != Phase::HiddenDelta) continue;
        ++deltas;
        REQUIRE((e.dropout_m == 0.0 || e.dropout_m == 1.0));
        if (e.dropout_m == 0.0) CHECK(e.result == 0.0);
        CHECK(has(e.formula, "/ (1 − p)"));
    }
    CHECK(deltas > 0);
    for (const TraceEvent& e : traced_with_dropout(0.0).events) {
        CHECK(e.dropout_m == -1.0);
        CHECK_FALSE(has(e.formula, "(1 − p)"));
    }
}

TEST_CASE("lesson 10 opens with dropout on", "[lessons][dropout]") {
    const Lesson& lesson = *find_lesson("10");
    REQUIRE(lesson.id == "regularization");
    CHECK(lesson.config.train.dropout.rate > 0.0);
    for (const TraceEvent& e : Session(lesson.config).traced_step().events)
        if (e.phase == Phase::Forward && e.layer == 1) CHECK(e.dropout_m >= 0.0);
}

TEST_CASE("the state JSON's event carries dropout's m and rescale apart (the JS API's bplab.state())", "[state][dropout]") {
    Stepper stepper(find_lesson("regularization")->config);
    stepper.next_event();  // the first forward event: a hidden unit of the first example
    REQUIRE(stepper.current_event()->phase == Phase::Forward);
    Json state;
    std::string error;
    REQUIRE(parse_json(state_json(stepper, {}), state, error));
    const Json* dropout = state.find("cursor")->find("event")->find("dropout");
    REQUIRE(dropout);
    CHECK(dropout->find("rescale")->number == Approx(1.25));  // 1 / (1 − 0.2)
    CHECK(dropout->find("m")->number == stepper.current_event()->dropout_m);
}
