// Export → import is a continuation: a state trained 100 steps, exported and imported into a fresh lab, trains 100
// more to the same bits as 200 steps straight; the cursor comes back to the event it was on (issue 18).
#include <catch2/catch.hpp>

#include "lab/io/export.h"
#include "lab/io/state_json.h"
#include "lab/lessons/lessons.h"

using namespace lab;

namespace {

std::string exported(const Stepper& stepper) {
    StateExtras extras;
    extras.with_run = true;
    return state_json(stepper, extras);
}

// Imports `text` into a lab that starts out on another lesson, as a fresh page would.
Stepper imported(const std::string& text) {
    Stepper stepper(find_lesson("xor")->config);
    ImportedState state;
    state.config = stepper.session().config();
    std::vector<std::string> problems;
    const bool ok = import_state(text, state, problems) && restore_state(state, stepper, problems);
    INFO((problems.empty() ? "" : problems[0]));
    REQUIRE(ok);
    return stepper;
}

LabConfig with_optimizer(LabConfig config, core::OptimizerKind kind, double alpha) {
    config.train.optimizer.kind = kind;
    config.train.optimizer.alpha = alpha;
    return config;
}

}  // namespace

TEST_CASE("100 steps, export, import, 100 steps: the weights and loss of 200 steps straight", "[continuation]") {
    LabConfig schedule = find_lesson("mini-batch")->config;
    schedule.train.optimizer.schedule = core::Schedule::StepDecay;
    schedule.train.optimizer.decay_every = 2;
    schedule.train.optimizer.decay_factor = 0.5;
    LabConfig mini_batch = find_lesson("backprop")->config;
    mini_batch.train.batch_size = 7;  // batches that do not divide the training set: the epoch's position matters
    mini_batch.train.dropout.rate = 0.2;  // the dropout masks' random state matters
    const std::pair<const char*, LabConfig> configs[] = {
        {"sgd", with_optimizer(find_lesson("backprop")->config, core::OptimizerKind::SGD, 0.3)},
        {"momentum", with_optimizer(find_lesson("backprop")->config, core::OptimizerKind::Momentum, 0.1)},
        {"adam", with_optimizer(find_lesson("backprop")->config, core::OptimizerKind::Adam, 0.01)},
        {"rmsprop", with_optimizer(find_lesson("backprop")->config, core::OptimizerKind::RMSProp, 0.01)},
        {"mini-batch with dropout", with_optimizer(mini_batch, core::OptimizerKind::Adam, 0.01)},
        {"a lesson with a step-decay schedule", schedule},
        {"xor", find_lesson("xor")->config},
    };
    for (const auto& [name, config] : configs) {
        INFO(name);
        Stepper straight(config);
        straight.run_steps(200);
        Stepper first(config);
        first.run_steps(100);
        Stepper resumed = imported(exported(first));
        REQUIRE(resumed.session().steps() == 100);
        REQUIRE(resumed.session().epoch() == first.session().epoch());
        REQUIRE(resumed.session().history().size() == first.session().history().size());
        resumed.run_steps(100);
        REQUIRE(resumed.session().steps() == 200);
        REQUIRE(resumed.session().epoch() == straight.session().epoch());
        REQUIRE(core::weights_hash(resumed.session().network()) == core::weights_hash(straight.session().network()));
        REQUIRE(resumed.session().current().train_loss == straight.session().current().train_loss);
        REQUIRE(resumed.session().history().back().train_loss == straight.session().history().back().train_loss);
    }
}

TEST_CASE("epoch and step counts survive the round trip", "[continuation]") {
    Stepper stepper(find_lesson("xor")->config);  // four examples, batch 4: one step is one epoch
    stepper.run_steps(27);
    const Stepper back = imported(exported(stepper));
    REQUIRE(back.session().epoch() == 27);
    REQUIRE(back.session().steps() == 27);
    REQUIRE(exported(back) == exported(stepper));
}

TEST_CASE("the cursor comes back: step 1, event 4 is step 1, event 4, and stepping on agrees", "[continuation]") {
    LabConfig config = find_lesson("backprop")->config;
    config.train.optimizer.kind = core::OptimizerKind::Momentum;
    Stepper stepper(config);
    stepper.run_steps(3);
    for (int k = 0; k < 5; ++k) stepper.next_event();  // the 4th step traced, its event 4 shown
    REQUIRE(stepper.cursor() == 4);
    REQUIRE(stepper.displayed_steps() == 3);
    const std::string text = exported(stepper);
    Stepper back = imported(text);
    REQUIRE(back.cursor() == 4);
    REQUIRE(back.displayed_steps() == 3);
    REQUIRE(back.session().steps() == 4);
    REQUIRE(back.trace()->events.size() == stepper.trace()->events.size());
    REQUIRE(back.current_event()->formula == stepper.current_event()->formula);
    REQUIRE(core::weights_hash(back.displayed_network()) == core::weights_hash(stepper.displayed_network()));
    REQUIRE(exported(back) == text);
    for (int k = 0; k < 60; ++k) {  // through the end of the step and into the next ones
        stepper.next_event();
        back.next_event();
    }
    stepper.run_steps(20);
    back.run_steps(20);
    REQUIRE(back.session().steps() == stepper.session().steps());
    REQUIRE(core::weights_hash(back.session().network()) == core::weights_hash(stepper.session().network()));
}

TEST_CASE("a preset or edited starting point is kept: reset after an import returns to it", "[continuation]") {
    Stepper stepper(find_lesson("xor")->config);
    REQUIRE(stepper.edit_weight(0, 1, 2, 0.25));  // before the first step: part of the starting point
    const uint64_t start = core::weights_hash(stepper.session().network());
    stepper.run_steps(10);
    Stepper back = imported(exported(stepper));
    REQUIRE(core::weights_hash(back.session().network()) == core::weights_hash(stepper.session().network()));
    back.reset();
    REQUIRE(core::weights_hash(back.session().network()) == start);
}
