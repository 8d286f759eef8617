// The loss panel's table and the data panel's confusion matrix: loss, accuracy and mistakes of the network the
// pictures show (as of the step cursor). The history's epoch records change only when an epoch completes, and a
// perceptron on 250 points needs 250 updates for one: its table would show the untrained network's 52 % while the
// plot beside it already separates the classes.
#pragma once
#include <cstdint>

#include "core/network.h"
#include "lab/teach/confusion.h"
#include "lab/teach/session.h"

namespace lab {

class LiveLosses {
public:
    // Evaluating both sets (the confusion matrix comes from the same pass) costs about (train + test examples)
    // × weights multiply-adds: up to ~2.2 million for the digits.
    // Below kSmallEvaluation a change is evaluated in the frame it happens; above it, while the weights keep
    // changing, at most every kLargeRefreshFrames frames (counted in calls to update), so a running digits lesson
    // is not slowed down. Frames, not seconds: the same calls give the same table (screenshots, tests).
    static constexpr long long kSmallEvaluation = 250'000;
    static constexpr int kLargeRefreshFrames = 15;

    // Call once per frame with the network to evaluate (the one shown) on the session's sets, with the session's
    // loss. Returns its record; `epoch` is the session's. The test set's confusion matrix comes from the same update.
    // `epoch_x` says where `net` is in training (Stepper::displayed_epoch_progress); it is kept with the
    // evaluation so the charts' live point has the x of the values it shows, also while a refresh is throttled.
    const EpochRecord& update(const Session& session, const core::Network& net, double epoch_x);
    double epoch_x() const { return epoch_x_; }  // of the last evaluation
    const EpochRecord& record() const { return record_; }  // as of the last update
    const Confusion& test_confusion() const { return test_confusion_; }
    // The next update evaluates whatever it is given (a new session: no frames of the old one's numbers).
    void invalidate() { valid_ = false; }
    long long evaluations() const { return evaluations_; }  // how many times both sets were evaluated

private:
    EpochRecord record_;
    Confusion test_confusion_;
    std::vector<int> test_predicted_;  // kept between evaluations: no allocation per refresh
    double epoch_x_ = 0;
    uint64_t key_ = 0;  // what record_ was computed from (live_losses.cpp, state_key)
    bool valid_ = false;
    int calls_since_ = 0;
    long long evaluations_ = 0;
    core::Batch scratch_;
};

}  // namespace lab
