#include "lab/teach/rising_loss.h"

#include <algorithm>
#include <cmath>

#include "lab/teach/notation.h"

namespace lab {

void RisingLossWatch::reset() {
    first_ = -1.0;
    restart_window();
}

void RisingLossWatch::restart_window() {
    count_ = 0;
    next_ = 0;
    state_ = RisingLoss{};
}

const RisingLoss& RisingLossWatch::add_epoch(long long epoch, double loss, double alpha) {
    if (!std::isfinite(loss)) return state_;  // NaN and ∞ are the divergence check's to report
    if (first_ < 0.0) first_ = loss;
    const double floor = kRisingFloorShare * first_;
    if (state_.warning) {
        // raised: it holds until J falls back within F of where it grew from
        if (loss <= kRisingFactor * std::max(state_.from_loss, floor)) state_ = RisingLoss{};
        else state_.to_epoch = epoch, state_.to_loss = loss, state_.alpha = alpha;
    } else if (count_ == kRisingWindow) {
        int lowest = 0;
        for (int k = 1; k < kRisingWindow; ++k)
            if (losses_[static_cast<size_t>(k)] < losses_[static_cast<size_t>(lowest)]) lowest = k;
        const double from = losses_[static_cast<size_t>(lowest)];
        if (loss > kRisingFactor * std::max(from, floor)) {
            state_.warning = true;
            state_.from_epoch = epochs_[static_cast<size_t>(lowest)], state_.from_loss = from;
            state_.to_epoch = epoch, state_.to_loss = loss, state_.alpha = alpha;
        }
    }
    losses_[static_cast<size_t>(next_)] = loss;
    epochs_[static_cast<size_t>(next_)] = epoch;
    next_ = (next_ + 1) % kRisingWindow;
    count_ = std::min(count_ + 1, kRisingWindow);
    return state_;
}

std::string rising_loss_message(const RisingLoss& rising) {
    if (!rising.warning) return "";
    const long long span = rising.to_epoch - rising.from_epoch;
    return "The training loss grew ×" + num(rising.growth()) + " over the last " +
           (span == 1 ? "epoch" : std::to_string(span) + " epochs") + " (from " + num(rising.from_loss) + " to " + num(rising.to_loss) +
           "): the learning rate α = " + num(rising.alpha) + " may be too large. Try α = " + num(rising.alpha / 10) +
           ".";
}

}  // namespace lab
