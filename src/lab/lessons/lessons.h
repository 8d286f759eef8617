// The lecture's lessons, in its order (../shared/docs/LESSONS.md): each is a preset training run plus the words
// and the formula that go with it on screen.
#pragma once
#include <string>
#include <vector>

#include "core/gradcheck.h"
#include "lab/io/config.h"

namespace lab {

struct Lesson {
    int number = 0;           // 1..17, the lecture's order
    std::string id;           // short name for URLs and the CLI: "xor", "softmax", ...
    std::string title;
    std::string caption;      // a short paragraph in the lecture's words
    std::string formula;      // the lesson's key formula in the lecture's notation
    LabConfig config;
    std::vector<double> preset_theta;  // optional starting weights, Θ⁽¹⁾ row by row then Θ⁽²⁾ …; empty = initializer
    std::vector<std::string> panels;   // panels the lesson opens: "network", "equation", "data", "surface", ...
    // The loss-surface panel's view when the lesson opens (lab/surface/surface_view.h's words): the network's own
    // plane unless the lesson is about one of the exact two-parameter problems.
    std::string surface_view = "random,span=1";
    // The gradient check panel's difference quotient when the lesson opens (lab/teach/differences.h).
    core::Difference difference = core::Difference::Central;
};

const std::vector<Lesson>& lessons();
// By number ("3") or id ("xor"); nullptr if none matches.
const Lesson* find_lesson(const std::string& number_or_id);
// The lesson the page and the app open with: backprop through the MLP, the full stepping view.
const Lesson& default_lesson();

}  // namespace lab
