// A computational graph of scalars (micrograd's idea, with arrays instead of heap nodes): each node remembers the
// operation that made it and its inputs, forward() computes values in creation order and backward() applies the
// chain rule in reverse — downstream gradient = local gradient × upstream gradient.
//   f(x, y, z) = (x + y) z:  q = x + y,  f = q z;  ∂f/∂x = ∂f/∂q · ∂q/∂x = z · 1
#pragma once
#include <string>
#include <vector>

#include "activation.h"

namespace core {

enum class Op { Input, Constant, Add, Sub, Mul, Div, Pow, Neg, Exp, Log, Tanh, Sigmoid, ReLU, Max };

// The operations an expression calls by name, f(x) or max(a, b): the one list the expression reader and the graph
// view use. Their names are op_symbol's; tanh, sigmoid and relu are core's activations of those ids.
struct GraphFunction {
    Op op;
    int arity;  // 1: f(x); 2: f(a, b)
};
inline constexpr GraphFunction kGraphFunctions[] = {{Op::Exp, 1},     {Op::Log, 1},  {Op::Tanh, 1},
                                                    {Op::Sigmoid, 1}, {Op::ReLU, 1}, {Op::Max, 2}};
// The activation (activation.h) an operation applies — g, g′ and name — or false for the others.
bool activation_of(Op op, Activation& g);

struct GraphNode {
    Op op = Op::Input;
    std::string name;     // variable name for inputs ("x"), otherwise empty
    int lhs = -1;         // input node indices (−1 = none)
    int rhs = -1;
    double value = 0.0;   // set by forward()
    double grad = 0.0;    // ∂f/∂(this node), set by backward()
    double local_lhs = 0.0;  // ∂(this)/∂lhs and ∂(this)/∂rhs at the current values
    double local_rhs = 0.0;
};

class ScalarGraph {
public:
    int input(const std::string& name, double value);
    int constant(double value);
    int unary(Op op, int a);
    int binary(Op op, int a, int b);

    void set_input(const std::string& name, double value);  // no effect if there is no such input
    void forward();                 // values and local gradients of every node, in creation order
    void backward(int output);      // grads: ∂output/∂node for every node, in reverse order

    const std::vector<GraphNode>& nodes() const { return nodes_; }
    const GraphNode& node(int i) const { return nodes_[static_cast<size_t>(i)]; }
    int size() const { return static_cast<int>(nodes_.size()); }

private:
    int push(GraphNode node);
    std::vector<GraphNode> nodes_;  // topologically ordered: inputs of node i have indices < i
};

const char* op_symbol(Op op);  // "+", "×", "exp", or an activation's id (activation_name)

}  // namespace core
