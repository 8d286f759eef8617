// Divergence: training pauses in the step that blew up, says why, and restores the weights before it bit for bit.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

#include "lab/teach/divergence.h"
#include "lab/teach/rising_loss.h"
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

namespace {

// Feeds epochs 0, 1, 2 … with these losses at α; returns the state after the last.
RisingLoss feed(RisingLossWatch& watch, const std::vector<double>& losses, double alpha = 10.0, long long first = 0) {
    RisingLoss state;
    for (size_t k = 0; k < losses.size(); ++k) state = watch.add_epoch(first + static_cast<long long>(k), losses[k], alpha);
    return state;
}

}  // namespace

TEST_CASE("rising loss: a loss that grows more than fivefold over five epochs warns, naming alpha", "[divergence]") {
    RisingLossWatch watch;
    const RisingLoss r = feed(watch, {2.3, 2.0, 2.4, 4.0, 8.0, 16.0, 31.0});
    REQUIRE(r.warning);
    REQUIRE(r.from_epoch == 1);
    REQUIRE(r.to_epoch == 6);
    REQUIRE(r.from_loss == 2.0);
    REQUIRE(r.to_loss == 31.0);
    REQUIRE(r.growth() == Approx(15.5));
    REQUIRE(rising_loss_message(r) ==
            "The training loss grew ×15.5 over the last 5 epochs (from 2 to 31): the learning rate α = 10 may be too "
            "large. Try α = 1.");
}

TEST_CASE("rising loss: what does not warn", "[divergence]") {
    RisingLossWatch watch;
    SECTION("a falling loss") { REQUIRE_FALSE(feed(watch, {2.3, 1.5, 1.0, 0.7, 0.5, 0.4, 0.35, 0.3}).warning); }
    SECTION("growth of exactly the factor, or less") {
        REQUIRE_FALSE(feed(watch, {1.0, 1.0, 1.0, 1.0, 1.0, 5.0}).warning);
        REQUIRE(feed(watch, {5.01}).warning);
    }
    SECTION("the first epochs: fewer than five before the newest") {
        REQUIRE_FALSE(feed(watch, {1.0, 1.0, 1.0, 1.0, 50.0}).warning);
    }
    SECTION("a rise from below a tenth of the first loss (a fitted run's wobble)") {
        // J₀ = 1: from 0.001 to 0.09 is ×90, but under 5 · 0.1 · J₀ = 0.5
        REQUIRE_FALSE(feed(watch, {1.0, 0.1, 0.01, 0.001, 0.001, 0.001, 0.09, 0.4}).warning);
        REQUIRE(feed(watch, {0.6}).warning);  // above 5 · max(0.001, 0.1): the rise counts
    }
    SECTION("NaN and infinity are the divergence check's") {
        REQUIRE_FALSE(feed(watch, {1.0, 1.0, 1.0, 1.0, 1.0, std::nan(""), HUGE_VAL}).warning);
    }
}

TEST_CASE("rising loss: the warning clears when the loss falls back, alpha changes or the run restarts",
          "[divergence]") {
    RisingLossWatch watch;
    REQUIRE(feed(watch, {1.0, 1.0, 1.0, 1.0, 1.0, 8.0}).warning);
    SECTION("still high: it stays, with the newest numbers") {
        const RisingLoss r = feed(watch, {9.0}, 10.0, 6);
        REQUIRE(r.warning);
        REQUIRE(r.to_epoch == 6);
        REQUIRE(r.to_loss == 9.0);
        REQUIRE(r.from_loss == 1.0);
    }
    SECTION("falls back within fivefold of where it grew from") {
        REQUIRE_FALSE(feed(watch, {4.5}, 10.0, 6).warning);
        REQUIRE_FALSE(watch.state().warning);
    }
    SECTION("alpha changes: cleared, and five more epochs are needed before it can warn again") {
        watch.restart_window();
        REQUIRE_FALSE(watch.state().warning);
        REQUIRE_FALSE(feed(watch, {8.0, 9.0, 10.0, 11.0, 12.0}, 1.0, 6).warning);
    }
    SECTION("the run restarts") {
        watch.reset();
        REQUIRE_FALSE(watch.state().warning);
        REQUIRE_FALSE(feed(watch, {8.0, 8.0, 8.0, 8.0, 8.0}).warning);
    }
}

namespace {

// Trains a fresh session of the lesson at `alpha_scale` × its α for up to `epochs` epochs (or `max_steps` updates),
// checking the warning after every step; the first epoch it was raised at, or −1.
long long first_warning(const Lesson& lesson, double alpha_scale, long long epochs, int max_steps,
                        std::string* message = nullptr) {
    LabConfig config = lesson.config;
    config.train.optimizer.alpha *= alpha_scale;
    Session session(config);
    if (!lesson.preset_theta.empty()) session.set_theta(lesson.preset_theta);
    for (int k = 0; k < max_steps && session.epoch() < epochs && session.can_step(); ++k) {
        session.train_steps(1);
        if (session.rising_loss().warning) {
            if (message) *message = rising_loss_message(session.rising_loss());
            return session.epoch();
        }
    }
    return -1;
}

}  // namespace

TEST_CASE("rising loss: no lesson warns at its own alpha", "[divergence]") {
    for (const Lesson& lesson : lessons()) {
        INFO("lesson " << lesson.number << " " << lesson.id);
        std::string message;
        REQUIRE(first_warning(lesson, 1.0, 300, 20000, &message) == -1);
    }
}

TEST_CASE("rising loss: a learning rate far too large warns, and names it", "[divergence]") {
    SECTION("α = 10 on the digits lesson: the loss climbs from about 2.3") {
        const Lesson& digits = *find_lesson("digits");
        std::string message;
        const long long epoch = first_warning(digits, 10.0 / digits.config.train.optimizer.alpha, 100, 20000, &message);
        INFO(message);
        REQUIRE(epoch > 0);
        REQUIRE(message.find("α = 10 may be too large. Try α = 1.") != std::string::npos);
    }
    SECTION("α = 10 on the softmax lesson, α = 3 on the architecture lesson") {
        REQUIRE(first_warning(*find_lesson("softmax"), 100.0, 100, 20000) > 0);
        REQUIRE(first_warning(*find_lesson("architecture"), 100.0, 100, 20000) > 0);
    }
}

TEST_CASE("rising loss: in a session, lowering alpha clears the warning and training goes on", "[divergence]") {
    LabConfig config = find_lesson("digits")->config;
    config.train.optimizer.alpha = 10.0;
    Session session(config);
    while (!session.rising_loss().warning && session.epoch() < 100) session.train_steps(1);
    REQUIRE(session.rising_loss().warning);
    REQUIRE(session.can_step());  // a warning, not a pause
    core::TrainConfig calmer = session.config().train;
    calmer.optimizer.alpha = 1.0;
    session.update_training(calmer);
    REQUIRE_FALSE(session.rising_loss().warning);
    session.reset();
    REQUIRE_FALSE(session.rising_loss().warning);
}
