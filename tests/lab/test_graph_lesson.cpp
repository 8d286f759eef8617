#include <catch2/catch.hpp>

#include "lab/lessons/graph_lesson.h"

TEST_CASE("the graph lesson steps (x + y)z to f = −12 and ∂f/∂x = −4", "[graph]") {
    lab::GraphLesson g;
    REQUIRE(g.cursor() == -1);
    const int f = g.parsed().output;
    REQUIRE_FALSE(g.value_known(f));
    for (size_t k = 0; k < g.steps().size(); ++k) g.next();
    g.next();  // past the end: no effect
    REQUIRE(g.cursor() == static_cast<int>(g.steps().size()) - 1);
    REQUIRE(g.value_known(f));
    REQUIRE(g.parsed().graph.node(f).value == -12.0);
    lab::JsonWriter out;
    lab::write_graph_json(g, out);
    REQUIRE(out.str().find("\"name\":\"x\",\"formula\":\"x\",\"value\":-2,\"gradient\":-4") != std::string::npos);
    REQUIRE(out.str().find("\"error\":null") != std::string::npos);
    g.back();
    REQUIRE(g.cursor() == static_cast<int>(g.steps().size()) - 2);
}

TEST_CASE("a malformed expression keeps the previous graph and says where", "[graph]") {
    lab::GraphLesson g;
    g.next();
    REQUIRE_FALSE(g.set("(x + y * z", lab::kGraphVariables));
    REQUIRE(g.has_error());
    REQUIRE_FALSE(g.error().in_variables);
    REQUIRE(g.error().where.column >= 1);
    REQUIRE_FALSE(g.error().where.message.empty());
    REQUIRE(g.expression() == lab::kGraphExpression);  // the old graph stays, cursor too
    REQUIRE(g.cursor() == 0);
    REQUIRE_FALSE(g.set("x * 2", "x = 3, x = 4"));
    REQUIRE(g.error().in_variables);
    REQUIRE(g.set("sigmoid(w * x) + max(x, 0)", "w = 2, x = -1"));
    REQUIRE_FALSE(g.has_error());
    REQUIRE(g.cursor() == -1);
    REQUIRE(g.steps().size() > 4);
}
