#include "ui/gradcheck_rule.h"

#include <algorithm>
#include <cmath>

#include "lab/teach/differences.h"
#include "lab/teach/notation.h"

namespace ui {

bool gradcheck_passes(const core::GradCheckEntry& entry, core::Difference difference) {
    const lab::DifferenceInfo& rule = lab::difference_info(difference);
    const double scale = std::max(std::fabs(entry.analytic), std::fabs(entry.numeric));
    if (scale > kSmallGradient) return entry.relative_error < rule.pass_relative;
    return std::fabs(entry.analytic - entry.numeric) < rule.pass_absolute;
}

const char* gradcheck_rule_text(core::Difference difference) { return lab::difference_info(difference).pass_rule; }

GradCheckSummary summarize(const std::vector<core::GradCheckEntry>& entries, core::Difference difference) {
    GradCheckSummary s;
    for (const core::GradCheckEntry& e : entries) {
        if (gradcheck_passes(e, difference)) ++s.passed;
        else ++s.failed;
        s.max_relative_error = std::max(s.max_relative_error, e.relative_error);
    }
    return s;
}

std::string theta_name(int layer, int i, int j) { return lab::indexed("Θ", {i + 1, j}, layer + 1); }

}  // namespace ui
