#include "lab/teach/stepper.h"

#include <algorithm>

namespace lab {
namespace {

// A phase's place in kPhases. A network without hidden layers has no hidden δ: moves go on to the next phase that
// has events.
constexpr int kPhaseCount = static_cast<int>(sizeof kPhases / sizeof kPhases[0]);

int phase_position(Phase phase) {
    for (int k = 0; k < kPhaseCount; ++k)
        if (kPhases[k].phase == phase) return k;
    return 0;
}

}  // namespace

Stepper::Stepper(const LabConfig& config) : session_(config) {}

const TraceEvent* Stepper::current_event() const {
    if (!has_trace_ || cursor_ < 0 || cursor_ >= static_cast<int>(trace_.events.size())) return nullptr;
    return &trace_.events[static_cast<size_t>(cursor_)];
}

void Stepper::push_snapshot() {
    if (ring_.size() < static_cast<size_t>(kTimelineSteps)) ring_.resize(static_cast<size_t>(kTimelineSteps));
    ring_[static_cast<size_t>(ring_head_)] = session_.trainer();  // same shapes: copies without allocating
    ring_head_ = (ring_head_ + 1) % kTimelineSteps;
    if (snapshot_count_ < kTimelineSteps) ++snapshot_count_;
}

bool Stepper::pop_snapshot(core::Trainer& out) {
    if (snapshot_count_ == 0) return false;
    ring_head_ = (ring_head_ + kTimelineSteps - 1) % kTimelineSteps;
    --snapshot_count_;
    out = ring_[static_cast<size_t>(ring_head_)];
    return true;
}

bool Stepper::begin_traced_step() {
    if (!session_.can_step()) return false;  // diverged: nothing moves until restore or reset
    push_snapshot();
    trace_ = session_.traced_step();
    has_trace_ = true;
    cursor_ = 0;
    return true;
}

void Stepper::next_event() {
    if (has_trace_ && cursor_ + 1 < static_cast<int>(trace_.events.size())) {
        ++cursor_;
        return;
    }
    begin_traced_step();
}

void Stepper::previous_event() {
    if (has_trace_ && cursor_ > 0) {
        --cursor_;
        return;
    }
    // At the first event of a step (or with no trace): go back to the end of the previous step.
    core::Trainer before;
    if (has_trace_) {  // undo the current step
        if (!pop_snapshot(before)) return;
        session_.restore(before);
    }
    if (!pop_snapshot(before)) {
        has_trace_ = false;
        cursor_ = -1;
        return;
    }
    session_.restore(before);
    begin_traced_step();  // the same step again, recorded: identical because training is deterministic
    cursor_ = static_cast<int>(trace_.events.size()) - 1;
}

void Stepper::next_layer() {
    if (!has_trace_) return next_event();
    const TraceEvent* now = current_event();
    for (int k = cursor_ + 1; k < static_cast<int>(trace_.events.size()); ++k) {
        const TraceEvent& e = trace_.events[static_cast<size_t>(k)];
        if (e.phase != now->phase || e.layer != now->layer || e.example != now->example) {
            cursor_ = k;
            return;
        }
    }
    begin_traced_step();
}

void Stepper::previous_layer() {
    if (!has_trace_ || cursor_ <= 0) return previous_event();
    // back to the first event of the group before the current one
    const TraceEvent now = *current_event();
    int k = cursor_ - 1;
    auto same_group = [](const TraceEvent& a, const TraceEvent& b) {
        return a.phase == b.phase && a.layer == b.layer && a.example == b.example;
    };
    while (k > 0 && same_group(trace_.events[static_cast<size_t>(k)], now)) --k;
    const TraceEvent group = trace_.events[static_cast<size_t>(k)];
    while (k > 0 && same_group(trace_.events[static_cast<size_t>(k - 1)], group)) --k;
    cursor_ = k;
}

void Stepper::next_example() {
    if (!has_trace_) return next_event();
    const int example = current_event()->example;
    for (int k = cursor_ + 1; k < static_cast<int>(trace_.events.size()); ++k)
        if (trace_.events[static_cast<size_t>(k)].example != example) {
            cursor_ = k;
            return;
        }
    begin_traced_step();
}

int Stepper::first_event_of(Phase phase, int example) const {
    const bool per_example = phase != Phase::Gradient && phase != Phase::Update;
    for (size_t k = 0; k < trace_.events.size(); ++k) {
        const TraceEvent& e = trace_.events[k];
        if (e.phase == phase && (!per_example || e.example == example)) return static_cast<int>(k);
    }
    return -1;
}

void Stepper::next_phase() {
    if (!has_trace_) return next_event();
    const TraceEvent now = *current_event();
    const int example = now.example >= 0 ? now.example : 0;
    for (int p = phase_position(now.phase) + 1; p < kPhaseCount; ++p) {
        const int k = first_event_of(kPhases[p].phase, example);
        if (k > cursor_) {
            cursor_ = k;
            return;
        }
    }
    begin_traced_step();
}

void Stepper::previous_phase() {
    if (!has_trace_ || cursor_ <= 0) {
        // from a step's first event: back into the previous step, at the start of its update
        previous_event();
        if (has_trace_) go_to_phase(Phase::Update);
        return;
    }
    // A run: consecutive events of one phase and one example. Back to the start of this run, or from there to the
    // start of the run before it (from the gradients: the last example's hidden δs, computed just before them).
    auto same_run = [this](int a, int b) {
        const TraceEvent& x = trace_.events[static_cast<size_t>(a)];
        const TraceEvent& y = trace_.events[static_cast<size_t>(b)];
        return x.phase == y.phase && x.example == y.example;
    };
    int k = cursor_;
    while (k > 0 && same_run(k - 1, cursor_)) --k;
    if (k == cursor_ && k > 0) {
        const int end_of_previous = k - 1;
        k = end_of_previous;
        while (k > 0 && same_run(k - 1, end_of_previous)) --k;
    }
    cursor_ = k;
}

void Stepper::go_to_phase(Phase phase) {
    if (!has_trace_ && !begin_traced_step()) return;
    const TraceEvent now = *current_event();
    const int example = now.example >= 0 ? now.example : 0;
    const int k = first_event_of(phase, example);
    if (k >= 0) cursor_ = k;
}

void Stepper::finish_example() {
    if (!has_trace_) return next_event();
    const int last = static_cast<int>(trace_.events.size()) - 1;
    const int example = current_event()->example;
    if (example < 0) {
        cursor_ = last;
        return;
    }
    int k = cursor_;
    while (k < last && trace_.events[static_cast<size_t>(k + 1)].example == example) ++k;
    cursor_ = k;
}

void Stepper::next_batch() {
    const int last = has_trace_ ? static_cast<int>(trace_.events.size()) - 1 : -1;
    if ((!has_trace_ || cursor_ == last) && !begin_traced_step()) return;
    cursor_ = static_cast<int>(trace_.events.size()) - 1;
}

void Stepper::next_epoch() {
    const long long target = session_.epoch() + 1;
    bool stepped = false;
    while (session_.epoch() < target && begin_traced_step()) stepped = true;
    if (stepped) cursor_ = static_cast<int>(trace_.events.size()) - 1;
}

void Stepper::run_steps(int n) {
    if (!session_.can_step()) return;
    has_trace_ = false;
    cursor_ = -1;
    for (int k = 0; k < n && session_.can_step(); ++k) {
        push_snapshot();
        session_.train_steps(1);
    }
}

bool Stepper::restore_last_finite() {
    if (session_.can_step()) return false;
    // the ring holds the same states: drop the snapshots taken after the one restored
    core::Trainer discarded;
    for (long long k = session_.divergence().restores_to; k < session_.steps() && pop_snapshot(discarded); ++k) {
    }
    session_.restore_last_finite();
    has_trace_ = false;
    cursor_ = -1;
    return true;
}

void Stepper::reset() {
    session_.reset();
    has_trace_ = false;
    cursor_ = -1;
    snapshot_count_ = 0;
    ring_head_ = 0;
}

void Stepper::replace_session(const LabConfig& config) {
    session_ = Session(config);
    ring_.clear();
    reset();
}

const core::Trainer& Stepper::resume_point() const {
    if (!has_trace_ || snapshot_count_ == 0) return session_.trainer();
    return ring_[static_cast<size_t>((ring_head_ + kTimelineSteps - 1) % kTimelineSteps)];  // pushed before the step
}

bool Stepper::resume(const core::Trainer& trainer, const std::vector<EpochRecord>& history, int history_stride,
                     int cursor) {
    if (!session_.resume(trainer, history, history_stride)) return false;
    has_trace_ = false;
    cursor_ = -1;
    snapshot_count_ = 0;
    ring_head_ = 0;
    if (cursor >= 0 && begin_traced_step()) cursor_ = std::min(cursor, static_cast<int>(trace_.events.size()) - 1);
    return true;
}

bool Stepper::edit_weight(int layer, int row, int column, double value) {
    // The edit applies to the weights as they are after the step being shown, so that step's trace ends; a refused
    // value changes nothing, not even the cursor.
    if (!session_.edit_weight(layer, row, column, value)) return false;
    has_trace_ = false;
    cursor_ = -1;
    return true;
}

void Stepper::update_training(const core::TrainConfig& train) {
    has_trace_ = false;
    cursor_ = -1;
    session_.update_training(train);
}

void Stepper::rewind(int steps_back) {
    if (steps_back <= 0) return;
    core::Trainer before;
    bool restored = false;
    for (int k = 0; k < steps_back && pop_snapshot(before); ++k) restored = true;
    if (!restored) return;
    session_.restore(before);
    has_trace_ = false;
    cursor_ = -1;
}

int Stepper::find_event(Phase phase, int example, int layer, int unit) const {
    for (size_t k = 0; k < trace_.events.size(); ++k) {
        const TraceEvent& e = trace_.events[k];
        if (e.phase == phase && e.example == example && e.layer == layer && e.unit == unit) return static_cast<int>(k);
    }
    return -1;
}

bool Stepper::reached(Phase phase, int example, int layer, int unit) const {
    if (!has_trace_) return true;
    const int k = find_event(phase, example, layer, unit);
    return k >= 0 && k <= cursor_;
}

core::Network Stepper::displayed_network() const {
    if (!has_trace_) return session_.network();
    core::Network net = trace_.before;
    for (int k = 0; k <= cursor_ && k < static_cast<int>(trace_.events.size()); ++k) {
        const TraceEvent& e = trace_.events[static_cast<size_t>(k)];
        if (e.phase != Phase::Update) continue;
        double* w = net.theta[static_cast<size_t>(e.layer)].row(e.unit);
        for (size_t j = 0; j < e.values.size(); ++j) w[j] += e.values[j];
    }
    return net;
}

// A traced step is trained when its first event is shown; the views show it done only at its last event.
bool Stepper::inside_traced_step() const {
    return has_trace_ && cursor_ + 1 < static_cast<int>(trace_.events.size());
}

long long Stepper::displayed_steps() const { return session_.steps() - (inside_traced_step() ? 1 : 0); }

double Stepper::displayed_epoch_progress() const {
    const double after = session_.epoch_progress();
    const int n = session_.train_set().count();
    if (!inside_traced_step() || n == 0) return after;
    // the step consumed its batch from the epoch; one that completed an epoch ends exactly at E + 1
    return after - static_cast<double>(trace_.record.batch.size()) / n;
}

}  // namespace lab
