// A computational graph of scalars (micrograd's idea, with arrays instead of heap nodes): each node remembers the
// operation that made it and its inputs, forward() computes values in creation order and backward() applies the
// chain rule in reverse — downstream gradient = local gradient × upstream gradient.
//   f(x, y, z) = (x + y) z:  q = x + y,  f = q z;  ∂f/∂x = ∂f/∂q · ∂q/∂x = z · 1
#pragma once
#include <string>
#include <vector>

namespace core {

enum class Op { Input, Constant, Add, Sub, Mul, Div, Pow, Neg, Exp, Log, Tanh, Sigmoid, ReLU, Max };

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

const char* op_symbol(Op op);  // "+", "×", "exp", ...

}  // namespace core
