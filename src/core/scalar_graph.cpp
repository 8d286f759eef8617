#include "scalar_graph.h"

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

void ScalarGraph::forward() {
    for (GraphNode& n : nodes_) {
        const double a = n.lhs >= 0 ? nodes_[static_cast<size_t>(n.lhs)].value : 0.0;
        const double b = n.rhs >= 0 ? nodes_[static_cast<size_t>(n.rhs)].value : 0.0;
        // value, then the local gradients ∂n/∂a and ∂n/∂b
        switch (n.op) {
            case Op::Input:
            case Op::Constant: break;
            case Op::Add: n.value = a + b; n.local_lhs = 1.0; n.local_rhs = 1.0; break;
            case Op::Sub: n.value = a - b; n.local_lhs = 1.0; n.local_rhs = -1.0; break;
            case Op::Mul: n.value = a * b; n.local_lhs = b; n.local_rhs = a; break;
            case Op::Div: n.value = a / b; n.local_lhs = 1.0 / b; n.local_rhs = -a / (b * b); break;
            case Op::Pow:  // ∂(aᵇ)/∂a = b aᵇ⁻¹,  ∂(aᵇ)/∂b = aᵇ ln a (defined for a > 0)
                n.value = det::pow(a, b);
                n.local_lhs = b * det::pow(a, b - 1.0);
                n.local_rhs = a > 0.0 ? n.value * det::log(a) : 0.0;
                break;
            case Op::Neg: n.value = -a; n.local_lhs = -1.0; break;
            case Op::Exp: n.value = det::exp(a); n.local_lhs = n.value; break;
            case Op::Log: n.value = det::log(a); n.local_lhs = 1.0 / a; break;
            case Op::Tanh:
            case Op::Sigmoid:
            case Op::ReLU: {  // the network's own g and g′ (activation.h)
                Activation g = Activation::Linear;
                activation_of(n.op, g);
                n.value = activate(g, a);
                n.local_lhs = activate_derivative(g, a, n.value);
                break;
            }
            case Op::Max:  // the gradient goes to the larger input (to the left one on a tie)
                n.value = a >= b ? a : b;
                n.local_lhs = a >= b ? 1.0 : 0.0;
                n.local_rhs = a >= b ? 0.0 : 1.0;
                break;
        }
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
        case Op::Exp: return "exp";
        case Op::Log: return "log";
        case Op::Tanh:
        case Op::Sigmoid:
        case Op::ReLU: {
            Activation g = Activation::Linear;
            activation_of(op, g);
            return activation_name(g);
        }
        case Op::Max: return "max";
    }
    return "?";
}

}  // namespace core
