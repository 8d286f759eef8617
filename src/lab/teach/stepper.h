// Stepping through training: a cursor over the events of the current step trace, with rewind.
//
// The trace of a step is recorded when the cursor first enters it (the step really happens then); views draw the
// state "as of the cursor": nodes whose forward event is not reached yet are grey, weights change row by row as the
// cursor passes the update events. Going back past the start of a step restores the trainer snapshot taken before
// the previous step and records that step again — training is deterministic, so the trace comes out identical and
// only the snapshots (not the traces) need keeping.
#pragma once
#include <vector>

#include "lab/teach/session.h"
#include "lab/teach/trace.h"

namespace lab {

class Stepper {
public:
    static constexpr int kTimelineSteps = 256;  // steps that can be rewound

    explicit Stepper(const LabConfig& config);

    const Session& session() const { return session_; }
    Session& session() { return session_; }

    // The trace being stepped through, or nullptr (after free-running training or a reset).
    const StepTrace* trace() const { return has_trace_ ? &trace_ : nullptr; }
    int cursor() const { return cursor_; }          // index into trace()->events, −1 when there is no trace
    const TraceEvent* current_event() const;

    void next_event();
    void previous_event();
    void next_layer();      // to the first event of the next (phase, layer) group
    void previous_layer();
    void next_example();    // to the first event of the next example of the batch (or the gradients)
    // The lecture's pace: forward → loss → output δ → hidden δ → gradient → update, one press each. The per-example
    // phases are those of the example in view (next_phase from its hidden δ goes on to the batch's gradient).
    void next_phase();      // to the first event of the next phase; after the update: a whole new step
    void previous_phase();  // to the start of this phase, or from there to the start of the one before
    void go_to_phase(Phase phase);  // the first event of `phase` in this step (the breadcrumb's click)
    void finish_example();  // to the last event of this example (its last δ); for the batch's events: the step's last
    void next_batch();      // to the last event of this step; at the last event: a whole new step
    void next_epoch();      // steps until an epoch completes, stopping at the last event of the last step
    void run_steps(int n);  // free-running training: no trace, snapshots only; stops at a divergence
    // After a divergence (session().divergence()): back to the state before the step that diverged. Stepping does
    // nothing while the session is diverged.
    bool restore_last_finite();
    void reset();           // fresh weights from the seed
    void replace_session(const LabConfig& config);
    // The trainer a saved state continues from: the one before the traced step while a trace is open (resume
    // traces that step again to bring the cursor back), otherwise the session's.
    const core::Trainer& resume_point() const;
    // Goes on from a saved run (Session::resume); with cursor ≥ 0 the next step is traced and the cursor put at
    // that event — training is deterministic, so it is the step that was being traced, event for event.
    // False, and nothing changes, when Session::resume refuses the trainer.
    bool resume(const core::Trainer& trainer, const std::vector<EpochRecord>& history, int history_stride, int cursor);
    // Edits one weight of the live network (see Session::edit_weight); the current trace ends there.
    bool edit_weight(int layer, int row, int column, double value);
    void update_training(const core::TrainConfig& train);  // see Session::update_training; ends the current trace

    // Timeline: how many steps back can be restored, and going there (0 = now).
    int timeline_length() const { return snapshot_count_; }
    void rewind(int steps_back);

    // Has the cursor reached the event that computes this? (no trace: everything counts as computed)
    bool reached(Phase phase, int example, int layer, int unit) const;
    // Θ as the views should draw it: Θ_before plus the updates the cursor has passed.
    core::Network displayed_network() const;
    // Where that network is in training, in epochs (Session::epoch_progress): before the traced step until the
    // cursor reaches the step's last event, after it from there.
    double displayed_epoch_progress() const;
    long long displayed_steps() const;  // updates made, the traced step counted once its last event is reached

private:
    bool inside_traced_step() const;  // a trace is open and its cursor is before the last event
    void push_snapshot();
    bool pop_snapshot(core::Trainer& out);
    bool begin_traced_step();  // false (nothing happens) while the session is diverged
    int find_event(Phase phase, int example, int layer, int unit) const;
    int first_event_of(Phase phase, int example) const;  // −1 when this step has no such event

    Session session_;
    StepTrace trace_;
    bool has_trace_ = false;
    int cursor_ = -1;
    std::vector<core::Trainer> ring_;  // snapshots before each step, oldest overwritten first
    int ring_head_ = 0;                // where the next snapshot goes
    int snapshot_count_ = 0;
};

}  // namespace lab
