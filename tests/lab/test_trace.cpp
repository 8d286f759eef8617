#include <catch2/catch.hpp>

#include "core/gradcheck.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {

bool same_weights(const core::Network& a, const core::Network& b) { return core::weights_hash(a) == core::weights_hash(b); }

LabConfig backprop_config(core::OptimizerKind kind, int batch, core::Regularization reg, double dropout) {
    LabConfig config = find_lesson("backprop")->config;
    config.train.optimizer.kind = kind;
    config.train.batch_size = batch;
    config.train.regularization = reg;
    config.train.lambda = reg == core::Regularization::None ? 0.0 : 0.01;
    config.train.dropout.rate = dropout;
    return config;
}

}  // namespace

TEST_CASE("applying the recorded updates reproduces the trained network bit for bit", "[trace]") {
    for (const core::OptimizerInfo& optimizer : core::kOptimizers) {
        const core::OptimizerKind kind = optimizer.kind;
        for (int batch : {1, 10}) {
            for (double dropout : {0.0, 0.3}) {
                Session session(backprop_config(kind, batch, core::Regularization::L2, dropout));
                session.train_steps(7);  // optimizer state is not fresh
                const StepTrace trace = session.traced_step();
                INFO("optimizer " << core::optimizer_name(kind) << " batch " << batch << " dropout " << dropout);
                REQUIRE(same_weights(apply_updates(trace), trace.after));
                REQUIRE(same_weights(trace.after, session.network()));
                REQUIRE_FALSE(same_weights(trace.before, trace.after));
            }
        }
    }
}

TEST_CASE("an update event shows its optimizer's rule from the table, for that row of Θ", "[trace]") {
    for (const core::OptimizerInfo& optimizer : core::kOptimizers) {
        Session session(backprop_config(optimizer.kind, 10, core::Regularization::None, 0.0));
        const StepTrace trace = session.traced_step();
        int updates = 0;
        for (const TraceEvent& e : trace.events) {
            if (e.phase != Phase::Update) continue;
            ++updates;
            INFO(optimizer.id << ": " << e.formula);
            REQUIRE(e.formula.find("Θ :=") == std::string::npos);  // Θ stands for this row's symbol
            // every piece of the rule between its Θs is there, in order
            const std::string rule = optimizer.formula;
            size_t from = 0, at = 0;
            for (size_t start = 0; start <= rule.size();) {
                const size_t end = std::min(rule.find("Θ", start), rule.size());
                at = e.formula.find(rule.substr(start, end - start), from);
                REQUIRE(at != std::string::npos);
                from = at + (end - start);
                start = end + std::string("Θ").size();
            }
        }
        REQUIRE(updates == 4 + 2 + 1);
    }
}

TEST_CASE("a gradient event adds its penalty's λ-term (kRegularizations), and none without a penalty", "[trace]") {
    for (const core::RegularizationInfo& penalty : core::kRegularizations) {
        Session session(backprop_config(core::OptimizerKind::SGD, 10, penalty.kind, 0.0));
        const StepTrace trace = session.traced_step();
        int gradients = 0;
        for (const TraceEvent& e : trace.events) {
            if (e.phase != Phase::Gradient) continue;
            ++gradients;
            INFO(penalty.id << ": " << e.formula);
            const bool has_term = e.formula.find(" + 2λ") != std::string::npos ||
                                  e.formula.find(" + λ sign(") != std::string::npos;
            REQUIRE(has_term == (penalty.kind != core::Regularization::None));
            if (penalty.kind == core::Regularization::L2) REQUIRE(e.formula.find(" + 2λΘ") != std::string::npos);
            if (penalty.kind == core::Regularization::L1) REQUIRE(e.formula.find(" + λ sign(Θ") != std::string::npos);
        }
        REQUIRE(gradients == 4 + 2 + 1);
    }
}

TEST_CASE("the same step traced twice gives the same events in the same order", "[trace]") {
    Session a(backprop_config(core::OptimizerKind::SGD, 10, core::Regularization::None, 0.0));
    Session b(backprop_config(core::OptimizerKind::SGD, 10, core::Regularization::None, 0.0));
    const StepTrace ta = a.traced_step(), tb = b.traced_step();
    REQUIRE(ta.events.size() == tb.events.size());
    for (size_t k = 0; k < ta.events.size(); ++k) {
        REQUIRE(ta.events[k].formula == tb.events[k].formula);
        REQUIRE(ta.events[k].numbers == tb.events[k].numbers);
        REQUIRE(ta.events[k].result == tb.events[k].result);
    }
}

TEST_CASE("a one-example step of 2-4-2-1 has the lecture's events in order", "[trace]") {
    Session session(backprop_config(core::OptimizerKind::SGD, 1, core::Regularization::None, 0.0));
    const StepTrace trace = session.traced_step();
    std::vector<Phase> phases;
    for (const TraceEvent& e : trace.events) phases.push_back(e.phase);
    const std::vector<Phase> expected = {
        Phase::Forward, Phase::Forward, Phase::Forward, Phase::Forward,  // layer 2: 4 units
        Phase::Forward, Phase::Forward,                                  // layer 3: 2 units
        Phase::Forward,                                                  // output
        Phase::Loss, Phase::OutputDelta,
        Phase::HiddenDelta, Phase::HiddenDelta,                          // δ⁽³⁾
        Phase::HiddenDelta, Phase::HiddenDelta, Phase::HiddenDelta, Phase::HiddenDelta,  // δ⁽²⁾
        Phase::Gradient, Phase::Gradient, Phase::Gradient, Phase::Gradient, Phase::Gradient, Phase::Gradient,
        Phase::Gradient,  // Θ⁽³⁾ (1 row), Θ⁽²⁾ (2 rows), Θ⁽¹⁾ (4 rows)
        Phase::Update, Phase::Update, Phase::Update, Phase::Update, Phase::Update, Phase::Update, Phase::Update,
    };
    REQUIRE(phases == expected);
    REQUIRE(trace.events[8].formula == "δ₁⁽⁴⁾ = a₁⁽⁴⁾ − y₁");
    REQUIRE(trace.events[0].formula.find("z₁⁽²⁾ = Θ₁₀⁽¹⁾ + Θ₁₁⁽¹⁾a₁⁽¹⁾ + Θ₁₂⁽¹⁾a₂⁽¹⁾") == 0);
    REQUIRE(trace.events[15].formula == "∂J/∂Θ₁ⱼ⁽³⁾ = aⱼ⁽³⁾ δ₁⁽⁴⁾");
}

TEST_CASE("trace values equal an independent forward and backward pass", "[trace]") {
    Session session(backprop_config(core::OptimizerKind::SGD, 10, core::Regularization::L1, 0.0));
    session.train_steps(3);
    const StepTrace trace = session.traced_step();
    const core::Dataset& data = session.train_set();
    core::Cache cache;
    std::vector<core::Matrix> unused = core::zeros_like(trace.before.theta);
    for (const TraceEvent& e : trace.events) {
        if (e.example < 0) continue;
        const int i = trace.record.batch[static_cast<size_t>(e.example)];
        core::forward(trace.before, data.x_row(i), cache);
        core::backward(trace.before, data.y_row(i), session.config().train.loss, cache, unused);
        if (e.phase == Phase::Forward) REQUIRE(e.result == cache.a[static_cast<size_t>(e.layer)][static_cast<size_t>(e.unit)]);
        if (e.phase == Phase::Loss) REQUIRE(e.result == cache.loss);
        if (e.phase == Phase::OutputDelta || e.phase == Phase::HiddenDelta)
            REQUIRE(e.result == cache.delta[static_cast<size_t>(e.layer)][static_cast<size_t>(e.unit)]);
    }
    const auto expected = core::analytic_gradient(trace.before, session.config().train, data, trace.record.batch);
    int gradient_events = 0;
    for (const TraceEvent& e : trace.events) {
        if (e.phase != Phase::Gradient) continue;
        ++gradient_events;
        for (size_t j = 0; j < e.values.size(); ++j)
            REQUIRE(e.values[j] == Approx(expected[static_cast<size_t>(e.layer)](e.unit, static_cast<int>(j))).epsilon(1e-12));
    }
    REQUIRE(gradient_events == 4 + 2 + 1);
}

TEST_CASE("the stepper walks events, crosses steps and rewinds to identical traces", "[stepper]") {
    Stepper stepper(backprop_config(core::OptimizerKind::SGD, 1, core::Regularization::None, 0.0));
    const uint64_t start = core::weights_hash(stepper.session().network());
    REQUIRE(stepper.trace() == nullptr);
    stepper.next_event();
    REQUIRE(stepper.cursor() == 0);
    REQUIRE(stepper.current_event()->phase == Phase::Forward);
    REQUIRE(stepper.reached(Phase::Forward, 0, 1, 0));
    REQUIRE_FALSE(stepper.reached(Phase::Forward, 0, 1, 1));
    // the view shows Θ before the step until the updates are passed
    REQUIRE(core::weights_hash(stepper.displayed_network()) == start);
    const std::string first_formula = stepper.current_event()->numbers;
    stepper.next_batch();  // to the step's last event: all updates applied
    REQUIRE(stepper.current_event()->phase == Phase::Update);
    REQUIRE(same_weights(stepper.displayed_network(), stepper.session().network()));
    stepper.next_event();  // into the second step
    REQUIRE(stepper.cursor() == 0);
    REQUIRE(stepper.session().steps() == 2);
    stepper.previous_event();  // back across the boundary: the end of step one, recorded again
    REQUIRE(stepper.session().steps() == 1);
    REQUIRE(stepper.current_event()->phase == Phase::Update);
    while (stepper.cursor() > 0) stepper.previous_event();
    REQUIRE(stepper.current_event()->numbers == first_formula);
    stepper.previous_event();  // before the first step: nothing traced, the initial weights
    REQUIRE(stepper.trace() == nullptr);
    REQUIRE(core::weights_hash(stepper.session().network()) == start);
}

TEST_CASE("layer and example jumps land on group starts; the timeline rewinds free-running steps", "[stepper]") {
    Stepper stepper(backprop_config(core::OptimizerKind::SGD, 2, core::Regularization::None, 0.0));
    stepper.next_event();
    stepper.next_layer();
    REQUIRE(stepper.current_event()->phase == Phase::Forward);
    REQUIRE(stepper.current_event()->layer == 2);
    REQUIRE(stepper.current_event()->unit == 0);
    stepper.previous_layer();
    REQUIRE(stepper.cursor() == 0);
    stepper.next_example();
    REQUIRE(stepper.current_event()->example == 1);
    REQUIRE(stepper.current_event()->phase == Phase::Forward);
    stepper.next_example();
    REQUIRE(stepper.current_event()->phase == Phase::Gradient);

    stepper.run_steps(300);
    REQUIRE(stepper.timeline_length() == Stepper::kTimelineSteps);
    const long long steps = stepper.session().steps();
    stepper.rewind(200);
    REQUIRE(stepper.session().steps() == steps - 200);
    Stepper replay(backprop_config(core::OptimizerKind::SGD, 2, core::Regularization::None, 0.0));
    replay.session().train_steps(static_cast<int>(steps - 200));
    REQUIRE(same_weights(replay.session().network(), stepper.session().network()));
}

TEST_CASE("the displayed epoch progress is before the traced step until its last event", "[stepper]") {
    Stepper stepper(find_lesson("backprop")->config);
    const int n = stepper.session().train_set().count();
    const int batch = stepper.session().config().train.batch_size;
    stepper.next_event();  // step 1 is trained, its events start
    CHECK(stepper.session().epoch_progress() == Approx(static_cast<double>(batch) / n));
    CHECK(stepper.displayed_epoch_progress() == 0.0);  // Θ shown is still the one before the step
    CHECK(stepper.displayed_steps() == 0);
    stepper.next_batch();  // the last event: the update is shown
    CHECK(stepper.displayed_epoch_progress() == stepper.session().epoch_progress());
    CHECK(stepper.displayed_steps() == 1);
    stepper.run_steps(3);  // free-running: no trace, the session's own progress
    CHECK(stepper.displayed_epoch_progress() == stepper.session().epoch_progress());
}
