#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/io/report.h"
#include "lab/io/state_json.h"

using namespace lab;

TEST_CASE("after a full backward pass the state's deltas equal the CLI report for that example", "[state]") {
    const LabConfig config = find_lesson("backprop")->config;
    Stepper stepper(config);
    stepper.run_steps(12);
    stepper.next_event();
    Json before;
    std::string error;
    REQUIRE(parse_json(state_json(stepper, {}), before, error));
    const Json& pending = *before.find("cursor")->find("example")->find("layers");
    REQUIRE(pending.items[3].find("delta")->is_string());  // not computed yet at the first event
    while (stepper.current_event()->phase != Phase::Gradient) stepper.next_event();

    Json state;
    REQUIRE(parse_json(state_json(stepper, {16, "caption", false}), state, error));
    const Json& example = *state.find("cursor")->find("example");
    const int index = static_cast<int>(example.find("index")->number);

    // what `bplab run --lesson backprop --steps 12 --example index` prints
    Session cli(config);
    cli.train_steps(12);
    JsonWriter out;
    write_example_json(cli, index, out);
    Json report;
    REQUIRE(parse_json(out.str(), report, error));
    const Json& cli_layers = *report.find("layers");
    const Json& page_layers = *example.find("layers");
    REQUIRE(cli_layers.items.size() == page_layers.items.size());
    for (size_t l = 1; l < cli_layers.items.size(); ++l) {
        const auto& expected = cli_layers.items[l].find("delta")->items;
        const auto& got = page_layers.items[l].find("delta")->items;
        REQUIRE(expected.size() == got.size());
        for (size_t k = 0; k < got.size(); ++k) REQUIRE(got[k].number == expected[k].number);
    }
    REQUIRE(state.find("lesson")->number == 16);
    REQUIRE(state.find("cursor")->find("event")->find("phase")->text == "gradient");
}

TEST_CASE("a caller adds its own members to the state object through the writer", "[state][json]") {
    Stepper stepper(find_lesson("backprop")->config);
    stepper.run_steps(3);
    stepper.next_event();
    const StateExtras extras{16, "caption", true};
    JsonWriter out;
    out.begin_object();
    write_state_members(stepper, extras, out);
    out.key("view").begin_object().key("zoom").value(2).end_object();
    out.end_object();
    Json with_view, plain;
    std::string error;
    REQUIRE(parse_json(out.str(), with_view, error));
    REQUIRE(parse_json(state_json(stepper, extras), plain, error));
    REQUIRE(with_view.members.size() == plain.members.size() + 1);
    REQUIRE(with_view.members.back().first == "view");
    REQUIRE(with_view.find("view")->find("zoom")->number == 2);
    const std::string text = state_json(stepper, extras);
    REQUIRE(out.str().compare(0, text.size() - 1, text, 0, text.size() - 1) == 0);  // the same members, in order
}
