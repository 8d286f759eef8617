// The gradient check's difference quotients, named once: the lesson's formula and caption, the lecture's worked
// line, the gradient check panel and its radio buttons all read this table, so a choice shows one formula everywhere.
#pragma once
#include <array>

#include "core/gradcheck.h"

namespace lab {

struct DifferenceInfo {
    core::Difference kind;
    const char* name;     // the radio button's label and the report's "difference"
    const char* formula;  // the quotient that approximates ∂J/∂Θ, in the lecture's notation
    // The gradient check's pass rule for this quotient: its own error is O(h) (forward) or O(h²) (central), so at
    // the slide's h = 0.0001 a correct backprop is judged against that, not against the other quotient's error.
    double pass_relative;  // relative error below this where max(|analytic|, |numeric|) > 1e-3
    double pass_absolute;  // |analytic − numeric| below this for smaller gradients
    const char* pass_rule; // the rule in words, under the panel's table
};

inline constexpr std::array<DifferenceInfo, 2> kDifferences = {{
    // A wrong backprop gives relative errors near 1; forward differences at h = 1e-4 reach a few 1e-3 on their own.
    {core::Difference::Forward, "forward", "(J(Θ + h) − J(Θ)) / h", 1e-2, 1e-5,
     "Pass (forward, error O(h)): relative error < 1e-2 where |∂J/∂Θ| > 1e-3; smaller gradients: "
     "|analytic − numeric| < 1e-5."},
    {core::Difference::Central, "central", "(J(Θ + h) − J(Θ − h)) / 2h", 1e-7, 1e-10,
     "Pass (central, error O(h²)): relative error < 1e-7 where |∂J/∂Θ| > 1e-3; smaller gradients: "
     "|analytic − numeric| < 1e-10."},
}};

const DifferenceInfo& difference_info(core::Difference kind);
inline const char* difference_formula(core::Difference kind) { return difference_info(kind).formula; }

}  // namespace lab
