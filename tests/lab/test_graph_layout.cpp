#include <catch2/catch.hpp>

#include <string>

#include "core/expression.h"
#include "lab/lessons/graph_layout.h"

namespace {

const float kLine = 23.0f;  // the graph's text height at zoom 1 in the lab (28 px equation font × 0.72 plus spacing)

// Boxes as the graph tab sizes them: wider for longer labels; every label as wide as the widest number shown.
std::vector<lab::NodeExtent> extents_of(const core::ParsedExpression& e) {
    std::vector<lab::NodeExtent> extents;
    for (size_t i = 0; i < e.nodes.size(); ++i)
        extents.push_back({kLine * (1.4f + 0.45f * static_cast<float>(e.nodes[i].name.size())), kLine * 1.6f,
                           kLine * 3.5f});
    return extents;
}

lab::GraphLayout layout_of(const std::string& text, const std::vector<core::Assignment>& values,
                           core::ParsedExpression& e) {
    core::ExpressionError error;
    REQUIRE(core::parse_expression(text, values, e, error));
    return lab::layout_graph(e.graph, e.output, extents_of(e), kLine);
}

}  // namespace

TEST_CASE("no node box or number overlaps another in the lessons' graphs", "[graph]") {
    const struct { const char* text; const char* values; } graphs[] = {
        {"(x + y) * z", "x = -2, y = 5, z = -4"},                          // lesson 15
        {"sigmoid(w0 + w1*x1 + w2*x2)", "w0 = -3, w1 = 2, w2 = -1, x1 = 1, x2 = 2"},  // the neuron
        {"1 / (1 + exp(-(w0 + w0*x0 + w1*x1)))", "w0 = 2, x0 = -1, w1 = -3, x1 = -2"},  // CS231n's sigmoid circuit
        {"x*x + 3*x", "x = 2"},                                            // a shared input
        {"sin(x)^2 + cos(x)^2 + sqrt(abs(y)) / y", "x = 0.5, y = -4"},
        {"max(x, y) * pow(z, 2) - tanh(relu(x - z))", "x = 1, y = 2, z = 3"},
    };
    for (const auto& g : graphs) {
        INFO(g.text);
        std::vector<core::Assignment> values;
        core::ExpressionError error;
        REQUIRE(core::parse_assignments(g.values, values, error));
        core::ParsedExpression e;
        const lab::GraphLayout layout = layout_of(g.text, values, e);
        const size_t n = e.nodes.size();
        REQUIRE(layout.boxes.size() == n);
        std::vector<lab::LayoutRect> all;
        for (size_t i = 0; i < n; ++i) {
            all.push_back(layout.boxes[i]);
            all.push_back(layout.value_labels[i]);
            all.push_back(layout.gradient_labels[i]);
        }
        for (size_t a = 0; a < all.size(); ++a) {
            INFO("rect " << a);
            REQUIRE(all[a].x0 >= 0.0f);
            REQUIRE(all[a].y0 >= 0.0f);
            REQUIRE(all[a].x1 <= layout.width);
            REQUIRE(all[a].y1 <= layout.height);
            for (size_t b = a + 1; b < all.size(); ++b) {
                INFO("overlaps rect " << b);
                REQUIRE_FALSE(all[a].overlaps(all[b]));
            }
        }
        // every edge runs left to right: an operand's layer is left of its user's; the output is rightmost
        for (size_t i = 0; i < n; ++i) {
            const core::GraphNode& node = e.graph.node(static_cast<int>(i));
            for (int operand : {node.lhs, node.rhs})
                if (operand >= 0) REQUIRE(layout.layer[static_cast<size_t>(operand)] < layout.layer[i]);
            REQUIRE(layout.layer[i] <= layout.layer[static_cast<size_t>(e.output)]);
        }
    }
}

TEST_CASE("the neuron's graph fits a 1280 × 800 window's graph area at full size", "[graph]") {
    core::ParsedExpression e;
    const lab::GraphLayout layout =
        layout_of("sigmoid(w0 + w1*x1 + w2*x2)", {{"w0", -3}, {"w1", 2}, {"w2", -1}, {"x1", 1}, {"x2", 2}}, e);
    CHECK(layout.width < 1150.0f);
    CHECK(layout.height < 480.0f);
    // a tree draws without crossing edges: in the inputs' layer the order is w1, x1, w2, x2 top to bottom
    float last = -1.0f;
    for (const char* name : {"w1", "x1", "w2", "x2"}) {
        for (size_t i = 0; i < e.nodes.size(); ++i)
            if (e.nodes[i].name == name) {
                REQUIRE(layout.boxes[i].y0 > last);
                last = layout.boxes[i].y0;
            }
    }
}

TEST_CASE("a deep chain is laid out without deep recursion and stays one row high", "[graph]") {
    std::string text = "x";
    for (int i = 0; i < 90; ++i) text = "sin(" + text + ")";  // kMaxExpressionDepth allows 100
    core::ParsedExpression e;
    const lab::GraphLayout layout = layout_of(text, {{"x", 0.3}}, e);
    REQUIRE(layout.layer[static_cast<size_t>(e.output)] == 90);
    REQUIRE(layout.boxes.front().centre_y() == layout.boxes.back().centre_y());
}
