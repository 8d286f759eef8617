// Divergence: training pauses in the step that blew up, says why, and restores the weights before it bit for bit.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

#include "lab/teach/divergence.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {

// Lesson 13 (y = w·x + b, MSE, full batch) with a learning rate far beyond 2/λ_max: |w| grows geometrically.
LabConfig exploding_regression(double alpha) {
    LabConfig config = find_lesson("gradient-descent")->config;
    config.train.optimizer.alpha = alpha;
    return config;
}

bool bit_identical(const core::Network& a, const core::Network& b) {
    if (a.theta.size() != b.theta.size()) return false;
    for (size_t l = 0; l < a.theta.size(); ++l) {
        if (a.theta[l].v.size() != b.theta[l].v.size()) return false;
        if (std::memcmp(a.theta[l].v.data(), b.theta[l].v.data(), a.theta[l].v.size() * sizeof(double)) != 0)
            return false;
    }
    return true;
}

// The step at which a fresh session of `config` diverges, found the slow way: one step at a time, checking the
// loss and every weight by hand. `last_finite` gets the weights restore must bring back: those before the bad step
// when a weight went bad, those before the step before it when the loss (measured before the update) did.
long long first_bad_step(const LabConfig& config, core::Network& last_finite) {
    Session probe(config);
    core::Trainer trainer = probe.trainer();
    core::Network before_previous = trainer.net;
    double first = -1;
    for (long long step = 1; step < 100000; ++step) {
        const core::Network before = trainer.net;
        const double loss = core::train_step(trainer, probe.train_set());
        bool weights_finite = true;
        for (const core::Matrix& t : trainer.net.theta)
            for (double w : t.v) weights_finite = weights_finite && std::isfinite(w);
        if (first < 0 && std::isfinite(loss)) first = loss;
        const bool loss_bad = !std::isfinite(loss) || loss > 1e6 * std::max(first, 1.0);
        if (loss_bad || !weights_finite) {
            last_finite = loss_bad && step > 1 ? before_previous : before;
            return step;
        }
        before_previous = before;
    }
    return -1;
}

}  // namespace

TEST_CASE("a huge alpha diverges: training pauses at the right step, names alpha, restores bit for bit",
          "[divergence]") {
    const LabConfig config = exploding_regression(9.0);
    core::Network expected_before;
    const long long bad_step = first_bad_step(config, expected_before);
    REQUIRE(bad_step > 1);

    Session session(config);
    const int made = session.train_steps(100000);
    REQUIRE(made == bad_step);  // stopped in that step, not after it
    REQUIRE(session.steps() == bad_step);
    REQUIRE_FALSE(session.can_step());
    const Divergence& d = session.divergence();
    REQUIRE(d.happened());
    REQUIRE(d.step == bad_step);
    REQUIRE(d.alpha == 9.0);
    const std::string message = divergence_message(d);
    INFO(message);
    REQUIRE(message.find("step " + std::to_string(bad_step)) != std::string::npos);
    REQUIRE(message.find("α = 9") != std::string::npos);
    REQUIRE(message.find("too large") != std::string::npos);

    // paused: more training does nothing
    REQUIRE(session.train_steps(10) == 0);
    REQUIRE(session.steps() == bad_step);

    REQUIRE(d.restores_to == bad_step - 2);  // the loss exploded: J is measured before the update
    REQUIRE(session.restore_last_finite());
    REQUIRE(session.can_step());
    REQUIRE(session.steps() == bad_step - 2);
    REQUIRE(bit_identical(session.network(), expected_before));
    for (const core::Matrix& t : session.network().theta)
        for (double w : t.v) REQUIRE(std::isfinite(w));
    REQUIRE_FALSE(session.restore_last_finite());  // nothing more to restore

    // deterministic: the same step diverges again, the same way
    REQUIRE(session.train_steps(5) == 2);
    REQUIRE(session.divergence().step == bad_step);
}

TEST_CASE("each kind of divergence is detected and named", "[divergence]") {
    SECTION("the loss explodes a millionfold before anything is infinite") {
        // α = 9 on lesson 13: |w| grows by a factor of about 8 per step, so J passes 10⁶·J₁ long before 1e308
        Session session(exploding_regression(9.0));
        session.train_steps(100000);
        REQUIRE(session.divergence().kind == DivergenceKind::LossExploded);
        REQUIRE(divergence_summary(session.divergence()).find("millionfold") != std::string::npos);
        REQUIRE(session.divergence().loss > 1e6 * std::max(session.divergence().reference, 1.0));
    }
    SECTION("a weight set to a value that overflows makes the loss infinite or NaN") {
        Session session(exploding_regression(0.1));
        REQUIRE(session.edit_weight(0, 0, 1, 1e6));
        LabConfig config = exploding_regression(0.1);
        // edit_weight caps |Θ| at 1e6; an overflow needs the watch itself: check it directly
        core::Trainer trainer = session.trainer();
        trainer.net.theta[0](0, 0) = std::numeric_limits<double>::infinity();
        DivergenceWatch watch;
        const Divergence d = watch.check_step(0.5, trainer, 0.1);
        REQUIRE(d.kind == DivergenceKind::WeightNotFinite);
        REQUIRE(d.layer == 0);
        REQUIRE(d.row == 0);
        REQUIRE(d.column == 0);
        REQUIRE(divergence_summary(d).find("Θ₁₀⁽¹⁾") != std::string::npos);
        const Divergence nan_loss = DivergenceWatch{}.check_step(std::nan(""), session.trainer(), 0.1);
        REQUIRE(nan_loss.kind == DivergenceKind::LossNotFinite);
        REQUIRE(divergence_summary(nan_loss).find("NaN") != std::string::npos);
    }
    SECTION("a large lambda is named as the likely cause") {
        LabConfig config = exploding_regression(0.5);
        config.train.regularization = core::Regularization::L2;
        config.train.lambda = 10.0;
        Session session(config);
        session.train_steps(100000);
        REQUIRE(session.divergence().happened());
        const std::string cause = divergence_cause(session.divergence());
        INFO(cause);
        REQUIRE(cause.find("λ = 10") != std::string::npos);
        REQUIRE(cause.find("α = 0.5") != std::string::npos);
    }
}

TEST_CASE("healthy runs never trip the divergence check", "[divergence]") {
    for (const Lesson& lesson : lessons()) {
        INFO("lesson " << lesson.number);
        Session session(lesson.config);
        if (!lesson.preset_theta.empty()) session.set_theta(lesson.preset_theta);
        REQUIRE(session.train_steps(300) == 300);
        REQUIRE(session.can_step());
    }
}

TEST_CASE("traced steps detect divergence too, and the stepper stops there", "[divergence]") {
    const LabConfig config = exploding_regression(9.0);
    core::Network expected_before;
    const long long bad_step = first_bad_step(config, expected_before);

    Stepper stepper(config);
    stepper.run_steps(static_cast<int>(bad_step - 1));
    REQUIRE(stepper.session().can_step());
    stepper.next_batch();  // the traced step that diverges
    REQUIRE(stepper.session().divergence().happened());
    REQUIRE(stepper.session().divergence().step == bad_step);
    REQUIRE(stepper.trace() != nullptr);  // the step that diverged can still be inspected
    stepper.next_batch();
    stepper.next_epoch();
    stepper.run_steps(10);
    REQUIRE(stepper.session().steps() == bad_step);

    REQUIRE(stepper.restore_last_finite());
    REQUIRE(bit_identical(stepper.session().network(), expected_before));
    REQUIRE(stepper.trace() == nullptr);
    REQUIRE(stepper.session().steps() == bad_step - 2);
    REQUIRE(stepper.timeline_length() == static_cast<int>(bad_step - 2));

    // free-running training through the stepper stops at the same step
    stepper.run_steps(10);
    REQUIRE(stepper.session().divergence().step == bad_step);
}

TEST_CASE("the history of a long run stays bounded and keeps its first and newest epochs", "[session]") {
    LabConfig config;
    config.dataset = core::DatasetKind::And;  // 4 rows, batch 10 → one step per epoch
    config.hidden = {};
    Session session(config);
    const int epochs = static_cast<int>(kMaxHistory) * 3 + 5;
    session.train_steps(epochs);
    REQUIRE(session.epoch() == epochs);
    REQUIRE(session.history().size() <= kMaxHistory);
    REQUIRE(session.history().size() >= kMaxHistory / 2);
    REQUIRE(session.history().front().epoch == 0);
    REQUIRE(session.history_stride() == 4);
    long long previous = -1;
    for (const EpochRecord& r : session.history()) {
        REQUIRE(r.epoch > previous);
        REQUIRE(r.epoch % session.history_stride() == 0);
        previous = r.epoch;
    }
    REQUIRE(session.epoch() - session.history().back().epoch < session.history_stride());
    session.reset();
    REQUIRE(session.history().size() == 1);
    REQUIRE(session.history_stride() == 1);
}

TEST_CASE("after a divergence, a lowered alpha survives the restore and training goes on", "[divergence]") {
    Session session(exploding_regression(9.0));
    session.train_steps(1000);
    REQUIRE(session.divergence().happened());
    core::TrainConfig calmer = session.config().train;
    calmer.optimizer.alpha = 0.1;
    session.update_training(calmer);
    REQUIRE_FALSE(session.can_step());  // new settings do not repair NaN weights: restoring does
    REQUIRE(session.restore_last_finite());
    REQUIRE(session.trainer().config.optimizer.alpha == 0.1);
    REQUIRE(session.train_steps(2000) == 2000);
    REQUIRE(session.can_step());
}
