// The computational-graph view (lesson 15): the typed expression as boxes — inputs, constants, operations — joined
// by edges, each edge showing the value flowing forward above it and, once the backward pass reaches it, the
// gradient flowing back below it (upstream gradient × local gradient), as the CS231n slide draws (x + y)z. The
// current step's formula and numbers are large underneath; a parse error shows the text with a caret under the
// column and the reason, while the last good graph stays.
#pragma once
#include <string>

#include "lab/lessons/graph_lesson.h"

namespace ui {

struct GraphActions {
    bool submit = false;  // the student pressed Enter or "Show": parse these texts
    std::string expression;
    std::string variables;
    int step = 0;         // +1 next, −1 back
};

// The panel's own state: the text boxes' contents between frames (ImGui edits them in place).
struct GraphPanelState {
    char expression[1024] = "";
    char variables[1024] = "";
    bool filled = false;
    // Where the expression box was drawn (ImGui's logical pixels), for tests and the JS API's view state.
    float expression_box[4] = {0, 0, 0, 0};  // left, top, width, height
};

// Puts the graph's texts in the boxes (after a lesson or a link set them).
void show_graph_texts(GraphPanelState& state, const lab::GraphLesson& graph);

// Draws into the current ImGui window's remaining content region.
GraphActions graph_panel(const lab::GraphLesson& graph, GraphPanelState& state);

}  // namespace ui
