// The student's own points travel in State JSON and in links bit for bit, with their shapes checked.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <memory>

#include "core/limits.h"
#include "core/network.h"
#include "lab/io/config_io.h"
#include "lab/io/custom_data.h"
#include "lab/io/export.h"
#include "lab/io/state_json.h"
#include "lab/io/url_state.h"
#include "lab/lessons/lessons.h"

using namespace lab;

namespace {

// Points whose coordinates need all 17 digits, so that a lossy encoding would show.
core::Dataset awkward_points(core::Task task, int count) {
    core::Dataset d;
    d.name = "custom";
    d.task = task;
    d.n_in = 2;
    d.n_out = task == core::Task::MulticlassClassification ? 3 : 1;
    for (int i = 0; i < count; ++i) {
        const double x[2] = {0.1 * i + 1.0 / 3.0, -std::sqrt(2.0 + i)};
        std::vector<double> y(static_cast<size_t>(d.n_out), 0.0);
        if (task == core::Task::Regression) y[0] = 1.0 / (i + 7.0);
        else if (task == core::Task::BinaryClassification) y[0] = i % 2;
        else y[static_cast<size_t>(i % 3)] = 1.0;
        d.append(x, y.data());
    }
    return d;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

LabConfig custom_config(const core::Dataset& data) {
    LabConfig c = find_lesson("xor")->config;
    c.dataset = core::DatasetKind::Custom;
    c.custom = std::make_shared<const core::Dataset>(data);
    return c;
}

}  // namespace

TEST_CASE("own points: State JSON export and import give the same points and the same training", "[custom]") {
    for (core::Task task : {core::Task::BinaryClassification, core::Task::MulticlassClassification,
                            core::Task::Regression}) {
        LabConfig config = custom_config(awkward_points(task, 30));
        suit_task(task, config);  // the output layer and loss "Use this data" picks
        config.train.optimizer.alpha = 0.01;  // a few calm steps: the test is about the points, not the training
        Stepper original(config);
        original.run_steps(5);
        StateExtras extras;
        extras.with_run = true;
        const std::string file = state_json(original, extras);
        REQUIRE(file.find("\"custom_data\"") != std::string::npos);

        Stepper imported(find_lesson("xor")->config);
        ImportedState state;
        std::vector<std::string> problems;
        const bool read = import_state(file, state, problems);
        INFO((problems.empty() ? std::string() : problems[0]));
        REQUIRE(read);
        REQUIRE(restore_state(state, imported, problems));
        const core::Dataset& a = *original.session().config().custom;
        const core::Dataset& b = *imported.session().config().custom;
        CHECK(same_bits(a.x, b.x));
        CHECK(same_bits(a.y, b.y));
        CHECK(b.task == task);
        CHECK(same_bits(imported.session().train_set().x, original.session().train_set().x));
        original.run_steps(3);
        imported.run_steps(3);
        CHECK(core::weights_hash(imported.session().network()) == core::weights_hash(original.session().network()));
    }
}

TEST_CASE("own points: a bad custom_data is refused and names what is wrong", "[custom]") {
    const std::string head = R"({"network": {"theta": "init"}, "config": {"dataset": "custom", "custom_data": )";
    const std::pair<std::string, std::string> cases[] = {
        {R"({"task": "binary", "inputs": 2, "x": [1, 2, 3], "y": [0, 1]})",
         "'custom_data.x' must hold 2 × 2 numbers (a row of inputs for each y); it has 3"},
        {R"({"task": "binary", "inputs": 2, "x": [1, 2, 3, 4], "y": [0, 2]})",
         "'custom_data.y[1]' must be a class index from 0 to 1"},
        {R"({"task": "sorting", "inputs": 2, "x": [1, 2], "y": [0]})",
         "'custom_data.task' must be binary, multiclass or regression"},
        {R"({"task": "regression", "inputs": 0, "x": [], "y": [0]})",
         "'custom_data.inputs' must be a whole number from 1 to 64"},
    };
    for (const auto& c : cases) {
        ImportedState state;
        std::vector<std::string> problems;
        CHECK_FALSE(import_state(head + c.first + "}}", state, problems));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0] == "nothing imported: config: 'dataset' is custom but " + c.second);
    }
}

TEST_CASE("own points: a link carries up to 200 points bit for bit", "[custom]") {
    for (core::Task task : {core::Task::BinaryClassification, core::Task::MulticlassClassification,
                            core::Task::Regression}) {
        UrlState state = lesson_state(find_lesson("xor")->number);
        state.config = custom_config(awkward_points(task, core::kMaxLinkPoints));
        const std::string link = encode(state);
        REQUIRE(link.find("&data=") != std::string::npos);
        const DecodedLink back = decode_link(link);
        CHECK(back.notices.empty());
        REQUIRE(back.state.config.custom);
        CHECK(back.state.config.dataset == core::DatasetKind::Custom);
        CHECK(same_bits(back.state.config.custom->x, state.config.custom->x));
        CHECK(same_bits(back.state.config.custom->y, state.config.custom->y));
        CHECK(encode(back.state) == link);
    }
    UrlState many = lesson_state(find_lesson("xor")->number);
    many.config = custom_config(awkward_points(core::Task::BinaryClassification, core::kMaxLinkPoints + 1));
    CHECK(encode(many).find("data=") == std::string::npos);  // too many for a link: State JSON carries them
    CHECK(custom_data_link(*many.config.custom).empty());

    const DecodedLink bad = decode_link("lesson=1&data=b:2~1,2,0~3,4");
    REQUIRE(bad.notices.size() == 1);
    CHECK(bad.notices[0] == "'data' point 2 has 2 numbers; each has 2 inputs and its y; ignored");
}

TEST_CASE("own points: the session keeps the very points it was given, and refuses a set of the wrong shape",
          "[custom]") {
    const LabConfig config = custom_config(awkward_points(core::Task::BinaryClassification, 12));
    const LabConfig checked = checked_config(config);
    CHECK(checked.custom == config.custom);  // the same points, not a copy read back from text

    core::Dataset broken = awkward_points(core::Task::BinaryClassification, 12);
    broken.x[3] = std::nan("");
    std::vector<std::string> problems;
    const LabConfig refused = checked_config(custom_config(broken), LabConfig{}, &problems);
    CHECK_FALSE(refused.custom);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "'custom_data.x[3]' must be a finite number; the starter points used");
}
