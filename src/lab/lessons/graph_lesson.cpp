#include "lab/lessons/graph_lesson.h"

namespace lab {

GraphLesson::GraphLesson() { set(kGraphExpression, kGraphVariables); }

bool GraphLesson::set(const std::string& expression, const std::string& variables) {
    std::vector<core::Assignment> values;
    core::ParsedExpression parsed;
    GraphError error;
    bool ok = core::parse_assignments(variables, values, error.where);
    if (!ok) {
        error.in_variables = true;
    } else {
        ok = core::parse_expression(expression, values, parsed, error.where);
        // A missing value is named in the expression's error but is fixed in the variable list; either way the
        // caret points into the text that was parsed.
    }
    if (!ok) {
        has_error_ = true;
        error_ = error;
        rejected_ = error.in_variables ? variables : expression;
        return false;
    }
    has_error_ = false;
    expression_ = expression;
    variables_ = variables;
    parsed_ = std::move(parsed);
    steps_ = graph_steps(parsed_);
    cursor_ = -1;
    return true;
}

void GraphLesson::next() {
    if (cursor_ + 1 < static_cast<int>(steps_.size())) ++cursor_;
}

void GraphLesson::back() {
    if (cursor_ >= 0) --cursor_;
}

bool GraphLesson::value_known(int node) const {
    const core::Op op = parsed_.graph.node(node).op;
    if (op == core::Op::Input || op == core::Op::Constant) return true;
    for (int s = 0; s <= cursor_; ++s) {
        const GraphStep& step = steps_[static_cast<size_t>(s)];
        if (!step.backward && step.node == node) return true;
        if (step.backward) return true;  // the backward pass starts after every value is known
    }
    return false;
}

bool GraphLesson::gradient_known(int node) const {
    for (int s = 0; s <= cursor_; ++s) {
        const GraphStep& step = steps_[static_cast<size_t>(s)];
        if (step.backward && step.node == node) return true;
    }
    return false;
}

void write_graph_json(const GraphLesson& graph, JsonWriter& out) {
    out.begin_object();
    out.key("expression").value(graph.expression());
    out.key("variables").value(graph.variables());
    out.key("cursor").value(graph.cursor());
    out.key("steps").value(static_cast<int>(graph.steps().size()));
    out.key("step").begin_object();
    if (const GraphStep* s = graph.current()) {
        out.key("direction").value(s->backward ? "backward" : "forward");
        out.key("node").value(graph.parsed().nodes[static_cast<size_t>(s->node)].name);
        out.key("formula").value(s->formula);
        out.key("numbers").value(s->numbers);
    }
    out.end_object();
    out.key("nodes").begin_array();
    const core::ParsedExpression& p = graph.parsed();
    for (int i = 0; i < p.graph.size(); ++i) {
        out.begin_object();
        out.key("name").value(p.nodes[static_cast<size_t>(i)].name);
        out.key("formula").value(p.nodes[static_cast<size_t>(i)].formula);
        out.key("value");
        graph.value_known(i) ? out.value(p.graph.node(i).value) : out.value_null();
        out.key("gradient");
        graph.gradient_known(i) ? out.value(p.graph.node(i).grad) : out.value_null();
        out.end_object();
    }
    out.end_array();
    out.key("error");
    if (graph.has_error()) {
        out.begin_object();
        out.key("in").value(graph.error().in_variables ? "variables" : "expression");
        out.key("column").value(graph.error().where.column);
        out.key("message").value(graph.error().where.message);
        out.key("text").value(graph.rejected_text());
        out.end_object();
    } else {
        out.value_null();
    }
    out.end_object();
}

}  // namespace lab
