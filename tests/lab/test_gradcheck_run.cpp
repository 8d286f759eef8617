// The gradient check as the lab runs it (lab/teach/gradcheck_run.h): its subject, when it is due, when stale.
#include <algorithm>
#include <cmath>

#include <catch2/catch.hpp>

#include "lab/teach/gradcheck_run.h"

TEST_CASE("gradient check subject: the traced step's Θ before the update and its batch, else example 0") {
    lab::Stepper stepper{lab::LabConfig{}};
    const lab::GradCheckSubject idle = lab::gradcheck_subject(stepper);
    CHECK(idle.step == -1);
    CHECK(idle.examples == std::vector<int>{0});
    stepper.next_event();  // records a step
    const lab::GradCheckSubject traced = lab::gradcheck_subject(stepper);
    REQUIRE(stepper.trace());
    CHECK(traced.step == stepper.trace()->record.step);
    CHECK(traced.examples == stepper.trace()->record.batch);
    CHECK(core::weights_hash(traced.net) == core::weights_hash(stepper.trace()->before));
}

TEST_CASE("gradient check run: every weight checked, passes at the slide's h, due again on the next traced step") {
    lab::Stepper stepper{lab::LabConfig{}};
    lab::GradCheckRun run;
    CHECK(lab::gradcheck_due(run, stepper));
    CHECK_FALSE(lab::gradcheck_stale(run, stepper));
    lab::run_gradcheck(run, stepper);
    REQUIRE(run.computed);
    size_t weights = 0;
    for (const core::Matrix& theta : stepper.session().network().theta) weights += theta.v.size();
    CHECK(run.entries.size() == weights);
    for (const core::GradCheckEntry& e : run.entries)
        CHECK((e.relative_error < 1e-6 || std::fabs(e.analytic - e.numeric) < 1e-9));
    CHECK(run.step == -1);
    CHECK(run.subject == "Θ now, training example #0");
    CHECK_FALSE(lab::gradcheck_due(run, stepper));

    stepper.next_event();  // a traced step: the check is due for its batch, and the old entries are stale
    CHECK(lab::gradcheck_due(run, stepper));
    CHECK(lab::gradcheck_stale(run, stepper));
    lab::run_gradcheck(run, stepper);
    CHECK(run.step == stepper.trace()->record.step);
    CHECK_FALSE(lab::gradcheck_due(run, stepper));
    CHECK_FALSE(lab::gradcheck_stale(run, stepper));
    CHECK(run.subject.rfind("Θ before step " + std::to_string(run.step + 1), 0) == 0);
}

TEST_CASE("gradient check run: forward differences are less accurate than central ones at a large h") {
    lab::Stepper stepper{lab::LabConfig{}};
    lab::GradCheckRun central, forward;
    central.h = forward.h = 1e-2;
    forward.central = false;
    lab::run_gradcheck(central, stepper);
    lab::run_gradcheck(forward, stepper);
    REQUIRE(central.entries.size() == forward.entries.size());
    double worst_central = 0, worst_forward = 0;
    for (size_t k = 0; k < central.entries.size(); ++k) {
        worst_central = std::max(worst_central, central.entries[k].relative_error);
        worst_forward = std::max(worst_forward, forward.entries[k].relative_error);
    }
    CHECK(worst_forward > worst_central);
}
