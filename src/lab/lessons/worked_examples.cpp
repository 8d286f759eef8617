#include "lab/lessons/worked_examples.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/activation.h"
#include "core/detmath.h"
#include "core/loss.h"
#include "core/regularization.h"
#include "core/scalar_graph.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/differences.h"
#include "lab/teach/notation.h"

namespace lab {
namespace {

std::string fixed(double value, int decimals) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string s = text;
    if (s[0] == '-') s = (s.find_first_not_of("-0.") == std::string::npos) ? s.substr(1) : "−" + s.substr(1);
    return s;
}

// The slide cuts e^z to its shown digits instead of rounding (e^−2 = 0.1353… appears as 0.13).
std::string cut(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return fixed(std::trunc(value * scale) / scale, decimals);
}

std::vector<std::string> logic_gates() {
    std::vector<std::string> lines;
    const struct { const char* name; double bias; } gates[] = {{"AND", -30.0}, {"OR", -10.0}};
    for (const auto& gate : gates) {
        std::string line = std::string(gate.name) + ": Θ = (" + num(gate.bias) + ", 20, 20):  ";
        const double inputs[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        for (int k = 0; k < 4; ++k) {
            const double z = gate.bias + 20.0 * inputs[k][0] + 20.0 * inputs[k][1];
            const double h = core::activate(core::Activation::Sigmoid, z);
            line += (k ? ", " : "") + std::string("h(") + fixed(inputs[k][0], 0) + "," + fixed(inputs[k][1], 0) +
                    ") = g(" + num(z) + ") ≈ " + fixed(h, 0);
        }
        lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> softmax_scores() {
    const double z[4] = {5.1, 3.2, -1.7, -2.0};
    double p[4];
    core::softmax(z, p, 4);
    std::string exps, probs;
    for (int k = 0; k < 4; ++k) {
        const double e = core::det::exp(z[k]);
        exps += (k ? ", " : "") + cut(e, e >= 10 ? 1 : (e >= 1 ? 1 : 2));
        probs += (k ? ", " : "") + fixed(p[k], 2);
    }
    return {"scores cat 5.1, dog 3.2, frog −1.7, car −2.0", "e^z: " + exps, "P = e^z / Σ e^z: " + probs};
}

// As the lecture prints it: scores to one decimal, each example's loss as the sum of its margin violations
// ("L₃ = 6.3 + 6.6 = 12.9"; one violation or none: just the value, "L₂ = 0"), then the mean.
std::vector<std::string> hinge() {
    // scores in the order cat, car, frog; one column per example
    const double s[3][3] = {{3.2, 5.1, -1.7}, {1.3, 4.9, 2.0}, {2.2, 2.5, -3.1}};
    const double y[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    const char* names[3] = {"cat", "car", "frog"};
    std::vector<std::string> lines;
    double total = 0.0;
    std::string sum;
    for (int i = 0; i < 3; ++i) {
        const double L = core::loss_value(core::Loss::MulticlassHinge, s[i], y[i], 3);
        total += L;
        sum += (i ? " + " : "") + num(L);
        // each class j ≠ yᵢ on its own: the two-score hinge loss of (s(yᵢ), sⱼ) is max(0, sⱼ − s(yᵢ) + 1)
        std::string terms;
        int violations = 0;
        for (int j = 0; j < 3; ++j) {
            if (y[i][j] == 1.0) continue;
            const double pair[2] = {s[i][i], s[i][j]}, first[2] = {1, 0};  // example i is of class i
            const double term = core::loss_value(core::Loss::MulticlassHinge, pair, first, 2);
            if (term > 0.0) terms += (violations++ ? " + " : "") + fixed(term, 1);
        }
        terms = violations > 1 ? terms + " = " : "";
        lines.push_back("example " + std::to_string(i + 1) + " (" + names[i] + "): " + fixed(s[i][0], 1) + ", " +
                        fixed(s[i][1], 1) + ", " + fixed(s[i][2], 1) + " → L" + subscript(i + 1) + " = " + terms +
                        num(L));
    }
    lines.push_back("L = (" + sum + ")/3 = " + num(total) + "/3 = " + fixed(total / 3, 2) + "  (the slide rounds to " +
                    fixed(total / 3, 1) + ")");
    return lines;
}

std::vector<std::string> regularization() {
    const double t1[4] = {1, 0, 0, 0}, t2[4] = {0.25, 0.25, 0.25, 0.25};
    return {"x = [1,1,1,1],  Θ₁ = [1,0,0,0],  Θ₂ = [.25,.25,.25,.25]:  Θ₁ᵀx = Θ₂ᵀx = 1",
            "L2: R(Θ₁) = " + num(core::penalty_of(core::Regularization::L2, t1, 4)) + " > R(Θ₂) = " +
                num(core::penalty_of(core::Regularization::L2, t2, 4)),
            "L1: R(Θ₁) = " + num(core::penalty_of(core::Regularization::L1, t1, 4)) + " = R(Θ₂) = " +
                num(core::penalty_of(core::Regularization::L1, t2, 4))};
}

std::vector<std::string> cross_entropy() {
    const double s[3] = {3.2, 5.1, -1.7}, cat[3] = {1, 0, 0};
    double p[3];
    core::softmax(s, p, 3);
    return {"scores cat 3.2, car 5.1, frog −1.7:  P(cat) = " + fixed(p[0], 2),
            "L = −log P(cat) = −log " + fixed(p[0], 2) + " ≈ " +
                fixed(core::loss_value(core::Loss::SoftmaxCrossEntropy, p, cat, 3), 2)};
}

std::vector<std::string> numerical_gradient() {
    // the slide's loss values at Θ and Θ + h in one dimension, h = 0.0001
    const double before = 1.25347, after = 1.25322, h = 0.0001;
    return {"loss at Θ 1.25347, at Θ + h (first dimension, h = 0.0001) 1.25322",
            std::string("dΘ ≈ ") + difference_formula(core::Difference::Forward) +
                " = (1.25322 − 1.25347) / 0.0001 = " + fixed((after - before) / h, 1)};
}

std::vector<std::string> computational_graph() {
    core::ScalarGraph g;
    const int x = g.input("x", -2), y = g.input("y", 5), z = g.input("z", -4);
    const int q = g.binary(core::Op::Add, x, y);
    const int f = g.binary(core::Op::Mul, q, z);
    g.forward();
    g.backward(f);
    return {"f(x, y, z) = (x + y)z at x = −2, y = 5, z = −4:  q = " + num(g.node(q).value) + ", f = " + num(g.node(f).value),
            "∂f/∂z = q = " + num(g.node(z).grad) + ",  ∂f/∂q = z = " + num(g.node(q).grad),
            "∂f/∂x = ∂f/∂q · ∂q/∂x = " + num(g.node(x).grad) + ",  ∂f/∂y = " + num(g.node(y).grad)};
}

}  // namespace

std::vector<std::string> worked_example(const std::string& lesson_id) {
    struct Example {
        const char* lesson_id;  // lessons.cpp's id
        std::vector<std::string> (*lines)();
    };
    static constexpr Example kExamples[] = {
        {"logic-gates", logic_gates},        {"softmax", softmax_scores},
        {"hinge", hinge},                    {"regularization", regularization},
        {"cross-entropy", cross_entropy},    {"gradient-check", numerical_gradient},
        {"computational-graph", computational_graph},
    };
    for (const Example& example : kExamples)
        if (lesson_id == example.lesson_id) return example.lines();
    return {};
}

std::vector<std::string> worked_example_on(const Lesson* lesson, const std::string& panel) {
    if (!lesson || std::find(lesson->panels.begin(), lesson->panels.end(), panel) == lesson->panels.end()) return {};
    return worked_example(lesson->id);
}

}  // namespace lab
