#include "lab/teach/live_losses.h"

#include <algorithm>

namespace lab {
namespace {

// FNV-1a step over the bytes of one value.
template <typename T>
uint64_t mix(uint64_t hash, T value) {
    const unsigned char* bytes = reinterpret_cast<const unsigned char*>(&value);
    for (size_t k = 0; k < sizeof value; ++k) hash = (hash ^ bytes[k]) * 1099511628211ULL;
    return hash;
}

// Everything the losses depend on: the weights, the shape and activations (a new activation with the same seed
// gives the same weights), the loss kind (a retune keeps the weights), the epoch counter shown with them, and
// enough of the data to notice a new data set (new noise, seed or split regenerates every point, so the first
// few change).
uint64_t state_key(const Session& session, const core::Network& net) {
    uint64_t key = mix(core::weights_hash(net), session.epoch());
    for (int units : net.sizes) key = mix(key, units);
    key = mix(mix(key, net.hidden), net.output);
    key = mix(key, session.config().train.loss);
    for (const core::Dataset* set : {&session.train_set(), &session.test_set()}) {
        key = mix(key, set->count());
        for (size_t k = 0; k < std::min<size_t>(set->x.size(), 16); ++k) key = mix(key, set->x[k]);
        for (size_t k = 0; k < std::min<size_t>(set->y.size(), 16); ++k) key = mix(key, set->y[k]);
    }
    return key;
}

}  // namespace

const EpochRecord& LiveLosses::update(const Session& session, const core::Network& net, double epoch_x) {
    ++calls_since_;
    const uint64_t key = state_key(session, net);
    if (valid_ && key == key_) return record_;
    const long long examples = session.train_set().count() + session.test_set().count();
    const bool small = examples * net.weight_count() < kSmallEvaluation;
    if (valid_ && !small && calls_since_ < kLargeRefreshFrames) return record_;
    record_ = session.evaluate(net, scratch_, &test_predicted_);  // one pass per set, the matrix from the same
    test_confusion_ = confusion_matrix(session.test_set(), test_predicted_);
    epoch_x_ = epoch_x;
    key_ = key;
    valid_ = true;
    calls_since_ = 0;
    ++evaluations_;
    return record_;
}

}  // namespace lab
