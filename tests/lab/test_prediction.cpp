#include <catch2/catch.hpp>

#include <cmath>

#include "lab/io/url_state.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {

// The backprop lesson's first traced step, and the index of its first event of `phase`.
struct Traced {
    Stepper stepper{find_lesson("backprop")->config};
    Traced() { stepper.next_event(); }
    const StepTrace& trace() const { return *stepper.trace(); }
    int first(Phase phase) const {
        for (size_t k = 0; k < trace().events.size(); ++k)
            if (trace().events[k].phase == phase) return static_cast<int>(k);
        return -1;
    }
    Place place(int index) const { return trace_place(trace(), index, stepper.session().steps()); }
};

Question asked(Asked kind, double truth) {
    Question q;
    q.kind = kind;
    q.symbol = "δ₁⁽³⁾";
    q.truth = truth;
    q.masked = "δ₁⁽³⁾ = 0.7 − 1 = ?";
    return q;
}

Place place_at(int index) {
    Place p;
    p.index = index;
    p.phase = Phase::OutputDelta;
    p.layer = 2;
    p.unit = 0;
    p.example = 0;
    return p;
}

}  // namespace

TEST_CASE("the tolerance: 5 % of the true value, or 0.01 near zero", "[prediction]") {
    REQUIRE(within_tolerance(1.05, 1.0));
    REQUIRE(within_tolerance(-0.95, -1.0));
    REQUIRE_FALSE(within_tolerance(1.0501, 1.0));
    REQUIRE_FALSE(within_tolerance(1.0, -1.0));  // the wrong sign is wrong
    REQUIRE(within_tolerance(0.0099, 0.0));      // 5 % of 0 is nothing: the 0.01 floor
    REQUIRE(within_tolerance(0.01, 0.0));
    REQUIRE_FALSE(within_tolerance(0.0101, 0.0));
    REQUIRE(within_tolerance(0.105, 0.1));        // 5 % of 0.1 is 0.005: the 0.01 floor is larger
    REQUIRE_FALSE(within_tolerance(0.111, 0.1));
    REQUIRE(within_tolerance(104.0, 100.0));      // 5 % of 100 is 5
    REQUIRE_FALSE(within_tolerance(106.0, 100.0));
    REQUIRE_FALSE(within_tolerance(std::nan(""), 0.0));
}

TEST_CASE("a prediction is read as typed: true minus, spaces; anything else is refused", "[prediction]") {
    double v = 0.0;
    REQUIRE(parse_prediction(" −0.25 ", v));
    REQUIRE(v == -0.25);
    REQUIRE(parse_prediction("3e-2", v));
    REQUIRE(v == 0.03);
    for (const char* bad : {"", "  ", "abc", "0.3x", "nan", "inf", "0x10", "1,5", "1e999"}) {
        INFO(bad);
        REQUIRE_FALSE(parse_prediction(bad, v));
    }
}

TEST_CASE("the numbers hide the asked value and what follows from it, never the substitution", "[prediction]") {
    const std::string forward = "z₁⁽²⁾ = 0.1 + 0.2·1 = 0.3,   a₁⁽²⁾ = tanh(0.3) = 0.2913";
    REQUIRE(masked_numbers(forward, 0) == "z₁⁽²⁾ = 0.1 + 0.2·1 = ?,   a₁⁽²⁾ = ?");
    REQUIRE(masked_numbers(forward, 1) == "z₁⁽²⁾ = 0.1 + 0.2·1 = 0.3,   a₁⁽²⁾ = tanh(0.3) = ?");
    REQUIRE(masked_numbers("δ₁⁽³⁾ = 0.7311 − 1 = −0.2689", 0) == "δ₁⁽³⁾ = 0.7311 − 1 = ?");
    REQUIRE(masked_numbers("Θ₁ⱼ⁽²⁾ := (0.1, 0.2) − 0.5 · (1, 2) = (−0.4, −0.8)", 0) ==
            "Θ₁ⱼ⁽²⁾ := (0.1, 0.2) − 0.5 · (1, 2) = ?");
}

TEST_CASE("every event of a step but the loss asks: z then a, δ, ∂J/∂Θ, the new Θ, each with its true value",
          "[prediction]") {
    Traced t;
    const StepTrace& trace = t.trace();
    for (size_t k = 0; k < trace.events.size(); ++k) {
        const TraceEvent& e = trace.events[k];
        const std::vector<Question> qs = trace_questions(trace, static_cast<int>(k));
        INFO("event " << k << ": " << e.numbers);
        if (e.phase == Phase::Loss) {
            REQUIRE(qs.empty());
            continue;
        }
        REQUIRE_FALSE(qs.empty());
        for (const Question& q : qs) {
            // the result is not shown (a substitution may hold the same number: δ = a − 0)
            REQUIRE(q.masked.substr(q.masked.size() - 4) == " = ?");
            REQUIRE(q.masked != e.numbers);
        }
        if (e.phase == Phase::Forward) {
            REQUIRE(qs.size() == 2);
            REQUIRE(qs[0].kind == Asked::Z);
            REQUIRE(qs[0].truth == trace.record.caches[static_cast<size_t>(e.example)].z[static_cast<size_t>(e.layer)]
                                                                                      [static_cast<size_t>(e.unit)]);
            REQUIRE(qs[1].kind == Asked::A);
            REQUIRE(qs[1].truth == e.result);
        } else if (e.phase == Phase::Gradient) {
            REQUIRE(qs[0].truth == trace.record.dtheta[static_cast<size_t>(e.layer)](e.unit, 1));
        } else if (e.phase == Phase::Update) {
            REQUIRE(qs[0].truth == trace.after.theta[static_cast<size_t>(e.layer)](e.unit, 1));
        } else {
            REQUIRE(qs[0].kind == Asked::Delta);
            REQUIRE(qs[0].truth == e.result);
        }
    }
}

TEST_CASE("a wrong then a right prediction: scored once each, the score per kind", "[prediction]") {
    Prediction p;
    p.set_on(true, Place{});
    p.arrive(place_at(5), {asked(Asked::Delta, -0.2689)});
    REQUIRE(p.pending());
    REQUIRE(p.hides(Phase::OutputDelta, 0, 2, 0));
    REQUIRE_FALSE(p.hides(Phase::OutputDelta, 0, 2, 1));
    REQUIRE(p.predict("0.5").empty());
    REQUIRE_FALSE(p.pending());
    REQUIRE_FALSE(p.hides(Phase::OutputDelta, 0, 2, 0));
    REQUIRE(p.outcome()->absolute_error == Approx(0.7689));
    REQUIRE(p.outcome()->relative_error == Approx(0.7689 / 0.2689));
    REQUIRE_FALSE(p.outcome()->within);
    REQUIRE(p.tally(Asked::Delta).tries == 1);
    REQUIRE(p.tally(Asked::Delta).within == 0);
    // a second answer to the same question does not count
    REQUIRE_FALSE(p.predict("-0.2689").empty());
    REQUIRE(p.tally(Asked::Delta).tries == 1);

    p.arrive(place_at(6), {asked(Asked::Delta, 0.04)});
    REQUIRE(p.predict(0.041).empty());
    REQUIRE(p.outcome()->within);
    REQUIRE(p.tally(Asked::Delta).within == 1);
    REQUIRE(p.tally(Asked::Delta).tries == 2);
    REQUIRE(p.score_text() == "δ: 1/2 within 5 % or 0.01");
}

TEST_CASE("a malformed prediction changes nothing; a reveal shows the value unscored", "[prediction]") {
    Prediction p;
    p.set_on(true, Place{});
    p.arrive(place_at(5), {asked(Asked::Delta, -0.2689)});
    const std::string refused = p.predict("about a half");
    REQUIRE(refused.find("about a half") != std::string::npos);
    REQUIRE(p.pending());
    REQUIRE(p.tally(Asked::Delta).tries == 0);
    REQUIRE(p.reveal());
    REQUIRE_FALSE(p.pending());
    REQUIRE_FALSE(p.outcome()->predicted);
    REQUIRE(p.tally(Asked::Delta).tries == 0);
    REQUIRE(p.score_text().empty());
    REQUIRE_FALSE(p.reveal());  // nothing hidden any more
}

TEST_CASE("a forward event asks z, then a; going back and forward keeps what was answered", "[prediction]") {
    Traced t;
    const int k = t.first(Phase::Forward);
    Prediction p;
    p.set_on(true, t.place(-1));
    p.arrive(t.place(k), trace_questions(t.trace(), k));
    REQUIRE(p.question()->kind == Asked::Z);
    REQUIRE(p.reveal());
    REQUIRE(p.question()->kind == Asked::A);
    // back (a place behind: nothing asked there), then forward again: a is still the question
    p.arrive(t.place(-1), {});
    REQUIRE_FALSE(p.pending());
    p.arrive(t.place(k), trace_questions(t.trace(), k));
    REQUIRE(p.question()->kind == Asked::A);
    REQUIRE(p.predict(t.trace().events[static_cast<size_t>(k)].result).empty());
    REQUIRE(p.tally(Asked::A).within == 1);
    REQUIRE_FALSE(p.pending());
    // a place already asked is not asked again
    p.arrive(t.place(k + 1), trace_questions(t.trace(), k + 1));
    REQUIRE(p.pending());
    p.reveal();
    p.reveal();
    p.arrive(t.place(k), trace_questions(t.trace(), k));
    REQUIRE_FALSE(p.pending());
}

TEST_CASE("off hides nothing; turning on asks from the next place; a new lesson starts the score again",
          "[prediction]") {
    Prediction p;
    p.arrive(place_at(5), {asked(Asked::Delta, 1.0)});
    REQUIRE_FALSE(p.pending());  // off
    p.set_on(true, place_at(5));
    p.arrive(place_at(5), {asked(Asked::Delta, 1.0)});
    REQUIRE_FALSE(p.pending());  // shown before the mode came on
    p.arrive(place_at(6), {asked(Asked::Delta, 1.0)});
    REQUIRE(p.pending());
    p.set_on(false, place_at(6));
    REQUIRE_FALSE(p.pending());
    REQUIRE_FALSE(p.hides(Phase::OutputDelta, 0, 2, 0));
    p.set_on(true, place_at(6));
    p.arrive(place_at(7), {asked(Asked::Delta, 1.0)});
    REQUIRE(p.predict(1.0).empty());
    REQUIRE(p.tally(Asked::Delta).tries == 1);
    p.new_lesson();
    REQUIRE(p.tally(Asked::Delta).tries == 0);
    REQUIRE(p.score_text().empty());
    p.arrive(place_at(0), {asked(Asked::Delta, 1.0)});  // after the lesson change the first place is new again
    REQUIRE(p.pending());
}

TEST_CASE("the graph's steps ask each value and gradient but the seed", "[prediction]") {
    GraphLesson graph;  // (x + y)z at −2, 5, −4
    Prediction p;
    p.set_on(true, graph_place(graph));
    graph.next();  // q = 3
    p.arrive(graph_place(graph), graph_questions(graph));
    REQUIRE(p.question()->kind == Asked::GraphValue);
    REQUIRE(p.question()->truth == 3.0);
    REQUIRE(p.question()->masked == "q = −2 + 5 = ?");
    REQUIRE(p.hides_graph(graph.current()->node, false));
    REQUIRE(p.predict("3").empty());
    graph.next();  // f = −12
    graph.next();  // ∂f/∂f = 1: given
    REQUIRE(graph_questions(graph).empty());
    graph.next();
    const std::vector<Question> qs = graph_questions(graph);
    REQUIRE(qs.size() == 1);
    REQUIRE(qs[0].kind == Asked::GraphGradient);
    REQUIRE(qs[0].truth == graph.parsed().graph.node(graph.current()->node).grad);
}

TEST_CASE("a link carries the mode: predict=1 read and written, another value refused by name", "[prediction]") {
    const DecodedLink on = decode_link("lesson=16&predict=1");
    REQUIRE(on.state.predict);
    REQUIRE(on.notices.empty());
    REQUIRE(encode(on.state).find("predict=1") != std::string::npos);
    REQUIRE(encode(decode_link("lesson=16").state).find("predict") == std::string::npos);
    const DecodedLink bad = decode_link("lesson=16&predict=yes");
    REQUIRE_FALSE(bad.state.predict);
    REQUIRE(bad.notices.size() == 1);
    REQUIRE(bad.notices[0].find("predict") != std::string::npos);
}

TEST_CASE("a value hidden in the trace stays hidden while the graph asks its own", "[prediction]") {
    Prediction p;
    p.set_on(true, Place{});
    p.arrive(place_at(5), {asked(Asked::Delta, -0.2689)});
    GraphLesson graph;
    graph.next();
    p.arrive(graph_place(graph), graph_questions(graph));  // the graph's tab in front
    REQUIRE(p.question()->kind == Asked::GraphValue);
    REQUIRE(p.hides(Phase::OutputDelta, 0, 2, 0));  // the equation place under it still says "?"
    REQUIRE(p.hidden_question(false)->kind == Asked::Delta);
    REQUIRE(p.predict("3").empty());
    REQUIRE(p.tally(Asked::GraphValue).within == 1);
    p.arrive(place_at(5), {asked(Asked::Delta, -0.2689)});  // back to the network: the δ is still asked
    REQUIRE(p.question()->kind == Asked::Delta);
    p.forget_graph_places();
    REQUIRE(p.pending());
}

TEST_CASE("a hidden δ, ∂J/∂Θ or new Θ is one the gradient check would give away; a hidden z or a is not",
          "[prediction]") {
    Traced t;
    Prediction p;
    p.set_on(true, t.place(-1));
    const int forward = t.first(Phase::Forward);
    p.arrive(t.place(forward), trace_questions(t.trace(), forward));
    REQUIRE(p.question()->kind == Asked::Z);
    REQUIRE(p.hidden_gradient() == nullptr);
    for (Phase phase : {Phase::OutputDelta, Phase::Gradient, Phase::Update}) {
        const int k = t.first(phase);
        REQUIRE(k >= 0);
        p.arrive(t.place(k), trace_questions(t.trace(), k));
        REQUIRE(p.pending());
        REQUIRE(p.hidden_gradient() == p.question());
        p.reveal();
        REQUIRE(p.hidden_gradient() == nullptr);
    }
}
