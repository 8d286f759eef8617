#include "lab/lessons/graph_steps.h"

#include "lab/teach/notation.h"

namespace lab {
namespace {

bool is_leaf(const core::GraphNode& n) { return n.op == core::Op::Input || n.op == core::Op::Constant; }

// The node's operation with its operands' values in place of their names.
std::string with_values(const core::ParsedExpression& e, const core::GraphNode& n) {
    const auto value = [&](int i) { return factor(e.graph.node(i).value); };
    const auto first = [&](int i) { return num(e.graph.node(i).value); };  // a leading negative needs no brackets
    switch (n.op) {
        case core::Op::Add: return first(n.lhs) + " + " + value(n.rhs);
        case core::Op::Sub: return first(n.lhs) + " − " + value(n.rhs);
        case core::Op::Mul: return first(n.lhs) + " × " + value(n.rhs);
        case core::Op::Div: return first(n.lhs) + " ÷ " + value(n.rhs);
        case core::Op::Pow: return value(n.lhs) + "^" + value(n.rhs);
        case core::Op::Neg: return "−" + value(n.lhs);
        case core::Op::Max: return "max(" + num(e.graph.node(n.lhs).value) + ", " + num(e.graph.node(n.rhs).value) + ")";
        default: return std::string(core::op_symbol(n.op)) + "(" + num(e.graph.node(n.lhs).value) + ")";
    }
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
        step.numbers = e.nodes[static_cast<size_t>(i)].name + " = " + with_values(e, n) + " = " + num(n.value);
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
        std::string symbols, numbers;
        for (int u = i + 1; u <= e.output; ++u) {
            const core::GraphNode& user = e.graph.node(u);
            for (int side = 0; side < 2; ++side) {
                if ((side == 0 ? user.lhs : user.rhs) != i) continue;
                const std::string user_name = e.nodes[static_cast<size_t>(u)].name;
                const double local = side == 0 ? user.local_lhs : user.local_rhs;
                symbols += (symbols.empty() ? "" : " + ") + ("∂" + f + "/∂" + user_name + " · ∂" + user_name + "/∂" + name);
                numbers += (numbers.empty() ? "" : " + ") + (factor(user.grad) + " · " + factor(local));
            }
        }
        step.formula = "∂" + f + "/∂" + name + " = " + symbols;
        step.numbers = "∂" + f + "/∂" + name + " = " + numbers + " = " + num(n.grad);
        steps.push_back(step);
    }
    return steps;
}

}  // namespace lab
