// Typed expressions for the computational-graph lesson: "(x + y) * z" with "x = -2, y = 5, z = -4" becomes a
// ScalarGraph whose nodes the UI steps through forward and backward, one node at a time.
//
//   expression := sum
//   sum        := product (('+' | '-' | '−') product)*
//   product    := unary (('*' | '×' | '·' | '/' | '÷') unary)*
//   unary      := ('-' | '−') unary | power                 so -x^2 = -(x^2)
//   power      := primary ('^' unary)?                       right-associative: 2^3^2 = 2^(3^2), x^-1 allowed
//   primary    := number | variable | function '(' args ')' | '(' sum ')'
//   number     := digits ['.' digits] | '.' digits, then optional e[+-]digits     (1, 2.5, .5, 1e-3)
//   function   := a name in kGraphFunctions (scalar_graph.h): exp log tanh sigmoid relu sin cos sqrt abs (one
//                 argument), max pow (two, comma separated); x^n and pow(x, n) are the same power node
//
// A sub-expression whose value or local slope is not finite at the given values (1/0, sqrt(−1), sqrt at 0,
// log(0), exp(1000)) is an error naming it and its operands' values, so every graph shown has finite numbers.
// abs′(0) is taken as 0, as relu′(0) is.
//
// Every use of a variable refers to one input node, so its gradient sums the contributions of all uses
// (∂f/∂x of x*x is 2x). Parsing never throws and never recurses deeper than kMaxExpressionDepth.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "limits.h"
#include "scalar_graph.h"

namespace core {

// kMaxExpressionLength (limits.h): characters (UTF-8 code points), for the expression and the list
constexpr int kMaxExpressionDepth = 100;    // nesting of parentheses, function calls, unary minus and ^
constexpr int kMaxExpressionNodes = 500;    // graph nodes, inputs and constants included

// Where and why parsing failed. `message` starts with the column: "column 7: expected ')' to close '('
// opened at column 3".
struct ExpressionError {
    size_t offset = 0;  // byte offset into the text
    int column = 1;     // 1-based, counted in characters (UTF-8 code points), as an editor shows it
    std::string message;
};

// One "name = value" of the variable list.
struct Assignment {
    std::string name;
    double value = 0.0;
};

// How the UI names a node while stepping through the graph.
struct ExpressionNode {
    std::string name;     // "x" for inputs, "2" for constants, "q", "r", ... for intermediates, "f" for the output
    std::string formula;  // in terms of the operands' names: "q = x + y", "f = q × z", "x" for an input
    std::string source;   // the sub-expression as typed: "(x+y)*z"
    size_t offset = 0;    // byte offset of `source` in the expression
};

struct ParsedExpression {
    ScalarGraph graph;                  // nodes in evaluation order; forward() and backward(output) already run
    int output = -1;                    // node index of f
    std::vector<ExpressionNode> nodes;  // one per graph node, same index
    std::vector<std::string> variables; // the variables' names in order of first use
};

// The syntax and every function with its local derivative, one per line, from kGraphFunctions: the help text.
std::string expression_help();

// Parses "x = -2, y = 5; z = -4" (',' ';' or newlines between items; empty items are skipped; each name at most
// once). On failure returns false, fills `error` and leaves `out` untouched.
bool parse_assignments(const std::string& text, std::vector<Assignment>& out, ExpressionError& error);

// Parses `text` into a graph with inputs taken from `values`; a variable without a value is an error naming it.
// On failure returns false, fills `error` and leaves `out` untouched.
bool parse_expression(const std::string& text, const std::vector<Assignment>& values, ParsedExpression& out,
                      ExpressionError& error);

}  // namespace core
