#include "scalar_graph.h"

#include <cmath>

#include "detmath.h"

namespace core {

int ScalarGraph::push(GraphNode node) {
    nodes_.push_back(std::move(node));
    return size() - 1;
}

int ScalarGraph::input(const std::string& name, double value) {
    GraphNode node;
    node.op = Op::Input;
    node.name = name;
    node.value = value;
    return push(node);
}

int ScalarGraph::constant(double value) {
    GraphNode node;
    node.op = Op::Constant;
    node.value = value;
    return push(node);
}

int ScalarGraph::unary(Op op, int a) {
    GraphNode node;
    node.op = op;
    node.lhs = a;
    return push(node);
}

int ScalarGraph::binary(Op op, int a, int b) {
    GraphNode node;
    node.op = op;
    node.lhs = a;
    node.rhs = b;
    return push(node);
}

void ScalarGraph::set_input(const std::string& name, double value) {
    for (GraphNode& node : nodes_)
        if (node.op == Op::Input && node.name == name) node.value = value;
}

LocalResult apply(Op op, double a, double b) {
    switch (op) {
        case Op::Input:
        case Op::Constant: return {};
        case Op::Add: return {a + b, 1.0, 1.0};
        case Op::Sub: return {a - b, 1.0, -1.0};
        case Op::Mul: return {a * b, b, a};
        case Op::Div: return {a / b, 1.0 / b, -a / (b * b)};  // b = 0: ±∞ or NaN, which the parser reports
        case Op::Neg: return {-a, -1.0, 0.0};
        default: return graph_function(op)->apply(a, b);
    }
}

void ScalarGraph::forward() {
    for (GraphNode& n : nodes_) {
        if (n.op == Op::Input || n.op == Op::Constant) continue;
        const double a = n.lhs >= 0 ? nodes_[static_cast<size_t>(n.lhs)].value : 0.0;
        const double b = n.rhs >= 0 ? nodes_[static_cast<size_t>(n.rhs)].value : 0.0;
        const LocalResult r = apply(n.op, a, b);
        n.value = r.value;
        n.local_lhs = r.d_lhs;
        n.local_rhs = r.d_rhs;
    }
}

void ScalarGraph::backward(int output) {
    for (GraphNode& n : nodes_) n.grad = 0.0;
    if (output < 0 || output >= size()) return;
    nodes_[static_cast<size_t>(output)].grad = 1.0;  // ∂f/∂f = 1
    for (int i = output; i >= 0; --i) {
        const GraphNode& n = nodes_[static_cast<size_t>(i)];
        // chain rule: each input receives local gradient × upstream gradient (summed over all its uses)
        if (n.lhs >= 0) nodes_[static_cast<size_t>(n.lhs)].grad += n.local_lhs * n.grad;
        if (n.rhs >= 0) nodes_[static_cast<size_t>(n.rhs)].grad += n.local_rhs * n.grad;
    }
}

namespace {

LocalResult activation(Op op, double a) {  // the network's own g and g′ (activation.h)
    Activation g = Activation::Linear;
    activation_of(op, g);
    const double value = activate(g, a);
    return {value, activate_derivative(g, a, value), 0.0};
}

}  // namespace

const GraphFunction kGraphFunctions[11] = {
    {Op::Exp, "exp", 1, "exp x", nullptr,
     [](double a, double) -> LocalResult { const double e = det::exp(a); return {e, e, 0.0}; }},
    {Op::Log, "log", 1, "1/x", "x > 0", [](double a, double) -> LocalResult { return {det::log(a), 1.0 / a, 0.0}; }},
    {Op::Tanh, nullptr, 1, nullptr, nullptr, [](double a, double) { return activation(Op::Tanh, a); }},
    {Op::Sigmoid, nullptr, 1, nullptr, nullptr, [](double a, double) { return activation(Op::Sigmoid, a); }},
    {Op::ReLU, nullptr, 1, nullptr, nullptr, [](double a, double) { return activation(Op::ReLU, a); }},
    {Op::Max, "max", 2, "1 to the larger (the left one on a tie), 0 to the other", nullptr,
     [](double a, double b) -> LocalResult { return a >= b ? LocalResult{a, 1.0, 0.0} : LocalResult{b, 0.0, 1.0}; }},
    // ∂(aᵇ)/∂a = b aᵇ⁻¹,  ∂(aᵇ)/∂b = aᵇ ln a (taken as 0 for a ≤ 0, where ln a is undefined)
    {Op::Pow, "pow", 2, "∂/∂a = b·a^(b−1), ∂/∂b = a^b·ln a", "a > 0, or a whole b (b ≥ 1 at a = 0)",
     [](double a, double b) -> LocalResult {
         const double value = det::pow(a, b);
         return {value, b * det::pow(a, b - 1.0), a > 0.0 ? value * det::log(a) : 0.0};
     }},
    {Op::Sin, "sin", 1, "cos x", nullptr,
     [](double a, double) -> LocalResult { return {det::sin(a), det::cos(a), 0.0}; }},
    {Op::Cos, "cos", 1, "−sin x", nullptr,
     [](double a, double) -> LocalResult { return {det::cos(a), -det::sin(a), 0.0}; }},
    {Op::Sqrt, "sqrt", 1, "1/(2√x)", "x > 0 (at 0 the slope 1/(2√x) is infinite)",
     [](double a, double) -> LocalResult { const double r = std::sqrt(a); return {r, 0.5 / r, 0.0}; }},
    // |x| has no slope at 0; like relu′(0), the graph takes 0 there
    {Op::Abs, "abs", 1, "sign x (0 at x = 0)", nullptr,
     [](double a, double) -> LocalResult { return {std::fabs(a), a > 0.0 ? 1.0 : a < 0.0 ? -1.0 : 0.0, 0.0}; }},
};

const char* function_name(const GraphFunction& f) {
    if (f.name) return f.name;
    Activation g = Activation::Linear;
    activation_of(f.op, g);
    return activation_name(g);
}

const GraphFunction* graph_function(Op op) {
    for (const GraphFunction& f : kGraphFunctions)
        if (f.op == op) return &f;
    return nullptr;
}

bool activation_of(Op op, Activation& g) {
    switch (op) {
        case Op::Tanh: g = Activation::Tanh; return true;
        case Op::Sigmoid: g = Activation::Sigmoid; return true;
        case Op::ReLU: g = Activation::ReLU; return true;
        default: return false;
    }
}

const char* op_symbol(Op op) {
    switch (op) {
        case Op::Input: return "input";
        case Op::Constant: return "const";
        case Op::Add: return "+";
        case Op::Sub: return "−";
        case Op::Mul: return "×";
        case Op::Div: return "÷";
        case Op::Pow: return "^";
        case Op::Neg: return "−";
        default: break;
    }
    const GraphFunction* f = graph_function(op);
    return f ? function_name(*f) : "?";
}

}  // namespace core
