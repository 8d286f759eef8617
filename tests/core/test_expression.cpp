#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "core/expression.h"
#include "core/rng.h"

using namespace core;

namespace {

std::vector<Assignment> lecture_values() { return {{"x", -2.0}, {"y", 5.0}, {"z", -4.0}}; }

// Parses with the given values and returns f, or NaN when parsing fails.
double value_of(const std::string& text, const std::vector<Assignment>& values) {
    ParsedExpression parsed;
    ExpressionError error;
    if (!parse_expression(text, values, parsed, error)) return std::nan("");
    return parsed.graph.node(parsed.output).value;
}

int node_named(const ParsedExpression& parsed, const std::string& name) {
    for (size_t i = 0; i < parsed.nodes.size(); ++i)
        if (parsed.nodes[i].name == name) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("the lecture's (x + y) z at x = -2, y = 5, z = -4", "[expression]") {
    std::vector<Assignment> values;
    ExpressionError error;
    REQUIRE(parse_assignments("x = -2, y = 5, z = -4", values, error));
    ParsedExpression parsed;
    REQUIRE(parse_expression("(x + y) * z", values, parsed, error));
    const ScalarGraph& g = parsed.graph;
    REQUIRE(g.node(parsed.output).value == -12.0);  // f = q z = 3 · (−4)
    REQUIRE(g.node(node_named(parsed, "q")).value == 3.0);
    REQUIRE(g.node(node_named(parsed, "q")).grad == -4.0);  // ∂f/∂q = z
    REQUIRE(g.node(node_named(parsed, "x")).grad == -4.0);  // ∂f/∂x = ∂f/∂q · ∂q/∂x = −4 · 1
    REQUIRE(g.node(node_named(parsed, "y")).grad == -4.0);
    REQUIRE(g.node(node_named(parsed, "z")).grad == 3.0);   // ∂f/∂z = q
    REQUIRE(parsed.nodes[static_cast<size_t>(node_named(parsed, "q"))].formula == "q = x + y");
    REQUIRE(parsed.nodes[static_cast<size_t>(parsed.output)].formula == "f = q × z");
    REQUIRE(parsed.nodes[static_cast<size_t>(parsed.output)].source == "(x + y) * z");
    REQUIRE(parsed.nodes[static_cast<size_t>(node_named(parsed, "q"))].source == "x + y");
    REQUIRE(parsed.variables == std::vector<std::string>{"x", "y", "z"});
    REQUIRE(g.size() == 5);  // x, y, q, z, f in evaluation order
}

TEST_CASE("precedence, associativity, unary minus and number forms", "[expression]") {
    const std::vector<Assignment> v = {{"x", 3.0}, {"y", 2.0}, {"z", -4.0}};
    const struct { const char* text; double expected; } cases[] = {
        {"1 + 2 * 3", 7},      {"(1 + 2) * 3", 9},   {"2 ^ 3 ^ 2", 512},   {"(2 ^ 3) ^ 2", 64},
        {"-x^2", -9},          {"-2^2", -4},         {"(-2)^2", 4},        {"-(2)^2", -4},
        {"8 / 4 / 2", 1},      {"8 - 4 - 2", 2},     {"2 * 3 ^ 2", 18},    {"2 ^ 3 * 4", 32},
        {"-x * y", -6},        {"2^-1", 0.5},        {"x^-y", 1.0 / 9},    {"1e-3 * 1000", 1},
        {".5 + .5", 1},        {"2.5e2", 250},       {"1E+2", 100},        {"- - 3", 3},
        {"3 - -2", 5},         {"x − y", 1},         {"x × y ÷ z", -1.5},  {"x · y", 6},
        {"max(1, 2)", 2},      {"max(-1, -2)", -1},  {"relu(-3)", 0},      {"relu(z) + relu(x)", 3},
        {"exp(0)", 1},         {"log(1)", 0},        {"tanh(0)", 0},       {"sigmoid(0)", 0.5},
        {"x*x*x", 27},         {"((x))", 3},         {"x - y*z + 1", 12},  {"-(x + y)*z", 20},
        {"1 / 4 * 2", 0.5},    {"  x\n+\ty  ", 5},   {"007", 7},           {"2^2^-1", std::pow(2.0, 0.5)},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        REQUIRE(value_of(c.text, v) == Approx(c.expected).margin(1e-12));
    }
}

TEST_CASE("a repeated variable is one input node whose gradient sums over its uses", "[expression]") {
    ParsedExpression parsed;
    ExpressionError error;
    REQUIRE(parse_expression("x*x + 3*x", {{"x", 2.0}}, parsed, error));
    int inputs = 0;
    for (const GraphNode& n : parsed.graph.nodes()) inputs += n.op == Op::Input ? 1 : 0;
    REQUIRE(inputs == 1);
    REQUIRE(parsed.graph.node(0).grad == 7.0);  // d/dx (x² + 3x) = 2x + 3
    REQUIRE(parsed.variables == std::vector<std::string>{"x"});
}

TEST_CASE("names avoid the variables' names; constants and inputs show their text", "[expression]") {
    ParsedExpression parsed;
    ExpressionError error;
    REQUIRE(parse_expression("(f + q) * -2 + r", {{"f", 1}, {"q", 2}, {"r", 3}}, parsed, error));
    REQUIRE(parsed.nodes[static_cast<size_t>(parsed.output)].name == "f1");
    REQUIRE(node_named(parsed, "s") >= 0);  // q and r are taken: the intermediates are s, t
    REQUIRE(node_named(parsed, "t") >= 0);
    REQUIRE(node_named(parsed, "-2") >= 0);  // "-2" is one constant, not −(2)
    REQUIRE(parsed.nodes[static_cast<size_t>(node_named(parsed, "t"))].formula == "t = s × -2");
    REQUIRE(parse_expression("x", {{"x", 4}}, parsed, error));  // the output may be the input itself
    REQUIRE(parsed.output == 0);
    REQUIRE(parsed.graph.node(0).grad == 1.0);
    REQUIRE(parse_expression("max(x, 2) - exp(-x)", {{"x", 1}}, parsed, error));
    REQUIRE(parsed.nodes[1].formula == "2");
    REQUIRE(parsed.nodes[2].formula == "q = max(x, 2)");
    REQUIRE(parsed.nodes[3].formula == "r = −x");
    REQUIRE(parsed.nodes[4].formula == "s = exp(r)");
    REQUIRE(parsed.nodes[4].source == "exp(-x)");
}

TEST_CASE("every function's gradient matches central differences", "[expression]") {
    const char* expressions[] = {
        "exp(x) * y",      "log(x*x + 1)",       "tanh(x * y)",        "sigmoid(x - y)",   "relu(x) + relu(-y)",
        "max(x, y * 2)",   "x^3 / y",            "x^y",                "exp(-x^2) * sigmoid(y)",
        "(x + y) * (x - y) / (1 + x*x)",         "-tanh(max(x, y))^2", "x ÷ y − y × x",
        "sin(x) * cos(y)", "sin(x * y)^2",       "cos(sin(x) + y)",    "sqrt(x*x + y*y)",  "abs(x - y) / y",
        "pow(x, 3) + x^2", "x / (y*y + 1)",      "pow(abs(y), x)",     "sqrt(abs(x * y)) * sin(y)",
    };
    const double h = 1e-6;
    for (const char* text : expressions) {
        for (const auto& point : {std::pair<double, double>{0.7, 1.3}, {1.9, -0.4}, {0.3, 2.2}}) {
            INFO(text << " at x = " << point.first << ", y = " << point.second);
            ParsedExpression parsed;
            ExpressionError error;
            if (std::string(text) == "x^y" && point.first <= 0) continue;
            REQUIRE(parse_expression(text, {{"x", point.first}, {"y", point.second}}, parsed, error));
            for (int i = 0; i < 2; ++i) {
                const std::string name = i == 0 ? "x" : "y";
                auto shifted = [&](double d) {
                    return value_of(text, {{"x", point.first + (i == 0 ? d : 0)}, {"y", point.second + (i == 1 ? d : 0)}});
                };
                const double numeric = (shifted(h) - shifted(-h)) / (2 * h);
                const int node = node_named(parsed, name);
                if (node < 0) continue;
                REQUIRE(parsed.graph.node(node).grad == Approx(numeric).epsilon(1e-6).margin(1e-7));
            }
        }
    }
}

TEST_CASE("values or slopes that are not finite are errors naming the sub-expression", "[expression]") {
    const struct { const char* text; int column; const char* message; } cases[] = {
        {"x / (y - 5)", 1, "division by zero: 'y - 5' = 0"},
        {"1 + 1/(x+2)", 5, "division by zero: 'x+2' = 0"},
        {"sqrt(z)", 1, "'sqrt(z)' is undefined at 'z' = −4: sqrt needs x > 0"},
        {"sqrt(y - 5)", 1, "'sqrt(y - 5)' is undefined at 'y - 5' = 0: sqrt needs x > 0 (at 0 the slope"},
        {"2 * log(x)", 5, "'log(x)' is undefined at 'x' = −2: log needs x > 0"},
        {"pow(z, 0.5)", 1, "'pow(z, 0.5)' is undefined at 'z' = −4, '0.5' = 0.5: pow needs a > 0"},
        {"x^0.5", 1, "'x^0.5' is undefined at 'x' = −2"},
        {"exp(y * 200)", 1, "'exp(y * 200)' has no finite value here (∞)"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        ParsedExpression parsed;
        parsed.output = 42;
        ExpressionError error;
        REQUIRE_FALSE(parse_expression(c.text, lecture_values(), parsed, error));
        CHECK(error.message.find(c.message) != std::string::npos);
        REQUIRE(error.column == c.column);
        REQUIRE(parsed.output == 42);
    }
    // the documented conventions: abs′(0) = 0 (like relu′(0)), and a whole power of a negative number is fine
    ParsedExpression parsed;
    ExpressionError error;
    REQUIRE(parse_expression("abs(x + 2) + z^2 + pow(x, 3)", lecture_values(), parsed, error));
    REQUIRE(parsed.graph.node(parsed.output).value == 0.0 + 16.0 - 8.0);
    REQUIRE(parsed.graph.node(node_named(parsed, "x")).grad == 0.0 + 3.0 * 4.0);  // abs′(0) · 1 + 3x²
}

TEST_CASE("the help text lists every function with its local derivative", "[expression]") {
    const std::string help = expression_help();
    for (const GraphFunction& f : kGraphFunctions) {
        INFO(function_name(f));
        REQUIRE(help.find(std::string("\n  ") + function_name(f) + "(") != std::string::npos);
    }
    REQUIRE(help.find("sin(x):  cos x") != std::string::npos);
    REQUIRE(help.find("sigmoid(x):  g′") != std::string::npos);  // the activation table's g′
    REQUIRE(help.find("needs b ≠ 0") != std::string::npos);
}

TEST_CASE("variable lists", "[expression]") {
    std::vector<Assignment> list;
    ExpressionError error;
    REQUIRE(parse_assignments("x=1;y=2\nz=3", list, error));
    REQUIRE(list.size() == 3);
    REQUIRE(list[2].name == "z");
    REQUIRE(list[2].value == 3.0);
    REQUIRE(parse_assignments("a = −1.5e2, b = +3, c=.5,", list, error));
    REQUIRE(list.size() == 3);
    REQUIRE(list[0].value == -150.0);
    REQUIRE(list[1].value == 3.0);
    REQUIRE(list[2].value == 0.5);
    REQUIRE(parse_assignments("  ,, ", list, error));
    REQUIRE(list.empty());
}

TEST_CASE("malformed expressions give the column and the reason", "[expression]") {
    const std::string deep_200 = std::string(200, '(') + "x" + std::string(200, ')');
    std::string long_2000;
    while (long_2000.size() < 2000) long_2000 += "x+";
    std::string chain_x;  // x^x^…: every pending exponent is one level
    for (int i = 0; i < 150; ++i) chain_x += "x^";
    std::string ones = "1";  // 999 characters but 999 nodes
    for (int i = 0; i < 499; ++i) ones += "+1";
    const struct { std::string text; int column; const char* message; } cases[] = {
        {"", 1, "empty expression"},
        {"   ", 1, "empty expression"},
        {"(", 2, "expected a number, variable, function or '(' after '(', but the text ends"},
        {")", 1, "found ')'"},
        {"x +", 4, "after '+', but the text ends"},
        {"* x", 1, "found '*'"},
        {"x y", 3, "expected an operator (+ − × ÷ ^) before 'y'"},
        {"1 2", 3, "expected an operator"},
        {"2x", 2, "expected an operator"},
        {"exp(", 5, "after '('"},
        {"exp()", 5, "'exp' needs one argument"},
        {"max(1)", 6, "'max' needs two arguments separated by ','"},
        {"max(1,)", 7, "'max' needs two arguments"},
        {"max(,1)", 5, "found ','"},
        {"max(1,2,3)", 8, "too many arguments: 'max' takes two"},
        {"exp(x, y)", 6, "too many arguments: 'exp' takes one"},
        {"max(1 2)", 7, "expected an operator, ',' or ')' before '2'"},
        {"1..2", 3, "unexpected '.' after the number '1.'"},
        {"1.2.3", 4, "unexpected '.' after the number '1.2'"},
        {"1e", 3, "exponent's digits in '1e'"},
        {"1e+", 4, "exponent's digits in '1e+'"},
        {"1e999", 1, "number too large: '1e999'"},
        {".", 1, "unexpected character '.'"},
        {"x ^", 4, "after '^', but the text ends"},
        {"sinh(x)", 1, "unknown function 'sinh' (known: exp, log, tanh, sigmoid, relu, max, pow, sin, cos, sqrt, abs)"},
        {"pow(x)", 6, "'pow' needs two arguments separated by ','"},
        {"sqrt(x, y)", 7, "too many arguments: 'sqrt' takes one"},
        {"sin", 1, "'sin' is a function: write sin(…)"},
        {"ln(x)", 1, "unknown function 'ln'"},
        {"X(1)", 1, "unknown function 'X'"},
        {"exp", 1, "'exp' is a function: write exp(…)"},
        {"exp x", 1, "'exp' is a function"},
        {"w * 2", 1, "variable 'w' has no value"},
        {"x * W", 5, "variable 'W' has no value"},
        {"x = ", 3, "'=' belongs in the variable list"},
        {"x = 1, y", 3, "'=' belongs in the variable list"},
        {"3 $ 4", 3, "unexpected character '$'"},
        {"x # y", 3, "unexpected character '#'"},
        {"x\t+ @", 5, "unexpected character '@'"},
        {"(x + y", 7, "expected ')' to close '(' opened at column 1"},
        {"((x + y)", 9, "expected ')' to close '(' opened at column 1"},
        {"x + (y * (z", 12, "expected ')' to close '(' opened at column 10"},
        {"exp(x", 6, "expected ')' to close '(' opened at column 4"},
        {"(x y)", 4, "expected an operator or ')' before 'y'"},
        {"x)", 2, "unexpected ')' without a matching '('"},
        {"(x))", 4, "unexpected ')' without a matching '('"},
        {"relu(x))", 8, "unexpected ')' without a matching '('"},
        {"(()", 3, "after '(', found ')'"},
        {"x,y", 2, "',' only separates a function's two arguments: max(a, b), pow(a, b)"},
        {"(x, y)", 3, "',' only separates"},
        {"x;y", 2, "expected an operator after 'x', found ';'"},
        {"2 ** 3", 4, "after '*', found '*'"},
        {"x ++ y", 4, "after '+', found '+'"},
        {"x +\n", 5, "but the text ends"},
        {"−", 2, "after '−', but the text ends"},
        {"x − ", 5, "after '−', but the text ends"},  // columns count characters: '−' is 3 bytes, 1 column
        {"é + x", 1, "unexpected character 'é'"},
        {"x + é", 5, "unexpected character 'é'"},
        {"\xff\xfe", 1, "unexpected byte 0xFF (not UTF-8)"},
        {"x + \xC3", 5, "unexpected byte 0xC3 (not UTF-8)"},
        {std::string("x\0y", 3), 2, "unexpected control character 0x00"},
        {std::string(1, '\0'), 1, "control character 0x00"},
        {"\x01", 1, "control character 0x01"},
        {"x\x7f", 2, "control character 0x7F"},
        {deep_200, 101, "nested more than 100 levels deep"},
        {std::string(150, '-') + "x", 101, "nested more than 100 levels deep"},
        {std::string(150, '(') + "exp(", 101, "nested more than 100 levels deep"},
        {chain_x + "x", 202, "nested more than 100 levels deep"},
        {long_2000, 1001, "too long: at most 1000 characters"},
        {ones, 1, "expression too large: more than 500 nodes"},
    };
    REQUIRE(sizeof cases / sizeof cases[0] >= 50);
    for (const auto& c : cases) {
        INFO("input: '" << c.text << "'");
        ParsedExpression parsed;
        parsed.output = 42;  // must stay untouched on failure
        ExpressionError error;
        REQUIRE_FALSE(parse_expression(c.text, lecture_values(), parsed, error));
        REQUIRE(error.message.find(c.message) != std::string::npos);
        REQUIRE(error.column == c.column);
        REQUIRE(error.message.find("column " + std::to_string(c.column) + ": ") == 0);
        REQUIRE(parsed.output == 42);
    }
}

TEST_CASE("the limits themselves are accepted", "[expression]") {
    ParsedExpression parsed;
    ExpressionError error;
    REQUIRE(parse_expression(std::string(100, '(') + "x" + std::string(100, ')'), {{"x", 1}}, parsed, error));
    std::string sum = "x";  // 999 characters, one input and 499 additions: exactly 500 nodes
    for (int i = 0; i < 499; ++i) sum += "+x";
    REQUIRE(parse_expression(sum, {{"x", 1}}, parsed, error));
    REQUIRE(parsed.graph.size() == kMaxExpressionNodes);
    REQUIRE(parsed.graph.node(parsed.output).value == 500.0);
    REQUIRE(parsed.graph.node(0).grad == 500.0);
}

TEST_CASE("malformed variable lists give the column and the reason", "[expression]") {
    const struct { std::string text; int column; const char* message; } cases[] = {
        {"x = ", 5, "expected a number after '=', but the text ends"},
        {"x", 2, "expected '=' after 'x', but the text ends"},
        {"= 3", 1, "expected a variable name, found '='"},
        {"3 = x", 1, "expected a variable name, found '3'"},
        {"x = 1 y = 2", 7, "expected ',' before the next variable after '1', found 'y'"},
        {"x = 1, x = 2", 8, "'x' is given twice"},
        {"x = abc", 5, "expected a number after '=', found 'abc'"},
        {"exp = 1", 1, "'exp' is a function, not a variable"},
        {"x = 1e999", 5, "number too large"},
        {"x = --1", 6, "expected a number after '-', found '-'"},
        {"x == 1", 4, "expected a number after '=', found '='"},
        {"x = 1 + 2", 7, "found '+'"},
        {"x = (1)", 5, "found '('"},
        {"x = 1; y = $", 12, "unexpected character '$'"},
        {"x = 1.2.3", 8, "unexpected '.'"},
        {"x = 2 * 3", 7, "found '*'"},
        {"x = \xff", 5, "byte 0xFF"},
        {std::string("x = 1\0", 6), 6, "control character 0x00"},
        {std::string(1001, ' '), 1001, "too long"},
    };
    for (const auto& c : cases) {
        INFO("input: '" << c.text << "'");
        std::vector<Assignment> list = {{"keep", 1.0}};
        ExpressionError error;
        REQUIRE_FALSE(parse_assignments(c.text, list, error));
        REQUIRE(error.message.find(c.message) != std::string::npos);
        REQUIRE(error.column == c.column);
        REQUIRE(list.size() == 1);  // untouched on failure
    }
}

TEST_CASE("random bytes and random token soup never crash the parsers", "[expression]") {
    Rng rng(2024);
    const char* pieces[] = {"x", "y", "1", ".5", "e", "(", ")", "+", "-", "*", "/", "^", ",", "exp(", "max(", "−",
                            "×", " ", "=", "\xff", "1e", "relu(", "\n", ";"};
    for (int trial = 0; trial < 3000; ++trial) {
        std::string text;
        const int length = static_cast<int>(rng.next_u64() % 40);
        for (int i = 0; i < length; ++i)
            text += trial % 2 ? std::string(1, static_cast<char>(rng.next_u64() & 0xFF))
                              : std::string(pieces[rng.next_u64() % (sizeof pieces / sizeof pieces[0])]);
        ParsedExpression parsed;
        ExpressionError error;
        std::vector<Assignment> list;
        if (!parse_expression(text, {{"x", 0.5}, {"y", -1.0}}, parsed, error)) {
            REQUIRE(error.offset <= text.size());
            REQUIRE(error.message.find("column ") == 0);
        } else {
            REQUIRE(parsed.output >= 0);
            REQUIRE(parsed.nodes.size() == static_cast<size_t>(parsed.graph.size()));
        }
        parse_assignments(text, list, error);
    }
}
