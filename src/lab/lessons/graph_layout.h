// Where the graph tab draws each node of a computational graph — pure arithmetic, no drawing, so tests can check
// that nothing overlaps. Layered: inputs left, the output right, each operation one layer right of its deepest
// operand (an input or constant sits just left of its first user). Within a layer the order follows a depth-first
// walk from the output (lhs above rhs), which draws an expression tree without crossing edges; each operation
// sits at the mean height of its operands. Right of every box its value (above the outgoing edge) and gradient
// (below) get a reserved place, and each layer's gap is as wide as its widest label, so no number is clipped.
#pragma once
#include <vector>

#include "core/scalar_graph.h"

namespace lab {

struct LayoutRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float centre_y() const { return (y0 + y1) * 0.5f; }
    bool overlaps(const LayoutRect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// What a node needs, measured in the caller's units (pixels at zoom 1): its box, and the widest label (value or
// gradient) that it will show.
struct NodeExtent {
    float box_w = 0, box_h = 0, label_w = 0;
};

struct GraphLayout {
    std::vector<LayoutRect> boxes;            // per node, same index as the graph's
    std::vector<LayoutRect> value_labels;     // per node: right of the box, above its outgoing edge
    std::vector<LayoutRect> gradient_labels;  // per node: right of the box, below it
    std::vector<int> layer;                   // per node: 0 = leftmost
    float width = 0, height = 0;              // everything, margins included, from (0, 0)
};

// `line` is the labels' text height. Nodes the output does not use are placed too (below the rest).
GraphLayout layout_graph(const core::ScalarGraph& graph, int output, const std::vector<NodeExtent>& extents,
                         float line);

}  // namespace lab
