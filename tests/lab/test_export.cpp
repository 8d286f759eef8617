#include <catch2/catch.hpp>

#include "lab/io/config_io.h"
#include "lab/io/export.h"
#include "lab/lessons/lessons.h"
#include "lab/io/state_json.h"

using namespace lab;

TEST_CASE("the trace exports as CSV with one row per event", "[export]") {
    Session session(find_lesson("backprop")->config);
    const StepTrace trace = session.traced_step();
    const std::string csv = trace_csv(trace);
    size_t rows = 0;
    for (char c : csv) rows += c == '\n';
    REQUIRE(rows == trace.events.size() + 1);
    REQUIRE(csv.find("index,phase,example,layer,unit,formula,numbers,result\n0,\"forward\",0,2,1,\"z₁⁽²⁾ = ") == 0);
}

TEST_CASE("a state written by state_json imports back to the same config and weights", "[export]") {
    LabConfig config = find_lesson("backprop")->config;
    config.train.optimizer.alpha = 0.1;
    config.hidden = {5, 3};
    Stepper stepper(config);
    stepper.run_steps(40);
    ImportedState imported;
    std::vector<std::string> problems;
    REQUIRE(import_state(state_json(stepper, {16, "", false, true}), imported, problems));
    REQUIRE(config_to_json(imported.config) == config_to_json(config));
    REQUIRE(imported.lesson == 16);
    Stepper restored(LabConfig{});
    REQUIRE(restore_state(imported, restored, problems));
    REQUIRE(core::weights_hash(restored.session().network()) == core::weights_hash(stepper.session().network()));
}

TEST_CASE("bad imports name the problem and change nothing", "[export]") {
    const char* bad[][2] = {
        {"not json", "nothing imported: not valid JSON"},
        {"[1,2]", "nothing imported: the file has no 'config' object"},
        {"{\"config\": {\"alpha\": \"fast\"}}", "nothing imported: config: 'alpha' must be a number"},
        {"{\"config\": {}, \"network\": {}}", "nothing imported: the file has no weights (theta)"},
        {"{\"config\": {}, \"network\": {\"theta\": 3}}", "must be a list of matrices"},
        {"{\"config\": {}, \"network\": {\"theta\": [[[1, \"x\"]]]}}", "'network.theta[0][0][1]' must be a finite number"},
        {"{\"config\": {}, \"network\": {\"theta\": [[[1e300]]]}}", "within ±1e6"},
        {"{\"config\": {}, \"network\": {\"theta\": [[5]]}}", "'network.theta[0][0]' must be a list of numbers"},
    };
    for (const auto& [text, message] : bad) {
        ImportedState state;
        state.lesson = 7;
        std::vector<std::string> problems;
        INFO(text);
        REQUIRE_FALSE(import_state(text, state, problems));
        REQUIRE_FALSE(problems.empty());
        REQUIRE(problems[0].find("nothing imported: ") == 0);
        REQUIRE(problems[0].find(message) != std::string::npos);
        REQUIRE(state.lesson == 7);
    }
}
