// The gradient check as the lab runs it: backprop's ∂J/∂Θ next to finite differences of J for every weight, for
// the batch of the step being shown (Θ before that step's update), or, without a trace, Θ now and the first
// training example.
// Run when asked and when the cursor reaches another traced step, never every frame: each weight costs one or
// two passes over the batch. The gradient check panel shows a GradCheckRun; the App runs it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/gradcheck.h"
#include "lab/teach/stepper.h"

namespace lab {

// What to check: Θ before the step being shown with its batch, or, without a trace, Θ now and the first training example (index 0).
struct GradCheckSubject {
    core::Network net;
    std::vector<int> examples;
    long long step = -1;  // the traced step's number, −1 without a trace
};
GradCheckSubject gradcheck_subject(const Stepper& stepper);

struct GradCheckRun {
    double h = 1e-4;       // the slide's h = 0.0001
    bool central = true;   // central, else forward differences (lab/teach/differences.h)
    std::vector<core::GradCheckEntry> entries;
    bool computed = false;
    long long step = -2;          // the traced step the entries belong to (−1: no trace)
    uint64_t weights_hash = 0;    // of the Θ that was checked
    std::string subject;          // "Θ before step 12, its batch of 10 examples"
};

core::Difference difference(const GradCheckRun& run);
// "numeric = (J(Θ + h) − J(Θ)) / h;   relative error = …": the panel's formula line, from differences.h's table.
std::string numeric_formula_line(const GradCheckRun& run);
// Checks the stepper's subject with run.h and run.central; nothing changes when the subject has no examples.
void run_gradcheck(GradCheckRun& run, const Stepper& stepper);
// Never run, or the cursor is on another traced step. (Free training changes Θ every frame: there only a request
// runs the check again.)
bool gradcheck_due(const GradCheckRun& run, const Stepper& stepper);
// The entries are of another step or other weights than the subject's now.
bool gradcheck_stale(const GradCheckRun& run, const Stepper& stepper);

}  // namespace lab
