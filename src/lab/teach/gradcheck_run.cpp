#include "lab/teach/gradcheck_run.h"

#include "lab/teach/differences.h"

namespace lab {

GradCheckSubject gradcheck_subject(const Stepper& stepper) {
    GradCheckSubject subject;
    if (const StepTrace* trace = stepper.trace()) {
        subject.net = trace->before;  // the trace's ∂J/∂Θ were computed with Θ before the update
        subject.examples = trace->record.batch;
        subject.step = trace->record.step;
    } else {
        subject.net = stepper.session().network();
        if (stepper.session().train_set().count() > 0) subject.examples = {0};
    }
    return subject;
}

void run_gradcheck(GradCheckRun& run, const Stepper& stepper) {
    const GradCheckSubject subject = gradcheck_subject(stepper);
    if (subject.examples.empty()) return;
    const Session& session = stepper.session();
    run.entries = core::gradient_check(subject.net, session.config().train, session.train_set(), subject.examples,
                                       run.h, difference(run));
    run.computed = true;
    run.step = subject.step;
    run.weights_hash = core::weights_hash(subject.net);
    const int m = static_cast<int>(subject.examples.size());
    run.subject = subject.step >= 0 ? "Θ before step " + std::to_string(subject.step + 1) + ", its batch of " +
                                          std::to_string(m) + (m == 1 ? " example" : " examples")
                                    : "Θ now, training example #" + std::to_string(subject.examples[0]);
}

core::Difference difference(const GradCheckRun& run) {
    return run.central ? core::Difference::Central : core::Difference::Forward;
}

std::string numeric_formula_line(const GradCheckRun& run) {
    return std::string("numeric = ") + difference_formula(difference(run)) +
           ";   relative error = |a − n| / max(|a|, |n|)";
}

bool gradcheck_due(const GradCheckRun& run, const Stepper& stepper) {
    if (!run.computed) return true;
    const StepTrace* trace = stepper.trace();
    return trace && trace->record.step != run.step;
}

bool gradcheck_stale(const GradCheckRun& run, const Stepper& stepper) {
    if (!run.computed) return false;
    const GradCheckSubject subject = gradcheck_subject(stepper);
    return run.step != subject.step || run.weights_hash != core::weights_hash(subject.net);
}

}  // namespace lab
