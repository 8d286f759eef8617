// The computational-graph view (lesson 15): the typed expression as boxes — inputs, constants, operations — joined
// by edges; beside each node its value above its outgoing edge and, once the backward pass reaches it, its gradient
// ∂f/∂node below (the sum over its uses of upstream gradient × local gradient), as the CS231n slide draws (x + y)z. The
// current step's formula and numbers are large underneath; a parse error shows the text with a caret under the
// column and the reason, while the last good graph stays. The layout is lab/lessons/graph_layout.h's; the graph
// fits its area, or scrolls, zooms (− + fit, Ctrl + wheel) and pans (drag) when it is large.
#pragma once
#include <string>

#include "lab/lessons/graph_lesson.h"
#include "lab/teach/prediction.h"

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
    float zoom = 0.0f;        // the student's zoom (1 = the equation font at 72 %); 0 = fit the graph to its area
    float shown_zoom = 1.0f;  // the zoom drawn last frame (the fitted one when `zoom` is 0)
    // Where the expression box was drawn (ImGui's logical pixels), for tests and the JS API's view state.
    float expression_box[4] = {0, 0, 0, 0};  // left, top, width, height
    const lab::Prediction* prediction = nullptr;  // set each frame: a value or gradient it hides is not drawn
};

// Puts the graph's texts in the boxes (after a lesson or a link set them).
void show_graph_texts(GraphPanelState& state, const lab::GraphLesson& graph);

// Draws into the current ImGui window's remaining content region.
GraphActions graph_panel(const lab::GraphLesson& graph, GraphPanelState& state);

}  // namespace ui
