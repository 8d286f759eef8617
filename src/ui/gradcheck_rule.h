// The gradient check panel's pure parts: the pass rule and the names (what is checked: lab/teach/gradcheck_run.h).
#pragma once
#include <string>
#include <vector>

#include "core/gradcheck.h"

namespace ui {

// Pass when the relative error is below the quotient's bound (lab/teach/differences.h) where the gradient matters
// (max(|analytic|, |numeric|) > 1e-3); tiny gradients are judged by the absolute difference instead, since relative
// errors of two near-zero numbers say nothing.
constexpr double kSmallGradient = 1e-3;
bool gradcheck_passes(const core::GradCheckEntry& entry, core::Difference difference = core::Difference::Central);
const char* gradcheck_rule_text(core::Difference difference = core::Difference::Central);

struct GradCheckSummary {
    int passed = 0, failed = 0;
    double max_relative_error = 0.0;
};
GradCheckSummary summarize(const std::vector<core::GradCheckEntry>& entries,
                           core::Difference difference = core::Difference::Central);

// "Θ₁₂⁽¹⁾" for the 0-based entry (layer, i, j).
std::string theta_name(int layer, int i, int j);

}  // namespace ui
