// The gradient check panel's pass rule and names.
#include <string>

#include <catch2/catch.hpp>

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

TEST_CASE("gradient check rule: forward differences are judged against their own O(h) error") {
    const core::Difference forward = core::Difference::Forward;
    CHECK(ui::gradcheck_passes(entry(0.5, 0.5 + 1e-3), forward));       // relative 2e-3: a forward quotient's own error
    CHECK_FALSE(ui::gradcheck_passes(entry(0.5, 0.5 + 1e-3)));           // far too much for a central one
    CHECK_FALSE(ui::gradcheck_passes(entry(0.5, 0.6), forward));         // relative 0.17: a wrong gradient
    CHECK(ui::gradcheck_passes(entry(1e-6, 3e-6), forward));             // tiny: absolute 2e-6
    CHECK_FALSE(ui::gradcheck_passes(entry(1e-4, 5e-4), forward));       // tiny, absolute 4e-4
    CHECK(ui::summarize({entry(0.5, 0.5 + 1e-3), entry(0.5, 0.6)}, forward).passed == 1);
    CHECK(std::string(ui::gradcheck_rule_text(forward)).find("1e-2") != std::string::npos);
}

TEST_CASE("gradient check names: Θ with the lecture's indices") {
    CHECK(ui::theta_name(0, 1, 2) == "Θ₂₂⁽¹⁾");
    CHECK(ui::theta_name(2, 0, 0) == "Θ₁₀⁽³⁾");
}
