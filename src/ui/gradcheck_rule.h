// The gradient check panel's pure parts: which network and examples are checked, the pass rule, the names.
#pragma once
#include <string>
#include <vector>

#include "core/gradcheck.h"
#include "lab/teach/stepper.h"

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

// What to check: Θ before the step being shown with its batch, or, without a trace, Θ now and example 0.
struct GradCheckSubject {
    core::Network net;
    std::vector<int> examples;
    long long step = -1;  // the traced step's number, −1 without a trace
};
GradCheckSubject gradcheck_subject(const lab::Stepper& stepper);

// "Θ₁₂⁽¹⁾" for the 0-based entry (layer, i, j).
std::string theta_name(int layer, int i, int j);

}  // namespace ui
