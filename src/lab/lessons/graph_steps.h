// Stepping a computational graph node by node: forward (each node's value from its inputs), then backward (each
// node's gradient = local gradient × upstream gradient), as the (x + y)z lesson does on the slide.
#pragma once
#include <string>
#include <vector>

#include "core/expression.h"

namespace lab {

struct GraphStep {
    bool backward = false;
    int node = 0;          // the graph node this step computes (its value, or its gradient)
    std::string formula;   // "q = x + y" / "∂f/∂x = ∂f/∂q · ∂q/∂x"
    std::string numbers;   // "q = −2 + 5 = 3" / "∂f/∂x = (−4)(1) = −4"
};

// Forward steps over the operation nodes in evaluation order, then backward steps from the output to the inputs.
// Inputs and constants get no forward step (their values are given); constants get no backward step.
std::vector<GraphStep> graph_steps(const core::ParsedExpression& expression);

}  // namespace lab
