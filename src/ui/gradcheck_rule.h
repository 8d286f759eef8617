// The gradient check panel's pure parts: the pass rule and the names (what is checked: lab/teach/gradcheck_run.h).
#pragma once
#include <string>
#include <vector>

#include "core/gradcheck.h"

namespace ui {

// Pass when the relative error is below 1e-7 where the gradient matters (max(|analytic|, |numeric|) > 1e-3);
// tiny gradients are judged by the absolute difference instead (< 1e-10), since relative errors of two
// near-zero numbers say nothing.
constexpr double kPassRelative = 1e-7;
constexpr double kSmallGradient = 1e-3;
constexpr double kPassAbsolute = 1e-10;
bool gradcheck_passes(const core::GradCheckEntry& entry);
const char* gradcheck_rule_text();

struct GradCheckSummary {
    int passed = 0, failed = 0;
    double max_relative_error = 0.0;
};
GradCheckSummary summarize(const std::vector<core::GradCheckEntry>& entries);

// "Θ₁₂⁽¹⁾" for the 0-based entry (layer, i, j).
std::string theta_name(int layer, int i, int j);

}  // namespace ui
