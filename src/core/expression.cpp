#include "expression.h"

#include <cmath>
#include <cstdio>
#include <new>
#include <utility>

#include "expression_reader.h"

namespace core {
namespace {

using expression_reader::Reader;
using expression_reader::Tok;
using expression_reader::Token;

using Function = GraphFunction;
const Function* find_function(const std::string& name) {
    for (const Function& f : kGraphFunctions)
        if (name == function_name(f)) return &f;
    return nullptr;
}
// "exp, log, tanh, …", or with arity 2 only those of two arguments, as called: "max(a, b), pow(a, b)"
std::string known_functions(int arity = 0) {
    std::string list;
    for (const Function& f : kGraphFunctions)
        if (arity == 0 || f.arity == arity)
            list += (list.empty() ? "" : ", ") + std::string(function_name(f)) + (arity == 2 ? "(a, b)" : "");
    return list;
}
std::string number_text(double v) {  // for domain errors: 4 significant digits, a true minus sign, ∞
    if (std::isnan(v)) return "not a number";
    if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", std::fabs(v));
    return (v < 0 ? "−" : "") + std::string(text);
}

int precedence(Tok k) {  // of the binary operators; a unary minus sits between × and ^ (3)
    return k == Tok::Plus || k == Tok::Minus ? 1 : k == Tok::Times || k == Tok::Divide ? 2 : k == Tok::Power ? 4 : 0;
}

struct Operand {
    int node = -1;
    size_t begin = 0, end = 0;  // its text, parentheses included
};

// An operator still waiting for its right operand, or an open '(' or function call.
struct Pending {
    enum Kind { Binary, Negate, Paren, Call } kind = Binary;
    Tok op = Tok::End;             // Binary
    const Function* f = nullptr;   // Call
    int args = 1;                  // Call: arguments begun so far
    size_t begin = 0, open = 0;    // where its text starts; the '(' of Paren and Call
    int precedence() const { return kind == Binary ? core::precedence(op) : kind == Negate ? 3 : 0; }
};

// Shunting-yard: operands and pending operators on two explicit stacks, so any nesting costs heap, not the call
// stack; kMaxExpressionDepth bounds the open '(' / calls / minus signs / exponents all the same.
class Parser {
public:
    Parser(const std::string& text, const std::vector<Assignment>& values, ExpressionError& error)
        : values_(values), in_(text, false, error) {}

    bool run(ParsedExpression& out) {
        if (!in_.check_length()) return false;
        if (in_.kind() == Tok::End) return in_.fail(0, "empty expression");
        for (bool want_operand = true;;) {
            if (want_operand) {
                if (!operand(want_operand)) return false;
                continue;
            }
            const Token t = in_.tok();
            if (precedence(t.kind) > 0) {  // ^ is right-associative: 2^3^2 = 2^(3^2)
                const int p = precedence(t.kind) + (t.kind == Tok::Power ? 1 : 0);
                while (!ops_.empty() && ops_.back().precedence() >= p)
                    if (!reduce()) return false;
                if (!push({Pending::Binary, t.kind}, t)) return false;
                want_operand = true;
                continue;
            }
            while (!ops_.empty() && ops_.back().precedence() > 0)  // everything down to the innermost '(' or call
                if (!reduce()) return false;
            Pending* open = ops_.empty() ? nullptr : &ops_.back();
            if (t.kind == Tok::End && !open) break;
            if (t.kind == Tok::End)
                return in_.fail(t.begin, "expected ')' to close '(' opened at " + in_.column(open->open));
            if (t.kind == Tok::RParen && !open) return in_.fail(t.begin, "unexpected ')' without a matching '('");
            if (t.kind == Tok::Comma && (!open || open->kind == Pending::Paren))
                return in_.fail(t.begin, "',' only separates a function's two arguments: " + known_functions(2));
            if (t.kind == Tok::Comma && open->args == open->f->arity)
                return in_.fail(t.begin, std::string("too many arguments: '") + function_name(*open->f) + "' takes " +
                                             (open->f->arity == 1 ? "one" : "two"));
            if (t.kind == Tok::Comma) {
                ++open->args;
                in_.advance();
                want_operand = true;
            } else if (t.kind == Tok::RParen) {
                if (open->kind == Pending::Call && open->args < open->f->arity) return arity_error(*open->f);
                if (!close(t.end)) return false;
                in_.advance();
            } else if (t.kind == Tok::Number || t.kind == Tok::Name || t.kind == Tok::LParen) {
                const char* expected = !open ? "(+ − × ÷ ^)" : open->kind == Pending::Call ? ", ',' or ')'" : " or ')'";
                return in_.fail(t.begin, std::string("expected an operator") + (open ? "" : " ") + expected +
                                             " before " + in_.quoted(t));
            } else if (t.kind == Tok::Assign) {
                return in_.fail(t.begin, "'=' belongs in the variable list, not in the expression");
            } else {
                return in_.fail_expected("an operator");
            }
        }
        const int output = operands_.back().node;
        graph_.forward();
        if (!defined_everywhere()) return false;
        graph_.backward(output);
        out.nodes = labels(output);
        out.graph = std::move(graph_);
        out.output = output;
        out.variables = std::move(variables_);
        return true;
    }

private:
    // A number, a variable, or the start of something that yields one: '-', '(' or a function call.
    bool operand(bool& want_operand) {
        const Token t = in_.tok();
        if (t.kind == Tok::Minus) {
            in_.advance();
            const Token number = in_.tok();
            if (number.kind != Tok::Number || in_.next_kind() == Tok::Power)  // -x^2 = -(x^2)
                return push({Pending::Negate}, t, false);
            want_operand = false;  // "-2" is one constant, not −(2)
            return in_.advance(), constant(-number.number, t.begin, number.end);
        }
        if (t.kind == Tok::LParen) return push({Pending::Paren}, t);
        if (t.kind == Tok::Name && in_.next_kind() == Tok::LParen) {
            const Function* f = find_function(in_.slice(t.begin, t.end));
            if (!f) return in_.fail(t.begin, "unknown function " + in_.quoted(t) + " (known: " + known_functions() + ")");
            in_.advance();
            return push({Pending::Call, Tok::End, f}, t);
        }
        want_operand = false;
        if (t.kind == Tok::Number) return in_.advance(), constant(t.number, t.begin, t.end);
        if (t.kind == Tok::Name) return variable(t);
        if (t.kind == Tok::RParen && !ops_.empty() && ops_.back().kind == Pending::Call)  // "exp()", "max(1,)"
            return arity_error(*ops_.back().f);
        return in_.fail_expected("a number, variable, function or '('");
    }

    // Consumes the token `t` and pushes what it opened; everything but + − × ÷ counts as one level of nesting.
    bool push(Pending pending, const Token& t, bool advance = true) {
        pending.begin = t.begin;
        pending.open = in_.tok().begin;  // for a call, `t` is the name and this is its '('
        depth_ += pending.kind != Pending::Binary || pending.op == Tok::Power ? 1 : 0;
        if (depth_ > kMaxExpressionDepth)
            return in_.fail(t.begin, "nested more than " + std::to_string(kMaxExpressionDepth) + " levels deep");
        ops_.push_back(pending);
        if (advance) in_.advance();
        return true;
    }
    // Applies the top operator to the operands on top of the operand stack.
    bool reduce() {
        const Pending op = ops_.back();
        ops_.pop_back();
        depth_ -= op.kind == Pending::Negate || op.op == Tok::Power ? 1 : 0;
        const Operand b = pop();
        if (op.kind == Pending::Negate) return make(Op::Neg, b, nullptr, op.begin, b.end);
        const Operand a = pop();
        const Op kind[] = {Op::Add, Op::Sub, Op::Mul, Op::Div, Op::Pow};
        return make(kind[static_cast<int>(op.op) - static_cast<int>(Tok::Plus)], a, &b, a.begin, b.end);
    }
    // ')' closes the innermost '(' (the operand's text takes in the parentheses) or a call (its node is made).
    bool close(size_t end) {
        const Pending open = ops_.back();
        ops_.pop_back();
        --depth_;
        if (open.kind == Pending::Paren) {
            operands_.back().begin = open.begin;
            operands_.back().end = end;
            return true;
        }
        const Operand b = open.f->arity == 2 ? pop() : Operand{};
        const Operand a = pop();
        return make(open.f->op, a, open.f->arity == 2 ? &b : nullptr, open.begin, end);
    }
    Operand pop() {  // the state machine guarantees enough operands; an empty stack yields a harmless −1
        if (operands_.empty()) return Operand{};
        const Operand top = operands_.back();
        operands_.pop_back();
        return top;
    }

    bool variable(const Token& t) {
        const std::string name = in_.slice(t.begin, t.end);
        if (find_function(name)) return in_.fail(t.begin, "'" + name + "' is a function: write " + name + "(…)");
        Operand use{-1, t.begin, t.end};
        for (size_t i = 0; i < variables_.size(); ++i)
            if (variables_[i] == name) use.node = variable_nodes_[i];  // one input node per variable
        if (use.node < 0) {
            const Assignment* given = nullptr;
            for (const Assignment& a : values_) given = a.name == name ? &a : given;
            if (!given)
                return in_.fail(t.begin, "variable '" + name + "' has no value: add it, e.g. " + name + " = 1");
            if (!room(t.begin)) return false;
            use.node = graph_.input(name, given->value);
            spans_.push_back({t.begin, t.end});
            variables_.push_back(name);
            variable_nodes_.push_back(use.node);
        }
        operands_.push_back(use);
        return in_.advance(), true;
    }
    bool constant(double value, size_t begin, size_t end) {
        if (!room(begin)) return false;
        operands_.push_back({graph_.constant(value), begin, end});
        spans_.push_back({begin, end});
        return true;
    }
    bool make(Op op, const Operand& a, const Operand* b, size_t begin, size_t end) {
        if (!room(begin)) return false;
        operands_.push_back({b ? graph_.binary(op, a.node, b->node) : graph_.unary(op, a.node), begin, end});
        spans_.push_back({begin, end});
        return true;
    }
    bool room(size_t at) {
        return graph_.size() < kMaxExpressionNodes ||
               in_.fail(at, "expression too large: more than " + std::to_string(kMaxExpressionNodes) + " nodes");
    }
    bool arity_error(const Function& f) {
        const std::string n = function_name(f);
        const std::string usage = f.arity == 1 ? "' needs one argument: " + n + "(x)"
                                               : "' needs two arguments separated by ',': " + n + "(a, b)";
        return in_.fail(in_.tok().begin, "'" + n + usage);
    }

    // Every value and local slope finite, or an error naming the first sub-expression where it is not:
    // "column 1: sqrt(y − 5) is undefined at y − 5 = −3: sqrt needs x > 0 (…)".
    bool defined_everywhere() const {
        for (int i = 0; i < graph_.size(); ++i) {
            const GraphNode& n = graph_.node(i);
            if (std::isfinite(n.value) && std::isfinite(n.local_lhs) && std::isfinite(n.local_rhs)) continue;
            const std::string what = "'" + in_.slice(spans_[static_cast<size_t>(i)].first,
                                                      spans_[static_cast<size_t>(i)].second) + "'";
            const auto operand = [&](int k) {
                return "'" + in_.slice(spans_[static_cast<size_t>(k)].first, spans_[static_cast<size_t>(k)].second) +
                       "' = " + number_text(graph_.node(k).value);
            };
            const Function* f = graph_function(n.op);
            std::string why;
            if (n.op == Op::Div && graph_.node(n.rhs).value == 0.0)
                why = "division by zero: " + operand(n.rhs);
            else if (f && f->domain)
                why = what + " is undefined at " + operand(n.lhs) + (f->arity == 2 ? ", " + operand(n.rhs) : "") +
                      ": " + function_name(*f) + " needs " + f->domain;
            else
                why = what + (std::isfinite(n.value) ? " has no finite slope here" : " has no finite value here") +
                      " (" + number_text(n.value) + ")";
            return in_.fail(spans_[static_cast<size_t>(i)].first, why);
        }
        return true;
    }

    // Names for stepping: inputs keep theirs, constants show their text, the output is f and the intermediate
    // results q, r, s, ... in evaluation order (skipping any name a variable already uses).
    std::vector<ExpressionNode> labels(int output) const {
        auto taken = [&](const std::string& s) {
            for (const std::string& v : variables_)
                if (v == s) return true;
            return false;
        };
        std::string f = "f";
        for (int k = 1; taken(f); ++k) f = "f" + std::to_string(k);
        const char* const letters[] = {"q", "r", "s", "t", "u", "v", "w", "p"};
        int next = 0;
        auto fresh = [&]() {
            for (;; ++next) {
                const std::string s = next < 8 ? letters[next] : "q" + std::to_string(next - 7);
                if (!taken(s) && s != f) return ++next, s;
            }
        };
        std::vector<ExpressionNode> nodes(static_cast<size_t>(graph_.size()));
        for (size_t i = 0; i < nodes.size(); ++i) {
            const GraphNode& g = graph_.node(static_cast<int>(i));
            ExpressionNode& n = nodes[i];
            n.offset = spans_[i].first;
            n.source = in_.slice(spans_[i].first, spans_[i].second);
            if (g.op == Op::Input || g.op == Op::Constant) {
                n.name = n.formula = g.op == Op::Input ? g.name : n.source;
                continue;
            }
            n.name = static_cast<int>(i) == output ? f : fresh();
            const std::string a = nodes[static_cast<size_t>(g.lhs)].name;
            const std::string b = g.rhs >= 0 ? nodes[static_cast<size_t>(g.rhs)].name : "";
            const std::string symbol = op_symbol(g.op);
            std::string rhs = symbol + "(" + a + (g.rhs >= 0 ? ", " + b : "") + ")";  // exp(a), max(a, b)
            if (g.op == Op::Add || g.op == Op::Sub || g.op == Op::Mul || g.op == Op::Div)
                rhs = a + " " + symbol + " " + b;
            if (g.op == Op::Pow) rhs = a + "^" + b;
            if (g.op == Op::Neg) rhs = symbol + a;
            n.formula = n.name + " = " + rhs;
        }
        return nodes;
    }

    const std::vector<Assignment>& values_;
    Reader in_;
    ScalarGraph graph_;
    std::vector<std::pair<size_t, size_t>> spans_;  // per node: its text
    std::vector<std::string> variables_;            // in order of first use
    std::vector<int> variable_nodes_;
    std::vector<Operand> operands_;
    std::vector<Pending> ops_;
    int depth_ = 0;
};

// Only std::bad_alloc can reach the public functions' catch; the message fits in a short-string buffer.
bool out_of_memory(ExpressionError& error) {
    error.offset = 0;
    error.column = 1;
    error.message = "out of memory";
    return false;
}

}  // namespace

std::string expression_help() {
    std::string help = "+ − × ÷ ^ (x^2, x^-1), named variables, and the functions (local derivative):";
    for (const Function& f : kGraphFunctions) {
        Activation g = Activation::Linear;
        const char* derivative = f.derivative ? f.derivative : activation_of(f.op, g) ? activation_info(g).derivative : "";
        help += std::string("\n  ") + function_name(f) + (f.arity == 1 ? "(x)" : "(a, b)") + ":  " + derivative;
        if (f.domain) help += std::string(";  needs ") + f.domain;
    }
    return help + "\n  a ÷ b:  ∂/∂a = 1/b, ∂/∂b = −a/b²;  needs b ≠ 0";
}

bool parse_assignments(const std::string& text, std::vector<Assignment>& out, ExpressionError& error) {
    try {
        Reader in(text, true, error);
        if (!in.check_length()) return false;
        std::vector<Assignment> list;
        while (in.kind() != Tok::End) {
            if (in.kind() == Tok::Separator || in.kind() == Tok::Comma) {
                in.advance();
                continue;
            }
            if (in.kind() != Tok::Name) return in.fail_expected("a variable name");
            const Token name = in.tok();
            const std::string id = in.slice(name.begin, name.end);
            if (find_function(id)) return in.fail(name.begin, "'" + id + "' is a function, not a variable");
            for (const Assignment& a : list)
                if (a.name == id) return in.fail(name.begin, "'" + id + "' is given twice");
            in.advance();
            if (in.kind() != Tok::Assign) return in.fail_expected("'='");
            in.advance();
            const double sign = in.kind() == Tok::Minus ? -1.0 : 1.0;
            if (in.kind() == Tok::Minus || in.kind() == Tok::Plus) in.advance();
            if (in.kind() != Tok::Number) return in.fail_expected("a number");
            list.push_back({id, sign * in.tok().number});
            in.advance();
            if (in.kind() != Tok::End && in.kind() != Tok::Separator && in.kind() != Tok::Comma)
                return in.fail_expected("',' before the next variable");
        }
        out = std::move(list);
        return true;
    } catch (...) {
        return out_of_memory(error);
    }
}

bool parse_expression(const std::string& text, const std::vector<Assignment>& values, ParsedExpression& out,
                      ExpressionError& error) {
    try {
        ParsedExpression parsed;
        Parser parser(text, values, error);
        if (!parser.run(parsed)) return false;
        out = std::move(parsed);
        return true;
    } catch (...) {
        return out_of_memory(error);
    }
}

}  // namespace core
