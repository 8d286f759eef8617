#include <catch2/catch.hpp>

#include "lab/lessons/graph_steps.h"

TEST_CASE("(x + y)z steps forward then backward with the lecture's numbers", "[graph]") {
    std::vector<core::Assignment> values;
    core::ExpressionError error;
    REQUIRE(core::parse_assignments("x = -2, y = 5, z = -4", values, error));
    core::ParsedExpression e;
    REQUIRE(core::parse_expression("(x + y) * z", values, e, error));
    const std::vector<lab::GraphStep> steps = lab::graph_steps(e);
    REQUIRE(steps.size() == 2 + 5);  // q and f forward; f, q, z, y, x backward
    REQUIRE(steps[0].numbers == "q = −2 + 5 = 3");
    REQUIRE(steps[1].numbers == "f = 3 × (−4) = −12");
    REQUIRE(steps[2].formula == "∂f/∂f = 1");
    std::vector<std::string> backward;
    for (const auto& s : steps)
        if (s.backward) backward.push_back(s.numbers);
    bool saw_z = false, saw_x = false, saw_q = false;
    for (const auto& line : backward) {
        saw_q = saw_q || line == "∂f/∂q = 1 · (−4) = −4";
        saw_z = saw_z || line == "∂f/∂z = 1 · 3 = 3";
        saw_x = saw_x || line == "∂f/∂x = (−4) · 1 = −4";
    }
    REQUIRE(saw_x);
    REQUIRE(saw_z);
    REQUIRE(saw_q);
    REQUIRE(backward.back().find("∂f/∂x") == 0);  // the inputs come last
    for (const auto& s : steps) REQUIRE_FALSE(s.formula.empty());
}

TEST_CASE("a variable used twice sums its contributions", "[graph]") {
    std::vector<core::Assignment> values{{"x", 3.0}};
    core::ParsedExpression e;
    core::ExpressionError error;
    REQUIRE(core::parse_expression("x * x", values, e, error));
    const auto steps = lab::graph_steps(e);
    const std::string& last = steps.back().numbers;
    REQUIRE(last.find(" + ") != std::string::npos);  // two uses, two terms
    REQUIRE(last.substr(last.size() - 4) == " = 6");
}
