// The computational-graph lesson's state: the typed expression and variable values, the graph parsed from them, its
// forward/backward steps (graph_steps.h) and a cursor over those steps. A parse error is kept beside the last good
// graph, which stays on screen, so a typo never blanks the picture.
#pragma once
#include <string>
#include <vector>

#include "core/expression.h"
#include "lab/lessons/graph_steps.h"
#include "lab/io/json.h"

namespace lab {

constexpr const char* kGraphExpression = "(x + y) * z";  // the lecture's f(x, y, z) = (x + y)z
constexpr const char* kGraphVariables = "x = -2, y = 5, z = -4";

struct GraphError {
    bool in_variables = false;  // which text the error is in: the variable list, or the expression
    core::ExpressionError where;
};

class GraphLesson {
public:
    GraphLesson();  // the lecture's (x + y)z at x = −2, y = 5, z = −4, nothing stepped yet

    // Parses both texts; on success the graph and its steps are replaced and the cursor goes back to the start.
    // On failure the previous graph stays, error() says where and why, and false is returned.
    bool set(const std::string& expression, const std::string& variables);

    void next();  // one step forward (no effect at the end)
    void back();  // one step back (to "nothing computed" at most)

    const std::string& expression() const { return expression_; }  // the texts of the graph on show
    const std::string& variables() const { return variables_; }
    const core::ParsedExpression& parsed() const { return parsed_; }
    const std::vector<GraphStep>& steps() const { return steps_; }
    int cursor() const { return cursor_; }  // index of the last step done; −1 = none
    const GraphStep* current() const { return cursor_ >= 0 ? &steps_[static_cast<size_t>(cursor_)] : nullptr; }
    bool has_error() const { return has_error_; }
    const GraphError& error() const { return error_; }
    const std::string& rejected_text() const { return rejected_; }  // the text the error points into

    // Has the cursor computed this node's value (inputs and constants always) / its gradient?
    bool value_known(int node) const;
    bool gradient_known(int node) const;

private:
    std::string expression_, variables_;
    core::ParsedExpression parsed_;
    std::vector<GraphStep> steps_;
    int cursor_ = -1;
    bool has_error_ = false;
    GraphError error_;
    std::string rejected_;
};

// The "graph" section of the page state: texts, cursor, current step, every node's name, value and gradient
// (null until the cursor reaches it), and the error if the last edit failed.
void write_graph_json(const GraphLesson& graph, JsonWriter& out);

}  // namespace lab
