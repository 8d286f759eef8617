#include "ui/gradcheck_rule.h"

#include <algorithm>
#include <cmath>

#include "lab/teach/notation.h"

namespace ui {

bool gradcheck_passes(const core::GradCheckEntry& entry) {
    const double scale = std::max(std::fabs(entry.analytic), std::fabs(entry.numeric));
    if (scale > kSmallGradient) return entry.relative_error < kPassRelative;
    return std::fabs(entry.analytic - entry.numeric) < kPassAbsolute;
}

const char* gradcheck_rule_text() {
    return "Pass: relative error < 1e-7 where |∂J/∂Θ| > 1e-3; smaller gradients: |analytic − numeric| < 1e-10.";
}

GradCheckSummary summarize(const std::vector<core::GradCheckEntry>& entries) {
    GradCheckSummary s;
    for (const core::GradCheckEntry& e : entries) {
        if (gradcheck_passes(e)) ++s.passed;
        else ++s.failed;
        s.max_relative_error = std::max(s.max_relative_error, e.relative_error);
    }
    return s;
}

std::string theta_name(int layer, int i, int j) { return lab::indexed("Θ", {i + 1, j}, layer + 1); }

}  // namespace ui
