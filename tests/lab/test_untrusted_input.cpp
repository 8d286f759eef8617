// Every input is untrusted: URL state, JSON import, CSV import, typed expressions, typed weights, and configs that
// reach the Session by any other path. A bad value gets a message naming the field and what is allowed; the
// previous state stays; nothing crashes. The caps of core/limits.h hold on every path.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "core/dataset.h"
#include "core/expression.h"
#include "core/limits.h"
#include "lab/io/config_io.h"
#include "lab/lessons/lesson_state.h"
#include "lab/teach/session.h"
#include "lab/teach/stepper.h"
#include "lab/surface/surface.h"
#include "lab/io/url_state.h"

using namespace lab;

namespace {

bool mentions(const std::vector<std::string>& messages, const std::string& text) {
    for (const std::string& m : messages)
        if (m.find(text) != std::string::npos) return true;
    return false;
}

std::vector<std::string> apply_json(const std::string& text, LabConfig& config) {
    Json json;
    std::string error;
    REQUIRE(parse_json(text, json, error));
    return apply_config_json(json, config);
}

}  // namespace

TEST_CASE("the limits: 8 layers in total (6 hidden), 32 units, 10,000 points, 256 x 256 surface", "[limits]") {
    STATIC_REQUIRE(core::kMaxLayers == 8);
    STATIC_REQUIRE(core::kMaxHiddenLayers + 2 == core::kMaxLayers);
    STATIC_REQUIRE(kMaxHiddenLayers == core::kMaxHiddenLayers);
    STATIC_REQUIRE(kMaxUnits == 32);
    STATIC_REQUIRE(kMaxPoints == 10000);
    STATIC_REQUIRE(kMaxSurfaceResolution <= core::kMaxSurfaceGrid);
    STATIC_REQUIRE((kMaxSurfaceResolution | 1) <= core::kMaxSurfaceGrid);  // the odd grid size actually sampled
}

TEST_CASE("JSON import: caps and bad values are named, the previous value stays", "[untrusted]") {
    LabConfig config;
    config.hidden = {5};
    config.train.optimizer.alpha = 0.3;
    auto problems = apply_json(R"({"hidden":[1,2,3,4,5,6,7]})", config);
    REQUIRE(mentions(problems, "'hidden' must be a list of at most 6 layer sizes"));
    problems = apply_json(R"({"hidden":[33]})", config);
    REQUIRE(mentions(problems, "from 1 to 32"));
    problems = apply_json(R"({"points":10001,"alpha":"fast","lambda":-1,"batch_size":0.5})", config);
    REQUIRE(mentions(problems, "'points' must be a whole number from 4 to 10000"));
    REQUIRE(mentions(problems, "'alpha' must be a number"));
    REQUIRE(mentions(problems, "'lambda' must be a number in [0, 10]"));
    REQUIRE(mentions(problems, "'batch_size'"));
    REQUIRE(config.hidden == std::vector<int>{5});
    REQUIRE(config.train.optimizer.alpha == 0.3);
    REQUIRE(config.points == LabConfig{}.points);
    // 1e999 is read as a number too large for a double: refused, not turned into infinity
    Json json;
    std::string error;
    if (parse_json(R"({"alpha":1e999})", json, error)) REQUIRE(mentions(apply_config_json(json, config), "'alpha'"));
    REQUIRE(config.train.optimizer.alpha == 0.3);
}

TEST_CASE("a config beyond the limits never reaches a network, whatever path it came by", "[untrusted]") {
    LabConfig config;
    config.hidden = {4, 4, 4, 4, 4, 4, 4};  // 7 hidden layers: 9 in total
    std::vector<std::string> problems;
    const LabConfig checked = checked_config(config, LabConfig{}, &problems);
    REQUIRE(mentions(problems, "'hidden'"));
    REQUIRE(checked.hidden == LabConfig{}.hidden);
    Session session(config);
    REQUIRE(session.network().layer_count() <= core::kMaxLayers);

    config = LabConfig{};
    config.hidden = {64};
    config.points = 1000000;
    config.train.optimizer.alpha = std::numeric_limits<double>::quiet_NaN();
    config.train.batch_size = -3;
    Session big(config);
    for (size_t l = 1; l < big.network().sizes.size(); ++l) REQUIRE(big.network().sizes[l] <= core::kMaxUnits);
    REQUIRE(big.train_set().count() + big.test_set().count() <= core::kMaxPoints);
    REQUIRE(std::isfinite(big.config().train.optimizer.alpha));
    REQUIRE(big.config().train.batch_size >= 1);

    // the UI's training settings: a bad one keeps its previous value
    core::TrainConfig train = session.config().train;
    const double alpha = train.optimizer.alpha;
    train.optimizer.alpha = -1;
    train.lambda = std::numeric_limits<double>::infinity();
    session.update_training(train);
    REQUIRE(session.config().train.optimizer.alpha == alpha);
    REQUIRE(session.config().train.lambda == LabConfig{}.train.lambda);
}

TEST_CASE("URL state: caps and bad values are named, nothing crashes, a diverging link opens paused",
          "[untrusted][url]") {
    UrlState state;
    auto notices = decode("lesson=3&hidden=1,2,3,4,5,6,7&points=20000&alpha=nan&w=0:0:0:1e400", state);
    REQUIRE(mentions(notices, "'hidden'"));
    REQUIRE(mentions(notices, "'points'"));
    REQUIRE(mentions(notices, "'alpha'"));
    REQUIRE(mentions(notices, "'w'"));
    REQUIRE(state.config.hidden == lesson_state(3).config.hidden);

    notices = decode("lesson=13&alpha=9&steps=200&cursor=5", state);
    REQUIRE(notices.empty());
    Stepper stepper(state.config);
    notices = apply_url_state(state, stepper);
    REQUIRE(mentions(notices, "diverged"));
    REQUIRE(mentions(notices, "'cursor' ignored"));
    REQUIRE(stepper.session().divergence().happened());
    REQUIRE(stepper.trace() == nullptr);

    // garbage of every kind: notices, no crash
    for (const char* hash : {"%", "%%%", "&&&=&=", "lesson=%FF%FE", "w=::::,,,:", "hidden=,,,", "steps=-1",
                             "cursor=99999999999999999999", "lesson=999999999999", "expr=((((((((", "=x", "theme=%00"}) {
        INFO(hash);
        decode(hash, state);
        Stepper s(state.config);
        apply_url_state(state, s);
    }
}

TEST_CASE("CSV import: at most 10,000 rows and 64 inputs, with a message", "[untrusted][csv]") {
    core::CsvOptions options;
    core::Dataset data;
    data.name = "before";
    std::vector<std::string> errors;
    std::string text;
    for (int i = 0; i < core::kMaxPoints + 1; ++i) text += "0.5,0.25,1\n";
    REQUIRE_FALSE(core::load_csv(text, options, data, errors));
    REQUIRE(mentions(errors, "at most 10000 data points"));
    REQUIRE(data.name == "before");

    std::string wide;
    for (int c = 0; c < 65; ++c) wide += "1,";
    REQUIRE_FALSE(core::load_csv(wide + "0\n", options, data, errors));
    REQUIRE(mentions(errors, "the limit is 64 input features"));

    text.clear();
    for (int i = 0; i < core::kMaxPoints; ++i) text += "0.5,0.25,1\n";
    REQUIRE(core::load_csv(text, options, data, errors));
    REQUIRE(data.count() == core::kMaxPoints);
}

TEST_CASE("typed expressions: too long, too deep and malformed are refused with a column", "[untrusted]") {
    core::ParsedExpression out;
    core::ExpressionError error;
    const std::vector<core::Assignment> values = {{"x", 1.0}};
    REQUIRE_FALSE(core::parse_expression(std::string(2000, 'x'), values, out, error));
    REQUIRE_FALSE(error.message.empty());
    REQUIRE_FALSE(core::parse_expression(std::string(5000, '(') + "x" + std::string(5000, ')'), values, out, error));
    REQUIRE_FALSE(error.message.empty());
    REQUIRE_FALSE(core::parse_expression(std::string(400, '-') + "x", values, out, error));
    for (const char* bad : {"", ")", "x +", "max(x)", "exp(", "1e", "\xFF\xFE", "x ^ ^ x", "y"}) {
        INFO(bad);
        REQUIRE_FALSE(core::parse_expression(bad, values, out, error));
        REQUIRE(error.message.find("column") == 0);
    }
    std::vector<core::Assignment> assignments;
    REQUIRE_FALSE(core::parse_assignments("x = 1e999", assignments, error));
    REQUIRE_FALSE(core::parse_assignments("x = 1, x = 2", assignments, error));
}

TEST_CASE("typed weights: out of range, not finite or outside the network are refused; weights unchanged",
          "[untrusted]") {
    Stepper stepper(LabConfig{});
    const core::Network before = stepper.session().network();
    const double inf = std::numeric_limits<double>::infinity(), nan = std::numeric_limits<double>::quiet_NaN();
    REQUIRE_FALSE(stepper.edit_weight(0, 0, 0, nan));
    REQUIRE_FALSE(stepper.edit_weight(0, 0, 0, inf));
    REQUIRE_FALSE(stepper.edit_weight(0, 0, 0, 1.5e6));
    REQUIRE_FALSE(stepper.edit_weight(-1, 0, 0, 1));
    REQUIRE_FALSE(stepper.edit_weight(99, 0, 0, 1));
    REQUIRE_FALSE(stepper.edit_weight(0, 99, 0, 1));
    REQUIRE_FALSE(stepper.edit_weight(0, 0, -1, 1));
    REQUIRE_FALSE(stepper.edit_weight(0, 0, 3, 1));  // Θ⁽¹⁾ of a 2-input network has columns 0..2
    for (size_t l = 0; l < before.theta.size(); ++l) REQUIRE(stepper.session().network().theta[l].v == before.theta[l].v);
    REQUIRE_FALSE(stepper.session().set_theta({1.0, 2.0}));
}

TEST_CASE("a refused typed weight keeps the step being shown; an accepted one ends it", "[untrusted]") {
    Stepper stepper(LabConfig{});
    for (int k = 0; k < 5; ++k) stepper.next_event();
    REQUIRE_FALSE(stepper.edit_weight(0, 0, 0, 2e6));
    REQUIRE(stepper.trace() != nullptr);
    REQUIRE(stepper.cursor() == 4);
    REQUIRE(stepper.edit_weight(0, 0, 0, 0.5));
    REQUIRE(stepper.trace() == nullptr);
    REQUIRE(stepper.session().network().theta[0](0, 0) == 0.5);
}

TEST_CASE("surface grid requests are clamped to the cap", "[untrusted][limits]") {
    Session session(LabConfig{});
    SurfaceSpec spec;
    spec.resolution = 1 << 30;
    SurfaceSampler sampler;
    REQUIRE(sampler.start(spec, session.network(), session.train_set(), session.config().train));
    REQUIRE(sampler.grid().resolution <= core::kMaxSurfaceGrid);
    spec.resolution = -5;
    spec.span = std::numeric_limits<double>::quiet_NaN();
    REQUIRE_FALSE(sampler.start(spec, session.network(), session.train_set(), session.config().train));
}

TEST_CASE("every lesson's own config is within the limits (the Session's check changes none of them)", "[limits]") {
    for (const Lesson& lesson : lessons()) {
        INFO("lesson " << lesson.number);
        std::vector<std::string> problems;
        checked_config(lesson.config, LabConfig{}, &problems);
        REQUIRE(problems.empty());
        REQUIRE(config_to_json(Session(lesson.config).config()) == config_to_json(lesson.config));
    }
}
