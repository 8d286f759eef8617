#include "lab/lessons/graph_steps.h"

#include <cstdio>
#include <cstdlib>

#include "lab/teach/notation.h"

namespace lab {
namespace {

bool is_leaf(const core::GraphNode& n) { return n.op == core::Op::Input || n.op == core::Op::Constant; }

// The number a reader sees when `value` is shown with `digits` significant digits (num() rounds the same way).
double as_shown(double value, int digits) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*e", digits - 1, value);
    return std::strtod(text, nullptr);
}

// The fewest significant digits (at least num()'s 4) for the operands so that the operation, redone on the
// operands as shown, gives the shown result: "2 · 0.41997 = 0.8399", never "2 · 0.42 = 0.8399".
// With all 17 digits the shown operands are the exact doubles, so the search always ends.
template <class Redo>
int digits_that_add_up(double result, Redo redo) {
    const std::string shown = num(result);
    for (int digits = 4; digits < 17; ++digits)
        if (num(redo(digits)) == shown) return digits;
    return 17;
}

// The node's operation with its operands' values in place of their names.
std::string with_values(const core::ParsedExpression& e, const core::GraphNode& n, int digits) {
    const auto value = [&](int i) { return factor(e.graph.node(i).value, digits); };
    const auto first = [&](int i) { return num(e.graph.node(i).value, digits); };  // a leading negative: no brackets
    switch (n.op) {
        case core::Op::Add: return first(n.lhs) + " + " + value(n.rhs);
        case core::Op::Sub: return first(n.lhs) + " − " + value(n.rhs);
        case core::Op::Mul: return first(n.lhs) + " × " + value(n.rhs);
        case core::Op::Div: return first(n.lhs) + " ÷ " + value(n.rhs);
        case core::Op::Pow: return value(n.lhs) + "^" + value(n.rhs);
        case core::Op::Neg: return "−" + value(n.lhs);
        default: break;
    }
    const std::string second = n.rhs >= 0 ? ", " + first(n.rhs) : "";  // max(a, b), and the one-argument ones
    return std::string(core::op_symbol(n.op)) + "(" + first(n.lhs) + second + ")";
}

// "q = −2 + 5 = 3", with the operands shown to as many digits as it takes to give the shown result.
std::string forward_numbers(const core::ParsedExpression& e, int i) {
    const core::GraphNode& n = e.graph.node(i);
    const double a = e.graph.node(n.lhs).value, b = n.rhs >= 0 ? e.graph.node(n.rhs).value : 0.0;
    const int digits = digits_that_add_up(n.value, [&](int d) {
        return core::apply(n.op, as_shown(a, d), as_shown(b, d)).value;
    });
    return e.nodes[static_cast<size_t>(i)].name + " = " + with_values(e, n, digits) + " = " + num(n.value);
}

struct Term {  // one use of a node by a node u: ∂f/∂u · ∂u/∂node
    double upstream = 0, local = 0;
};

// "∂f/∂x = (−4) · 1 = −4": the terms as shown, summed left to right, give the shown result.
std::string backward_numbers(const std::vector<Term>& terms, double result) {
    const int digits = digits_that_add_up(result, [&](int d) {
        double sum = 0.0;
        for (const Term& t : terms) sum += as_shown(t.upstream, d) * as_shown(t.local, d);
        return sum;
    });
    std::string numbers;
    for (const Term& t : terms)
        numbers += (numbers.empty() ? "" : " + ") + factor(t.upstream, digits) + " · " + factor(t.local, digits);
    return numbers + " = " + num(result);
}

}  // namespace

std::vector<GraphStep> graph_steps(const core::ParsedExpression& e) {
    std::vector<GraphStep> steps;
    const int count = e.graph.size();
    for (int i = 0; i < count; ++i) {
        const core::GraphNode& n = e.graph.node(i);
        if (is_leaf(n)) continue;
        GraphStep step;
        step.node = i;
        step.formula = e.nodes[static_cast<size_t>(i)].formula;
        step.numbers = forward_numbers(e, i);
        steps.push_back(step);
    }
    const std::string f = e.output >= 0 ? e.nodes[static_cast<size_t>(e.output)].name : "f";
    // Backward: a node's gradient is complete once every node that uses it is done; reverse evaluation order
    // guarantees that. Each step shows the contributions from the node's users.
    for (int i = e.output; i >= 0; --i) {
        const core::GraphNode& n = e.graph.node(i);
        if (n.op == core::Op::Constant) continue;
        const std::string name = e.nodes[static_cast<size_t>(i)].name;
        GraphStep step;
        step.backward = true;
        step.node = i;
        if (i == e.output) {
            step.formula = "∂" + f + "/∂" + f + " = 1";
            step.numbers = step.formula;
            steps.push_back(step);
            continue;
        }
        std::string symbols;
        std::vector<Term> terms;
        for (int u = i + 1; u <= e.output; ++u) {
            const core::GraphNode& user = e.graph.node(u);
            for (int side = 0; side < 2; ++side) {
                if ((side == 0 ? user.lhs : user.rhs) != i) continue;
                const std::string user_name = e.nodes[static_cast<size_t>(u)].name;
                symbols += (symbols.empty() ? "" : " + ") + ("∂" + f + "/∂" + user_name + " · ∂" + user_name + "/∂" + name);
                terms.push_back({user.grad, side == 0 ? user.local_lhs : user.local_rhs});
            }
        }
        step.formula = "∂" + f + "/∂" + name + " = " + symbols;
        step.numbers = "∂" + f + "/∂" + name + " = " + backward_numbers(terms, n.grad);
        steps.push_back(step);
    }
    return steps;
}

}  // namespace lab
