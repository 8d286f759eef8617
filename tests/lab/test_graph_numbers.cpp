// Every line of numbers the graph tab shows must add up: the shown operands or factors, computed as shown, give
// the shown result to the digits shown. The check reads each line back with the expression parser.
#include <catch2/catch.hpp>

#include <string>

#include "core/rng.h"
#include "lab/lessons/graph_steps.h"
#include "lab/teach/notation.h"

namespace {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// "∂f/∂x = 2 · 0.41997 = 0.8399": the middle, evaluated, shown with num(), must be the right-hand side.
void check_line(const std::string& line) {
    INFO(line);
    const size_t first = line.find(" = "), last = line.rfind(" = ");
    REQUIRE(first != std::string::npos);
    REQUIRE(last > first);
    const std::string middle = replace_all(line.substr(first + 3, last - first - 3), "e−", "e-");  // 1.2e−7
    const std::string shown = line.substr(last + 3);
    core::ParsedExpression parsed;
    core::ExpressionError error;
    REQUIRE(core::parse_expression(middle, {}, parsed, error));
    REQUIRE(lab::num(parsed.graph.node(parsed.output).value) == shown);
}

// A random expression over a, b, c with every operator and function of the table.
std::string random_expression(core::Rng& rng, int depth) {
    if (depth == 0 || rng.below(4) == 0) {
        const int pick = rng.below(5);
        if (pick < 3) return std::string(1, static_cast<char>('a' + pick));
        return lab::num(rng.uniform(-3.0, 3.0), 3 + rng.below(4));  // a constant as typed, e.g. 0.417 or −2.5
    }
    const int kind = rng.below(6 + static_cast<int>(sizeof core::kGraphFunctions / sizeof core::kGraphFunctions[0]));
    const std::string x = random_expression(rng, depth - 1);
    if (kind < 6) {
        const char* ops[] = {" + ", " - ", " * ", " / ", "^2", "^3"};
        if (kind >= 4) return "(" + x + ")" + ops[kind];
        return "(" + x + ops[kind] + random_expression(rng, depth - 1) + ")";
    }
    const core::GraphFunction& f = core::kGraphFunctions[kind - 6];
    const std::string args = f.arity == 1 ? x : x + ", " + random_expression(rng, depth - 1);
    return std::string(core::function_name(f)) + "(" + args + ")";
}

}  // namespace

TEST_CASE("the issue's 2 · 0.42 = 0.8399 now shows the digits that give 0.8399", "[graph]") {
    core::ParsedExpression e;
    core::ExpressionError error;
    REQUIRE(core::parse_expression("2 * (x * y)", {{"x", 1.0}, {"y", 0.41997}}, e, error));
    const std::vector<lab::GraphStep> steps = lab::graph_steps(e);
    REQUIRE(steps[1].numbers == "f = 2 × 0.41997 = 0.8399");
    int checked = 0;
    for (const lab::GraphStep& s : steps)
        if (s.numbers.find("∂f/∂x") == 0) checked += s.numbers == "∂f/∂x = 2 · 0.41997 = 0.8399" ? 1 : 0;
    REQUIRE(checked == 1);
    REQUIRE(steps[0].numbers == "q = 1 × 0.42 = 0.42");  // 4 digits where 4 add up
    for (const lab::GraphStep& s : steps)
        if (s.numbers.find(" = ") != s.numbers.rfind(" = ")) check_line(s.numbers);  // ∂f/∂f = 1 has no sum
}

TEST_CASE("over random graphs every shown line of numbers adds up to its shown result", "[graph]") {
    core::Rng rng(14);
    int graphs = 0, lines = 0;
    for (int trial = 0; trial < 3000 && graphs < 600; ++trial) {
        const std::string text = random_expression(rng, 4);
        const std::vector<core::Assignment> values = {
            {"a", rng.uniform(-3.0, 3.0)}, {"b", rng.uniform(-3.0, 3.0)}, {"c", rng.uniform(0.0, 1e-3)}};
        core::ParsedExpression e;
        core::ExpressionError error;
        if (!core::parse_expression(text, values, e, error)) continue;  // a domain error: no graph to show
        ++graphs;
        for (const lab::GraphStep& s : lab::graph_steps(e)) {
            if (s.numbers.find(" = ") == s.numbers.rfind(" = ")) continue;  // ∂f/∂f = 1: nothing to add up
            INFO(text);
            check_line(s.numbers);
            ++lines;
        }
    }
    REQUIRE(graphs >= 300);
    REQUIRE(lines >= 3000);
}
