#include <catch2/catch.hpp>

#include "lab/lessons.h"
#include "lab/live_losses.h"

using namespace lab;

TEST_CASE("live losses follow every update of a small network", "[live_losses]") {
    Session session(find_lesson("perceptron")->config);
    LiveLosses live;
    CHECK(live.update(session).train_loss == session.current().train_loss);
    REQUIRE(session.train_steps(30) == 30);
    CHECK(session.history().back().epoch == 0);  // no epoch completed: the history still shows the start
    const EpochRecord& now = live.update(session);
    CHECK(now.train_loss == session.current().train_loss);
    CHECK(now.test_accuracy == session.current().test_accuracy);
    CHECK(now.train_loss != session.history().back().train_loss);
    live.update(session);  // nothing changed: no new evaluation
    CHECK(live.evaluations() == 2);
}

TEST_CASE("live losses of a large network catch up within a few frames", "[live_losses]") {
    Session session(find_lesson("digits")->config);
    LiveLosses live;
    const double before = live.update(session).train_loss;
    REQUIRE(session.train_steps(1) == 1);
    for (int frame = 1; frame < LiveLosses::kLargeRefreshFrames; ++frame)
        CHECK(live.update(session).train_loss == before);
    CHECK(live.update(session).train_loss == session.current().train_loss);
    CHECK(live.evaluations() == 2);
}

TEST_CASE("live losses notice new data with the same weights", "[live_losses]") {
    LabConfig config = find_lesson("perceptron")->config;
    Session a(config);
    LiveLosses live;
    const double loss_a = live.update(a).train_loss;
    config.data_seed += 1;
    Session b(config);
    REQUIRE(core::weights_hash(a.network()) == core::weights_hash(b.network()));
    CHECK(live.update(b).train_loss == b.current().train_loss);
    CHECK(live.update(b).train_loss != loss_a);
}
