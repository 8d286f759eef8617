// A training session: the data, the network being trained, and the loss history the UI plots.
#pragma once
#include <vector>

#include "lab/io/config.h"
#include "core/dataset.h"
#include "core/train.h"
#include "lab/teach/divergence.h"
#include "lab/teach/rising_loss.h"
#include "lab/teach/trace.h"

namespace lab {

struct EpochRecord {
    long long epoch = 0;
    double train_loss = 0.0;
    double test_loss = 0.0;
    double train_accuracy = 0.0;
    double test_accuracy = 0.0;
};

// History cap: a long run keeps at most kMaxHistory epoch records. When the list is full, every other record is
// dropped (epoch 0 and the newest stay) and from then on only every 2nd (then 4th, 8th …) epoch is recorded, so the
// loss curve keeps its shape over the whole run while the memory stays bounded.
constexpr size_t kMaxHistory = 4096;

class Session {
public:
    explicit Session(const LabConfig& config);

    // n updates (mini-batches). Records the losses each time an epoch completes. Stops early, in the step that
    // diverged (divergence.h), and does nothing while the run is diverged. Returns the updates made.
    int train_steps(int n);
    // One update, recorded as a step trace (the divergence check runs on it too). Call only when can_step().
    StepTrace traced_step();
    // False after a divergence until restore_last_finite(), reset() or new weights.
    bool can_step() const { return !divergence_.happened(); }
    // What went wrong (kind None while training is healthy).
    const Divergence& divergence() const { return divergence_; }
    // A warning, not a pause: the training loss has grown over the last epochs (rising_loss.h).
    const RisingLoss& rising_loss() const { return rising_.state(); }
    // Back to the last state known to be finite, bit-identical (weights, optimizer state, counters): the trainer
    // before the step that made a weight non-finite, or — when the step's batch loss, which is measured before its
    // update, was the problem — before the step that made those weights. divergence().restores_to says which.
    // The training settings stay as they are now. False when there was no divergence.
    bool restore_last_finite();
    // Back to an earlier state of the trainer (a snapshot taken before some step); later history is dropped.
    void restore(const core::Trainer& snapshot);
    // Goes on from a saved run (an imported state): the trainer's weights, optimizer state, counters, example order
    // and random states, and the loss history recorded up to it (empty: the history starts at the trainer's epoch).
    // False, and nothing changes, when its shapes are not this session's network's or its example order is not a
    // permutation of the training set.
    bool resume(const core::Trainer& trainer, const std::vector<EpochRecord>& history, int history_stride);
    void reset();  // same config: fresh weights from the seed, history cleared
    // Starts again from the given weights (Θ⁽¹⁾ row by row, then Θ⁽²⁾ …), which become the starting point that
    // reset() returns to. False, and nothing changes, when the count does not match the network's weight count or
    // a value is not finite.
    bool set_theta(const std::vector<double>& flat);
    // A student types a new value for one weight: Θ⁽ˡ⁺¹⁾ᵢⱼ (0-based layer l, row i, column j; j = 0 is the bias).
    // Training goes on from there (optimizer state and history kept); before the first step the edit becomes part
    // of the starting point. False, and nothing changes, for an index outside the network or a value that is not
    // finite or beyond ±1e6.
    bool edit_weight(int layer, int row, int column, double value);
    // New training settings (α, λ, loss, optimizer, batch size, dropout …) for the weights as they are: the run goes
    // on without a reset. The optimizer's memory (momentum, Adam moments) starts afresh when its kind changes.
    void update_training(const core::TrainConfig& train);

    const LabConfig& config() const { return config_; }
    const core::Network& network() const { return trainer_.net; }
    const core::Trainer& trainer() const { return trainer_; }
    // What the network reads: each point's feature vector when features apply (core/features.h), else the point.
    const core::Dataset& train_set() const { return train_; }
    const core::Dataset& test_set() const { return test_; }
    // The points themselves, row for row the same examples: what the data plane draws.
    const core::Dataset& train_points() const { return features_ ? train_points_ : train_; }
    const core::Dataset& test_points() const { return features_ ? test_points_ : test_; }
    // The features the input layer holds (core::applied_features); 0: the raw inputs x.
    core::FeatureSet features() const { return features_; }
    const std::vector<EpochRecord>& history() const { return history_; }
    int history_stride() const { return history_stride_; }  // epochs per history record (1, 2, 4 …)
    long long epoch() const { return trainer_.epoch; }
    long long steps() const { return trainer_.steps; }
    // Epochs completed plus the share of the current one done (the live point's place on the loss charts).
    double epoch_progress() const;
    EpochRecord current() const;  // losses and accuracies of the network as it is now
    // The same for any network of this session's shape (the one shown at the step cursor), on `scratch`;
    // `test_predicted` as core::evaluate fills it for the test set.
    EpochRecord evaluate(const core::Network& net, core::Batch& scratch,
                         std::vector<int>* test_predicted = nullptr) const;
    // The starting weights when they are not the initializer's (a preset or edits before the first step), else empty.
    const std::vector<double>& initial_theta() const { return initial_theta_; }
    bool edited_during_training() const { return edited_during_training_; }  // a weight typed after step 1

private:
    void record_epoch();
    void start_run();                  // history and divergence watch from scratch
    void keep_before_step();
    const core::Trainer& last_finite() const;
    void after_step(double loss, double alpha, long long epoch_before);
    void watch_rising_loss(double alpha);  // the newest history record to the rising-loss watch


    LabConfig config_;
    core::Dataset train_;
    core::Dataset test_;
    core::FeatureSet features_ = 0;
    core::Dataset train_points_;  // only while features_ ≠ 0
    core::Dataset test_points_;
    core::Trainer trainer_;
    std::vector<EpochRecord> history_;
    int history_stride_ = 1;
    // The trainer before the latest step (before_[latest_]) and before the one before it: what
    // restore_last_finite() brings back. kept_ says how many are valid (since the run started, a restore or an edit).
    core::Trainer before_[2];
    int latest_ = 0;
    int kept_ = 0;
    DivergenceWatch watch_;
    Divergence divergence_;
    RisingLossWatch rising_;
    mutable core::Batch scratch_;
    std::vector<double> initial_theta_;
    bool edited_during_training_ = false;
};

// Is `order` an example order for n training examples: each of 0 … n−1 once?
bool is_example_order(const std::vector<int>& order, int n);

// Θ⁽¹⁾ row by row, then Θ⁽²⁾ …: the order set_theta reads.
std::vector<double> flat_theta(const core::Network& net);

}  // namespace lab
