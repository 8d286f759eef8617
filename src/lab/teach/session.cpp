#include "lab/teach/session.h"

#include <cmath>
#include <utility>

#include "lab/io/config_io.h"
#include "core/init.h"
#include "core/optimizer.h"
#include "core/rng.h"

namespace lab {
namespace {

bool is_truth_table(core::DatasetKind kind) {
    return kind == core::DatasetKind::And || kind == core::DatasetKind::Or || kind == core::DatasetKind::XorGate ||
           kind == core::DatasetKind::Nand;
}

}  // namespace

Session::Session(const LabConfig& config) : config_(checked_config(config)) {
    const LabConfig& c = config_;  // checked: within core/limits.h
    const bool own = c.dataset == core::DatasetKind::Custom && c.custom;
    const core::Dataset all = own ? *c.custom : core::make_dataset(c.dataset, c.points, c.noise, c.data_seed);
    if (is_truth_table(c.dataset)) {
        train_ = test_ = all;  // four rows: nothing to hold out, the table is the test
    } else {
        core::split_dataset(all, c.train_fraction, c.data_seed + 1, train_, test_);
    }
    features_ = core::applied_features(c.features, all.n_in);
    if (features_) {  // the network reads φ(x); the plane keeps the points
        train_points_ = std::move(train_);
        test_points_ = std::move(test_);
        train_ = core::with_features(train_points_, features_);
        test_ = core::with_features(test_points_, features_);
    }
    reset();
}

void Session::reset() {
    core::Network net = core::make_network(layer_sizes(config_, train_), config_.hidden_activation,
                                           config_.output_activation);
    core::Rng rng(config_.seed);
    core::initialize(net, config_.init, rng, config_.init_epsilon);
    if (static_cast<int>(initial_theta_.size()) == net.weight_count()) {  // a lesson's preset or the student's edits
        size_t k = 0;
        for (core::Matrix& theta : net.theta)
            for (double& w : theta.v) w = initial_theta_[k++];
    }
    trainer_ = core::make_trainer(net, config_.train, config_.seed, train_.count());
    edited_during_training_ = false;
    start_run();
}

void Session::start_run() {
    history_.clear();
    history_stride_ = 1;
    watch_.reset();
    divergence_ = Divergence{};
    rising_.reset();
    kept_ = 0;
    record_epoch();  // epoch 0: the weights the run starts from
    watch_rising_loss(core::learning_rate_at(config_.train.optimizer, 0));
}

bool Session::set_theta(const std::vector<double>& flat) {
    if (static_cast<int>(flat.size()) != trainer_.net.weight_count()) return false;
    for (double w : flat)
        if (!std::isfinite(w)) return false;
    initial_theta_ = flat;
    reset();
    return true;
}

bool Session::edit_weight(int layer, int row, int column, double value) {
    if (layer < 0 || layer >= static_cast<int>(trainer_.net.theta.size())) return false;
    core::Matrix& theta = trainer_.net.theta[static_cast<size_t>(layer)];
    if (row < 0 || row >= theta.rows || column < 0 || column >= theta.cols) return false;
    if (!std::isfinite(value) || value > 1e6 || value < -1e6) return false;
    theta(row, column) = value;
    if (trainer_.steps == 0) {
        initial_theta_ = flat_theta(trainer_.net);  // still the starting point: a reset keeps the edit
        history_.clear();
        record_epoch();  // epoch 0 is this network now
        rising_.reset();
        watch_rising_loss(core::learning_rate_at(config_.train.optimizer, 0));
    } else {
        edited_during_training_ = true;
        rising_.restart_window();  // a rise the student typed in is not α's doing
    }
    kept_ = 0;  // the states kept before earlier steps no longer lead here
    return true;
}

std::vector<double> flat_theta(const core::Network& net) {
    std::vector<double> flat;
    flat.reserve(static_cast<size_t>(net.weight_count()));
    for (const core::Matrix& theta : net.theta) flat.insert(flat.end(), theta.v.begin(), theta.v.end());
    return flat;
}

void Session::update_training(const core::TrainConfig& requested) {
    LabConfig with = config_;
    with.train = requested;
    const core::TrainConfig train = checked_config(with, config_).train;  // a bad setting keeps its old value
    const bool new_optimizer = train.optimizer.kind != config_.train.optimizer.kind;
    if (new_optimizer || train.optimizer.alpha != config_.train.optimizer.alpha) rising_.restart_window();
    config_.train = train;
    trainer_.config = train;
    if (new_optimizer) core::reset_optimizer(trainer_.optimizer, trainer_.net.theta);
}

int Session::train_steps(int n) {
    int done = 0;
    for (; done < n && can_step(); ++done) {
        const long long epoch_before = trainer_.epoch;
        const double alpha = core::learning_rate_at(trainer_.config.optimizer, trainer_.epoch);
        keep_before_step();
        const double loss = core::train_step(trainer_, train_);
        after_step(loss, alpha, epoch_before);
    }
    return done;
}

StepTrace Session::traced_step() {
    const long long epoch_before = trainer_.epoch;
    keep_before_step();
    StepTrace trace = trace_step(trainer_, train_, features_);
    after_step(trace.record.loss, trace.record.alpha, epoch_before);
    return trace;
}

void Session::after_step(double loss, double alpha, long long epoch_before) {
    divergence_ = watch_.check_step(loss, trainer_, alpha);
    if (divergence_.happened()) divergence_.restores_to = last_finite().steps;
    if (trainer_.epoch != epoch_before && trainer_.epoch % history_stride_ == 0) {
        record_epoch();
        watch_rising_loss(alpha);
    }
}

void Session::watch_rising_loss(double alpha) {
    rising_.add_epoch(history_.back().epoch, history_.back().train_loss, alpha);
}

void Session::keep_before_step() {
    latest_ ^= 1;
    before_[latest_] = trainer_;  // same shapes every step: the copy reuses the slot's storage
    if (kept_ < 2) ++kept_;
}

const core::Trainer& Session::last_finite() const {
    // A non-finite weight appears in the step that made it: the state before that step is fine. A bad loss is the
    // batch loss *before* the update, i.e. of the weights the previous step made: go back before that one.
    const bool loss_judged = divergence_.kind == DivergenceKind::LossNotFinite ||
                             divergence_.kind == DivergenceKind::LossExploded;
    return loss_judged && kept_ == 2 ? before_[latest_ ^ 1] : before_[latest_];
}

bool Session::restore_last_finite() {
    if (!divergence_.happened() || kept_ == 0) return false;
    restore(last_finite());
    return true;
}

void Session::restore(const core::Trainer& snapshot) {
    trainer_ = snapshot;
    // The training settings stay as they are now: a student who lowered α after a divergence restores the weights,
    // not the α that blew them up.
    if (trainer_.config.optimizer.kind != config_.train.optimizer.kind)
        core::reset_optimizer(trainer_.optimizer, trainer_.net.theta);
    trainer_.config = config_.train;
    divergence_ = Divergence{};
    rising_.reset();
    kept_ = 0;
    while (history_.size() > 1 && history_.back().epoch > trainer_.epoch) history_.pop_back();
}

namespace {

bool same_shapes(const std::vector<core::Matrix>& a, const std::vector<core::Matrix>& b) {
    if (a.size() != b.size()) return false;
    for (size_t l = 0; l < a.size(); ++l)
        if (a[l].rows != b[l].rows || a[l].cols != b[l].cols || a[l].v.size() != b[l].v.size()) return false;
    return true;
}

}  // namespace

bool is_example_order(const std::vector<int>& order, int n) {
    if (static_cast<int>(order.size()) != n) return false;
    std::vector<bool> seen(static_cast<size_t>(n), false);
    for (int i : order) {
        if (i < 0 || i >= n || seen[static_cast<size_t>(i)]) return false;
        seen[static_cast<size_t>(i)] = true;
    }
    return true;
}

bool Session::resume(const core::Trainer& trainer, const std::vector<EpochRecord>& history, int history_stride) {
    const core::OptimizerState& o = trainer.optimizer;
    const int n = train_.count();
    if (!same_shapes(trainer.net.theta, trainer_.net.theta) || !same_shapes(o.velocity, trainer_.net.theta) ||
        !same_shapes(o.second, trainer_.net.theta) || !is_example_order(trainer.order, n) ||
        trainer.next_in_epoch < 0 || (n > 0 && trainer.next_in_epoch >= n) || trainer.epoch < 0 ||
        trainer.steps < 0 || history.size() > kMaxHistory || history_stride < 1)
        return false;
    restore(trainer);
    watch_.reset();
    edited_during_training_ = false;
    if (history.empty()) {
        history_.clear();
        record_epoch();
    } else {
        history_ = history;
        history_stride_ = history_stride;
    }
    while (history_.size() > 1 && history_.back().epoch > trainer_.epoch) history_.pop_back();
    return true;
}

double Session::epoch_progress() const {
    const int n = train_.count();
    return static_cast<double>(trainer_.epoch) + (n > 0 ? static_cast<double>(trainer_.next_in_epoch) / n : 0.0);
}

EpochRecord Session::current() const { return evaluate(trainer_.net, scratch_); }

EpochRecord Session::evaluate(const core::Network& net, core::Batch& scratch, std::vector<int>* test_predicted) const {
    EpochRecord record;
    const core::Loss loss = config_.train.loss;
    record.epoch = trainer_.epoch;
    const core::Evaluation train = core::evaluate(net, loss, train_, scratch);
    const core::Evaluation test = core::evaluate(net, loss, test_, scratch, test_predicted);
    record.train_loss = train.loss;
    record.test_loss = test.loss;
    record.train_accuracy = train.accuracy;
    record.test_accuracy = test.accuracy;
    return record;
}

void Session::record_epoch() {
    if (history_.size() >= kMaxHistory) {  // thin out: keep epoch 0 and every other record after it
        size_t kept = 1;
        for (size_t k = 2; k < history_.size(); k += 2) history_[kept++] = history_[k];
        history_.resize(kept);
        history_stride_ *= 2;
    }
    history_.push_back(current());
}

}  // namespace lab
