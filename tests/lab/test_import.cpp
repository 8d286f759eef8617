// Import of a state file: strict about shapes and weights, says what happened, and an exported state goes on
// training bit for bit as the original would have (issue 18).
#include <catch2/catch.hpp>

#include "lab/io/config_io.h"
#include "lab/io/export.h"
#include "lab/io/state_json.h"
#include "lab/lessons/lessons.h"

using namespace lab;

namespace {

// A 2-4-1 network on the circle data: Θ⁽¹⁾ is 4 × 3, Θ⁽²⁾ is 1 × 5.
std::string file_with_theta(const std::string& theta) {
    return R"({"config": {"dataset": "circle", "points": 40, "hidden": [4]}, "network": {"theta": )" + theta + "}}";
}

const char* kThetaOne = "[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]";
const char* kThetaTwo = "[[1, 2, 3, 4, 5]]";

struct Outcome {
    bool imported = false;
    std::vector<std::string> problems;
    std::vector<std::string> warnings;
};

// import_state, then restore_state into `stepper`.
Outcome import_into(const std::string& text, Stepper& stepper) {
    Outcome outcome;
    ImportedState state;
    state.config = stepper.session().config();
    outcome.imported =
        import_state(text, state, outcome.problems) && restore_state(state, stepper, outcome.problems);
    outcome.warnings = state.warnings;
    return outcome;
}

std::string exported(const Stepper& stepper) {
    StateExtras extras;
    extras.with_run = true;
    return state_json(stepper, extras);
}

}  // namespace

TEST_CASE("every Θ must have the shape the config implies, whatever its weight count", "[import]") {
    const std::pair<std::string, std::string> cases[] = {
        // a weight moved to another row
        {file_with_theta("[[[1, 2, 3, 4], [5, 6], [7, 8, 9], [10, 11, 12]], " + std::string(kThetaTwo) + "]"),
         "nothing imported: 'network.theta[0][1]' has 2 numbers; the rows before it have 4"},
        // Θ⁽¹⁾ transposed
        {file_with_theta("[[[1, 4, 7, 10], [2, 5, 8, 11], [3, 6, 9, 12]], " + std::string(kThetaTwo) + "]"),
         "nothing imported: 'network.theta[0]' (Θ⁽¹⁾) must be 4 × 3 (4 units, 2 inputs + bias); the file has 3 × 4"},
        // all 17 weights in one 1 × 17 matrix
        {file_with_theta("[[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]]"),
         "nothing imported: 'network.theta' has 1 matrix; the config's network needs 2 (Θ⁽¹⁾ to Θ⁽²⁾)"},
        {file_with_theta("[" + std::string(kThetaOne) + ", [[1, 2, 3, 4]]]"),
         "nothing imported: 'network.theta[1]' (Θ⁽²⁾) must be 1 × 5 (1 unit, 4 inputs + bias); the file has 1 × 4"},
        {file_with_theta("[]"), "nothing imported: the file has no weights (theta)"},
        {R"({"config": {"hidden": [4]}})", "nothing imported: the file has no weights (theta)"},
        {R"({"config": {"hidden": [4]}, "network": {}})", "nothing imported: the file has no weights (theta)"},
        {file_with_theta("\"random\""), "nothing imported: 'network.theta' must be a list of matrices, or \"init\""},
    };
    for (const auto& [text, message] : cases) {
        Stepper stepper(find_lesson("xor")->config);
        stepper.run_steps(7);
        const uint64_t before = core::weights_hash(stepper.session().network());
        INFO(text);
        const Outcome outcome = import_into(text, stepper);
        REQUIRE_FALSE(outcome.imported);
        REQUIRE(outcome.problems.at(0).find(message) == 0);
        REQUIRE(core::weights_hash(stepper.session().network()) == before);  // the lab is as it was
        REQUIRE(stepper.session().steps() == 7);
    }
    Stepper stepper(find_lesson("xor")->config);
    const Outcome fits = import_into(file_with_theta("[" + std::string(kThetaOne) + ", " + kThetaTwo + "]"), stepper);
    REQUIRE(fits.imported);
    REQUIRE(stepper.session().network().theta[0](1, 2) == 6);
    REQUIRE(stepper.session().network().theta[1](0, 4) == 5);
}

TEST_CASE("\"theta\": \"init\" starts from the seed's weights; with a training state it is a contradiction",
          "[import]") {
    Stepper stepper(find_lesson("xor")->config);
    stepper.run_steps(5);
    const Outcome outcome = import_into(file_with_theta("\"init\""), stepper);
    REQUIRE(outcome.imported);
    LabConfig config = find_lesson("xor")->config;
    config.dataset = core::DatasetKind::Circle;
    config.points = 40;
    config.hidden = {4};
    REQUIRE(core::weights_hash(stepper.session().network()) == core::weights_hash(Session(config).network()));
    REQUIRE(stepper.session().steps() == 0);

    const std::string both = R"({"config": {}, "network": {"theta": "init"}, "training": {"steps": 3}})";
    const Outcome refused = import_into(both, stepper);
    REQUIRE_FALSE(refused.imported);
    REQUIRE(refused.problems.at(0).find("nothing imported: 'network.theta' is \"init\"") == 0);
}

TEST_CASE("an unknown field is a warning after an import, never beside a refusal", "[import]") {
    Stepper stepper(find_lesson("xor")->config);
    const Outcome warned =
        import_into(R"({"config": {"foo": 1, "alpha": 0.5}, "network": {"theta": "init"}})", stepper);
    REQUIRE(warned.imported);
    REQUIRE(warned.problems.empty());
    REQUIRE(warned.warnings == std::vector<std::string>{"config: unknown field 'foo' ignored"});
    REQUIRE(stepper.session().config().train.optimizer.alpha == 0.5);

    const Outcome refused =
        import_into(R"({"config": {"foo": 1, "alpha": -3}, "network": {"theta": "init"}})", stepper);
    REQUIRE_FALSE(refused.imported);
    REQUIRE(refused.problems == std::vector<std::string>{"nothing imported: config: 'alpha' must be a number in [0, 10]"});
    REQUIRE(stepper.session().config().train.optimizer.alpha == 0.5);
}

TEST_CASE("strict JSON in a state file: a byte order mark is fine, hex and duplicate keys are refused", "[import]") {
    Stepper stepper(find_lesson("xor")->config);
    stepper.run_steps(3);
    const std::string text = exported(stepper);
    Stepper bom(find_lesson("xor")->config);
    REQUIRE(import_into("\xEF\xBB\xBF" + text, bom).imported);
    REQUIRE(core::weights_hash(bom.session().network()) == core::weights_hash(stepper.session().network()));

    const Outcome hex = import_into(R"({"config": {"alpha": 0x1p-3}, "network": {"theta": "init"}})", bom);
    REQUIRE(hex.problems.at(0).find("nothing imported: not valid JSON: line 1, column 22: hexadecimal") == 0);
    const Outcome twice = import_into("{\"config\": {\"alpha\": 0.1,\n \"alpha\": 0.2}, \"network\": {\"theta\": \"init\"}}", bom);
    REQUIRE(twice.problems.at(0) == "nothing imported: not valid JSON: line 2, column 2: duplicate key 'alpha'");
    REQUIRE(core::weights_hash(bom.session().network()) == core::weights_hash(stepper.session().network()));
}

TEST_CASE("a bad training state names the field and changes nothing", "[import]") {
    Stepper original(find_lesson("xor")->config);
    original.run_steps(6);
    Json root;
    std::string error;
    REQUIRE(parse_json(exported(original), root, error));
    const std::pair<const char*, const char*> cases[] = {
        {"\"order\": [0, 0, 1, 2]", "'training.order' must list each of the 4 training examples (0 to 3) once"},
        {"\"next_in_epoch\": 4", "'training.next_in_epoch' must be below the 4 training examples"},
        {"\"shuffle_rng\": 12", "'training.shuffle_rng' must be a whole number from 0 to 2⁶⁴ − 1, written as a string"},
        {"\"shuffle_rng\": \"18446744073709551616\"", "'training.shuffle_rng' must be a whole number"},
        {"\"steps\": -1", "'training.steps' must be a whole number from 0"},
        {"\"optimizer\": {\"beta1_t\": 2}", "'training.optimizer.beta1_t' must be a number in [0, 1]"},
        {"\"optimizer\": {\"velocity\": [[[1]]]}",
          "'training.optimizer.velocity' has 1 matrix; the config's network needs 2"},
        {"\"history\": [{\"train_loss\": 1}]", "'training.history[0]' must be an object with an 'epoch'"},
    };
    for (const auto& change : cases) {
        // the exported file with one member of "training" replaced
        std::string text = exported(original);
        const std::string key = std::string(change.first).substr(0, std::string(change.first).find(':'));
        const size_t at = text.find(key, text.find("\"training\""));
        REQUIRE(at != std::string::npos);
        size_t end = at + key.size() + 1;
        int depth = 0;
        for (; end < text.size(); ++end) {  // to the end of the member's value
            const char c = text[end];
            if (c == '[' || c == '{') ++depth;
            if (c == ']' || c == '}') --depth;
            if (depth < 0 || (depth == 0 && c == ',')) break;
        }
        text.replace(at, end - at, change.first);
        Stepper stepper(find_lesson("xor")->config);
        stepper.run_steps(2);
        INFO(change.first);
        const Outcome outcome = import_into(text, stepper);
        REQUIRE_FALSE(outcome.imported);
        REQUIRE(outcome.problems.at(0).find(std::string("nothing imported: ") + change.second) == 0);
        REQUIRE(stepper.session().steps() == 2);
    }
}

TEST_CASE("an older file without a training state imports its weights as a new run's start", "[import]") {
    LabConfig config = find_lesson("backprop")->config;
    config.hidden = {5, 3};
    Stepper original(config);
    original.run_steps(40);
    const std::string old_file = state_json(original, {16, "", false});  // no "training", as files before it
    REQUIRE(old_file.find("\"training\"") == std::string::npos);
    Stepper stepper(find_lesson("xor")->config);
    const Outcome outcome = import_into(old_file, stepper);
    REQUIRE(outcome.imported);
    REQUIRE(config_to_json(stepper.session().config()) == config_to_json(config));
    REQUIRE(core::weights_hash(stepper.session().network()) == core::weights_hash(original.session().network()));
    REQUIRE(stepper.session().steps() == 0);
    stepper.reset();  // the imported weights are the start a reset returns to
    REQUIRE(core::weights_hash(stepper.session().network()) == core::weights_hash(original.session().network()));
}
