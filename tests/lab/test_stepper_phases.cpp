// The lecture's pace: next / previous phase, a breadcrumb click, finishing an example.
#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {

LabConfig backprop_with_batch(int batch) {
    LabConfig config = find_lesson("backprop")->config;
    config.train.batch_size = batch;
    return config;
}

}  // namespace

TEST_CASE("six phase presses walk a fresh mini-batch step from its first forward event to the update", "[stepper]") {
    Stepper stepper(backprop_with_batch(10));
    const Phase expected[] = {Phase::Forward, Phase::Loss, Phase::OutputDelta, Phase::HiddenDelta,
                              Phase::Gradient, Phase::Update};
    for (Phase phase : expected) {
        stepper.next_phase();
        REQUIRE(stepper.current_event() != nullptr);
        CHECK(stepper.current_event()->phase == phase);
        // each phase is entered at its first event (of example 1 for the per-example phases)
        const int cursor = stepper.cursor();
        REQUIRE(cursor >= 0);
        if (cursor > 0) CHECK(stepper.trace()->events[static_cast<size_t>(cursor - 1)].phase != phase);
    }
    CHECK(stepper.session().steps() == 1);
    stepper.next_phase();  // after the update: the next step, at its first event
    CHECK(stepper.session().steps() == 2);
    CHECK(stepper.cursor() == 0);
    CHECK(stepper.current_event()->phase == Phase::Forward);
}

TEST_CASE("previous phase goes to this phase's start, then to the one before, and back across steps", "[stepper]") {
    Stepper stepper(backprop_with_batch(3));
    stepper.next_phase();
    for (int k = 0; k < 4; ++k) stepper.next_phase();  // gradient
    REQUIRE(stepper.current_event()->phase == Phase::Gradient);
    stepper.next_event();  // inside the gradient phase
    stepper.previous_phase();
    CHECK(stepper.current_event()->phase == Phase::Gradient);
    CHECK(stepper.trace()->events[static_cast<size_t>(stepper.cursor() - 1)].phase == Phase::HiddenDelta);
    stepper.previous_phase();  // to the last example's hidden δs, computed just before
    CHECK(stepper.current_event()->phase == Phase::HiddenDelta);
    CHECK(stepper.current_event()->example == 2);
    stepper.previous_phase();
    CHECK(stepper.current_event()->phase == Phase::OutputDelta);
    CHECK(stepper.current_event()->example == 2);
    while (stepper.cursor() > 0) stepper.previous_phase();
    CHECK(stepper.current_event()->phase == Phase::Forward);
    stepper.next_batch();
    stepper.next_event();  // the second step's first event
    REQUIRE(stepper.session().steps() == 2);
    stepper.previous_phase();  // into step one again, at the start of its update
    CHECK(stepper.session().steps() == 1);
    CHECK(stepper.current_event()->phase == Phase::Update);
    CHECK(stepper.trace()->events[static_cast<size_t>(stepper.cursor() - 1)].phase == Phase::Gradient);
}

TEST_CASE("a breadcrumb click goes to that phase of the example in view; finish ends the example", "[stepper]") {
    Stepper stepper(backprop_with_batch(3));
    stepper.go_to_phase(Phase::Gradient);  // nothing traced yet: the step is recorded first
    REQUIRE(stepper.trace() != nullptr);
    CHECK(stepper.current_event()->phase == Phase::Gradient);
    stepper.go_to_phase(Phase::Forward);
    CHECK(stepper.cursor() == 0);
    stepper.next_example();  // example 2
    REQUIRE(stepper.current_event()->example == 1);
    stepper.go_to_phase(Phase::OutputDelta);
    CHECK(stepper.current_event()->phase == Phase::OutputDelta);
    CHECK(stepper.current_event()->example == 1);
    stepper.go_to_phase(Phase::Forward);
    stepper.finish_example();
    const int last = stepper.cursor();
    CHECK(stepper.current_event()->example == 1);
    CHECK(stepper.current_event()->phase == Phase::HiddenDelta);
    CHECK(stepper.trace()->events[static_cast<size_t>(last + 1)].example != 1);
    stepper.go_to_phase(Phase::Update);
    stepper.finish_example();  // the batch's events: to the step's last event
    CHECK(stepper.cursor() == static_cast<int>(stepper.trace()->events.size()) - 1);
    CHECK(stepper.session().steps() == 1);
}

TEST_CASE("phases a network does not have are skipped", "[stepper]") {
    // lesson 13 fits y = w·x + b: no hidden layer, so no hidden δ
    const Lesson* regression = find_lesson("gradient-descent");
    REQUIRE(regression != nullptr);
    REQUIRE(regression->config.hidden.empty());
    Stepper stepper(regression->config);
    stepper.next_phase();
    stepper.next_phase();
    stepper.next_phase();
    REQUIRE(stepper.current_event()->phase == Phase::OutputDelta);
    stepper.next_phase();
    CHECK(stepper.current_event()->phase == Phase::Gradient);
}
