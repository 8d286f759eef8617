// The gradient check panel's rule and subject.
#include <catch2/catch.hpp>

#include "lab/teach/stepper.h"
#include "ui/gradcheck_rule.h"

namespace {
core::GradCheckEntry entry(double analytic, double numeric) {
    core::GradCheckEntry e;
    e.analytic = analytic;
    e.numeric = numeric;
    e.relative_error = core::relative_error(analytic, numeric);
    return e;
}
}  // namespace

TEST_CASE("gradient check rule: relative error for real gradients, absolute for tiny ones") {
    CHECK(ui::gradcheck_passes(entry(0.5, 0.5 + 1e-9)));        // relative 2e-9
    CHECK_FALSE(ui::gradcheck_passes(entry(0.5, 0.5 + 1e-6)));  // relative 2e-6
    CHECK(ui::gradcheck_passes(entry(1e-6, 1e-6 + 1e-11)));     // tiny: absolute 1e-11, though relative 1e-5
    CHECK_FALSE(ui::gradcheck_passes(entry(1e-6, 2e-6)));       // tiny, absolute 1e-6
    CHECK(ui::gradcheck_passes(entry(0.0, 0.0)));
    const ui::GradCheckSummary s = ui::summarize({entry(0.5, 0.5), entry(0.5, 0.6), entry(0, 0)});
    CHECK(s.passed == 2);
    CHECK(s.failed == 1);
    CHECK(s.max_relative_error == Approx(0.1 / 0.6));
}

TEST_CASE("gradient check subject: the traced step's Θ before the update and its batch, else example 0") {
    lab::Stepper stepper{lab::LabConfig{}};
    ui::GradCheckSubject idle = ui::gradcheck_subject(stepper);
    CHECK(idle.step == -1);
    CHECK(idle.examples == std::vector<int>{0});
    stepper.next_event();  // records a step
    const ui::GradCheckSubject traced = ui::gradcheck_subject(stepper);
    REQUIRE(stepper.trace());
    CHECK(traced.examples == stepper.trace()->record.batch);
    CHECK(core::weights_hash(traced.net) == core::weights_hash(stepper.trace()->before));
    // central differences at the slide's h pass for the default network
    const auto entries = core::gradient_check(traced.net, stepper.session().config().train, stepper.session().train_set(),
                                              traced.examples, 1e-4, core::Difference::Central);
    CHECK(ui::summarize(entries).failed == 0);
    CHECK(ui::theta_name(0, 1, 2) == "Θ₂₂⁽¹⁾");
}
