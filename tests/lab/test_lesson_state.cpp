#include <catch2/catch.hpp>

#include "lab/io/config_io.h"
#include "lab/lessons/lesson_state.h"
#include "lab/io/state_json.h"

using namespace lab;

namespace {
std::string state_of(const Stepper& s) { return state_json(s, {}); }
}  // namespace

TEST_CASE("a link round trip restores the same state JSON", "[url]") {
    Stepper stepper(find_lesson("backprop")->config);
    load_lesson(stepper, *find_lesson("backprop"));
    REQUIRE(stepper.edit_weight(0, 1, 2, 1.25));  // before training: part of the start
    stepper.run_steps(17);
    for (int k = 0; k < 9; ++k) stepper.next_event();
    bool restarted = true;
    const UrlState captured = capture_url_state(stepper, 16, restarted);
    REQUIRE_FALSE(restarted);
    REQUIRE(captured.steps == 17);
    REQUIRE(captured.cursor == 8);
    REQUIRE(captured.edits.size() == 1);

    UrlState decoded;
    REQUIRE(decode(encode(captured), decoded).empty());
    Stepper reopened(find_lesson("xor")->config);
    REQUIRE(apply_url_state(decoded, reopened).empty());
    REQUIRE(state_of(reopened) == state_of(stepper));
}

TEST_CASE("a lesson's preset weights survive reset and links", "[url]") {
    Stepper stepper(find_lesson("xor")->config);
    load_lesson(stepper, *find_lesson("logic-gates"));
    REQUIRE(stepper.session().network().theta[0](0, 0) == -30.0);
    stepper.run_steps(3);
    stepper.reset();
    REQUIRE(stepper.session().network().theta[0](0, 0) == -30.0);
    bool restarted = true;
    const UrlState captured = capture_url_state(stepper, 2, restarted);
    REQUIRE(encode(captured) == "lesson=2");  // nothing differs from the lesson
}

TEST_CASE("a weight typed during training makes the link start from the current weights", "[url]") {
    Stepper stepper(find_lesson("backprop")->config);
    stepper.run_steps(20);
    REQUIRE(stepper.edit_weight(2, 0, 1, -0.5));
    bool restarted = false;
    const UrlState captured = capture_url_state(stepper, 16, restarted);
    REQUIRE(restarted);
    REQUIRE(captured.steps == 0);
    Stepper reopened(find_lesson("backprop")->config);
    apply_url_state(captured, reopened);
    REQUIRE(core::weights_hash(reopened.session().network()) == core::weights_hash(stepper.session().network()));
}

TEST_CASE("a cursor past the last event is clamped with a notice", "[url]") {
    UrlState state = lesson_state(16);
    state.steps = 2;
    state.cursor = 5000;
    Stepper stepper(state.config);
    const auto notices = apply_url_state(state, stepper);
    REQUIRE(notices.size() == 1);
    REQUIRE(notices[0].find("'cursor'") == 0);
    REQUIRE(stepper.cursor() == static_cast<int>(stepper.trace()->events.size()) - 1);
}
