#include <catch2/catch.hpp>

#include <cmath>

#include "lab/lessons/lessons.h"
#include "lab/teach/live_losses.h"

using namespace lab;

TEST_CASE("live losses follow every update of a small network", "[live_losses]") {
    Session session(find_lesson("perceptron")->config);
    LiveLosses live;
    CHECK(live.update(session, session.network(), session.epoch_progress()).train_loss == session.current().train_loss);
    REQUIRE(session.train_steps(30) == 30);
    CHECK(session.history().back().epoch == 0);  // no epoch completed: the history still shows the start
    const EpochRecord& now = live.update(session, session.network(), session.epoch_progress());
    CHECK(now.train_loss == session.current().train_loss);
    CHECK(now.test_accuracy == session.current().test_accuracy);
    CHECK(now.train_loss != session.history().back().train_loss);
    CHECK(live.test_confusion().total() == session.test_set().count());
    CHECK(live.test_confusion().correct() ==
          static_cast<int>(std::lround(now.test_accuracy * session.test_set().count())));
    live.update(session, session.network(), session.epoch_progress());  // nothing changed: no new evaluation
    CHECK(live.evaluations() == 2);
}

TEST_CASE("live losses evaluate the network they are given (the one shown at the cursor)", "[live_losses]") {
    Session session(find_lesson("perceptron")->config);
    const core::Network start = session.network();
    REQUIRE(session.train_steps(30) == 30);
    LiveLosses live;
    Session untrained(find_lesson("perceptron")->config);
    CHECK(live.update(session, start, session.epoch_progress()).train_loss == untrained.current().train_loss);
}

TEST_CASE("live losses of a large network catch up within a few frames", "[live_losses]") {
    Session session(find_lesson("digits")->config);
    LiveLosses live;
    const double before = live.update(session, session.network(), session.epoch_progress()).train_loss;
    REQUIRE(session.train_steps(1) == 1);
    const std::vector<int> counts_before = live.test_confusion().counts;
    for (int frame = 1; frame < LiveLosses::kLargeRefreshFrames; ++frame) {
        CHECK(live.update(session, session.network(), session.epoch_progress()).train_loss == before);
        CHECK(live.epoch_x() == 0.0);  // the x of the values shown, not of the session now
    }
    CHECK(live.update(session, session.network(), session.epoch_progress()).train_loss == session.current().train_loss);
    CHECK(live.epoch_x() == session.epoch_progress());
    core::Batch scratch;  // the matrix refreshed with the losses, cell by cell
    std::vector<int> predicted;
    core::evaluate(session.network(), session.config().train.loss, session.test_set(), scratch, &predicted);
    CHECK(live.test_confusion().counts == confusion_matrix(session.test_set(), predicted).counts);
    CHECK(live.test_confusion().counts != counts_before);
    CHECK(live.evaluations() == 2);
    live.invalidate();  // a new session: evaluated at once, however large
    Session other(find_lesson("digits")->config);
    REQUIRE(other.train_steps(2) == 2);
    CHECK(live.update(other, other.network(), other.epoch_progress()).train_loss == other.current().train_loss);
}

TEST_CASE("live losses notice new data, a new activation and a new loss with the same weights", "[live_losses]") {
    LabConfig config = find_lesson("architecture")->config;
    Session a(config);
    LiveLosses live;
    const double loss_a = live.update(a, a.network(), a.epoch_progress()).train_loss;

    LabConfig other_data = config;
    other_data.data_seed += 1;
    Session b(other_data);
    REQUIRE(core::weights_hash(a.network()) == core::weights_hash(b.network()));
    CHECK(live.update(b, b.network(), b.epoch_progress()).train_loss == b.current().train_loss);
    CHECK(b.current().train_loss != loss_a);

    LabConfig relu = config;
    relu.hidden_activation = core::Activation::ReLU;
    Session c(relu);
    REQUIRE(core::weights_hash(a.network()) == core::weights_hash(c.network()));
    live.update(a, a.network(), a.epoch_progress());  // back to a: only the activation differs from c
    CHECK(live.update(c, c.network(), c.epoch_progress()).train_loss == c.current().train_loss);
    CHECK(c.current().train_loss != a.current().train_loss);

    Session d(config);
    core::TrainConfig mse = config.train;
    mse.loss = core::Loss::MSE;
    d.update_training(mse);
    live.update(a, a.network(), a.epoch_progress());  // only the loss differs from d
    CHECK(live.update(d, d.network(), d.epoch_progress()).train_loss == d.current().train_loss);
    CHECK(d.current().train_loss != a.current().train_loss);
}
