#include <catch2/catch.hpp>

#include "lab/io/json.h"
#include "lab/lessons/lessons.h"
#include "lab/io/report.h"
#include "lab/teach/session.h"

using namespace lab;

TEST_CASE("there are 17 lessons in the lecture's order, each findable by number and id", "[lessons]") {
    REQUIRE(lessons().size() == 17);
    for (const Lesson& lesson : lessons()) {
        REQUIRE(find_lesson(std::to_string(lesson.number)) == &lesson);
        REQUIRE(find_lesson(lesson.id) == &lesson);
        REQUIRE_FALSE(lesson.caption.empty());
        REQUIRE_FALSE(lesson.formula.empty());
    }
    REQUIRE(find_lesson("xor")->number == 3);
    REQUIRE(find_lesson("digits")->number == 17);
    REQUIRE(find_lesson("nope") == nullptr);
    REQUIRE(find_lesson("0") == nullptr);
}

TEST_CASE("every lesson builds a session that trains without NaN", "[lessons]") {
    for (const Lesson& lesson : lessons()) {
        INFO("lesson " << lesson.number << " " << lesson.id);
        Session session(lesson.config);
        if (!lesson.preset_theta.empty()) REQUIRE(session.set_theta(lesson.preset_theta));
        session.train_steps(20);
        const EpochRecord now = session.current();
        REQUIRE(std::isfinite(now.train_loss));
        REQUIRE(std::isfinite(now.test_loss));
        REQUIRE(session.steps() == 20);
    }
}

TEST_CASE("a session records one history entry per epoch and resets to the same weights", "[session]") {
    LabConfig config;
    config.points = 100;
    config.train.batch_size = 10;  // 50 training points: 5 steps an epoch
    Session session(config);
    const uint64_t initial = core::weights_hash(session.network());
    session.train_steps(23);
    REQUIRE(session.epoch() == 4);
    REQUIRE(session.history().size() == 5);  // epoch 0 plus four
    REQUIRE(session.history().back().epoch == 4);
    session.reset();
    REQUIRE(core::weights_hash(session.network()) == initial);
    REQUIRE(session.history().size() == 1);
}

TEST_CASE("set_theta refuses weights of the wrong count or non-finite values", "[session]") {
    Session session(find_lesson("logic-gates")->config);
    const uint64_t before = core::weights_hash(session.network());
    REQUIRE_FALSE(session.set_theta({1.0, 2.0}));
    REQUIRE_FALSE(session.set_theta({1.0, 2.0, NAN}));
    REQUIRE(core::weights_hash(session.network()) == before);
    REQUIRE(session.set_theta({-30.0, 20.0, 20.0}));
    REQUIRE(session.network().theta[0](0, 0) == -30.0);
    REQUIRE(session.current().train_accuracy == 1.0);  // the lecture's AND weights are already right
}

TEST_CASE("the example report carries z, a, delta and dtheta for every layer", "[report]") {
    Session session(find_lesson("backprop")->config);
    session.train_steps(10);
    JsonWriter out;
    write_example_json(session, 3, out);
    Json j;
    std::string error;
    REQUIRE(parse_json(out.str(), j, error));
    const Json& layers = *j.find("layers");
    REQUIRE(layers.items.size() == 4);  // L = 4
    REQUIRE(layers.items[0].find("z") == nullptr);
    REQUIRE(layers.items[3].find("delta")->items.size() == 1);
    // δ⁽⁴⁾ = a⁽⁴⁾ − y for sigmoid + cross-entropy
    const double a4 = layers.items[3].find("a")->items[0].number;
    const double y = j.find("y")->items[0].number;
    REQUIRE(layers.items[3].find("delta")->items[0].number == a4 - y);
    REQUIRE(j.find("dtheta")->items.size() == 3);
}

TEST_CASE("editing one weight changes only that weight and refuses bad input", "[session]") {
    Session session(find_lesson("backprop")->config);
    session.train_steps(5);
    const core::Network before = session.network();
    REQUIRE(session.edit_weight(1, 1, 2, 0.75));
    REQUIRE(session.network().theta[1](1, 2) == 0.75);
    REQUIRE(session.network().theta[0].v == before.theta[0].v);
    REQUIRE(session.steps() == 5);  // training goes on from here
    REQUIRE_FALSE(session.edit_weight(3, 0, 0, 1.0));
    REQUIRE_FALSE(session.edit_weight(1, 2, 0, 1.0));
    REQUIRE_FALSE(session.edit_weight(1, 0, 5, 1.0));  // Θ⁽²⁾ is 2 × (4 + 1)
    REQUIRE_FALSE(session.edit_weight(0, 0, 0, NAN));
    REQUIRE_FALSE(session.edit_weight(0, 0, 0, 2e6));
    REQUIRE(session.network().theta[1](1, 2) == 0.75);
}

TEST_CASE("new training settings apply to the weights as they are", "[session]") {
    Session session(find_lesson("backprop")->config);
    session.train_steps(30);
    const uint64_t trained = core::weights_hash(session.network());
    core::TrainConfig train = session.config().train;
    train.optimizer.alpha = 0.5;
    train.batch_size = 3;
    session.update_training(train);
    REQUIRE(core::weights_hash(session.network()) == trained);
    REQUIRE(session.steps() == 30);
    REQUIRE(session.config().train.optimizer.alpha == 0.5);
    const std::vector<int> batch = core::next_batch(session.trainer(), session.train_set().count());
    REQUIRE(batch.size() == 3);
    session.train_steps(1);
    REQUIRE(core::weights_hash(session.network()) != trained);
}

TEST_CASE("epoch progress counts the share of the current epoch done", "[session]") {
    Session session(find_lesson("backprop")->config);
    const int n = session.train_set().count(), batch = session.config().train.batch_size;
    REQUIRE(n % batch == 0);  // whole batches per epoch: the fractions below are exact
    CHECK(session.epoch_progress() == 0.0);
    REQUIRE(session.train_steps(3) == 3);
    CHECK(session.epoch_progress() == Approx(3.0 * batch / n));
    REQUIRE(session.train_steps(n / batch - 3) == n / batch - 3);
    CHECK(session.epoch() == 1);
    CHECK(session.epoch_progress() == 1.0);
}
