// A computational graph of scalars (micrograd's idea, with arrays instead of heap nodes): each node remembers the
// operation that made it and its inputs, forward() computes values in creation order and backward() applies the
// chain rule in reverse — downstream gradient = local gradient × upstream gradient.
//   f(x, y, z) = (x + y) z:  q = x + y,  f = q z;  ∂f/∂x = ∂f/∂q · ∂q/∂x = z · 1
#pragma once
#include <string>
#include <vector>

#include "activation.h"

namespace core {

enum class Op { Input, Constant, Add, Sub, Mul, Div, Pow, Neg, Exp, Log, Tanh, Sigmoid, ReLU, Max, Sin, Cos, Sqrt, Abs };

// A node's value and its local gradients ∂n/∂a, ∂n/∂b at its operands' values a, b.
struct LocalResult {
    double value = 0.0, d_lhs = 0.0, d_rhs = 0.0;
};

// The operations an expression calls by name, f(x) or f(a, b): the ONE table that the expression parser (names,
// arity, "unknown function" list), forward() (value and local derivative), the domain-error messages and the
// graph tab's help text loop over. Powers are written x^n or pow(x, n) — both become Op::Pow.
// sin and cos are det::sin / det::cos; sqrt is std::sqrt, which IEEE-754 rounds correctly on every target, so
// native and WASM agree bit for bit.
struct GraphFunction {
    Op op;
    const char* name;        // as typed; nullptr: the activation's id (activation.h), "tanh", "sigmoid", "relu"
    int arity;               // 1: f(x); 2: f(a, b)
    const char* derivative;  // its local derivative for the help text; nullptr: the activation's g′
    const char* domain;      // where value and slope are finite, for the error message; nullptr: everywhere
    LocalResult (*apply)(double a, double b);
};
extern const GraphFunction kGraphFunctions[11];
const char* function_name(const GraphFunction& f);  // "sin", "pow", "tanh"
const GraphFunction* graph_function(Op op);         // its row, or nullptr for the operators + − × ÷ ^ and leaves
// The activation (activation.h) an operation applies — g, g′ and name — or false for the others.
bool activation_of(Op op, Activation& g);

// What an operation gives at operand values a (and b): its value and local gradients.
LocalResult apply(Op op, double a, double b = 0.0);

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

const char* op_symbol(Op op);  // "+", "×", "^", or a function's name: "exp", "sin", an activation's id

}  // namespace core
