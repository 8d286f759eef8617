#include "lab/lessons/graph_layout.h"

#include <algorithm>

namespace lab {
namespace {

bool is_leaf(const core::GraphNode& n) { return n.lhs < 0 && n.rhs < 0; }

// Layer of each node: one right of its deepest operand; then a leaf moves to just left of its leftmost user, so
// its edge is short and passes no box.
std::vector<int> layers(const core::ScalarGraph& g) {
    const size_t n = static_cast<size_t>(g.size());
    std::vector<int> layer(n, 0), first_user(n, -1);
    for (int i = 0; i < g.size(); ++i)
        for (int operand : {g.node(i).lhs, g.node(i).rhs})
            if (operand >= 0) {
                int& own = layer[static_cast<size_t>(i)];
                own = std::max(own, layer[static_cast<size_t>(operand)] + 1);
            }
    for (int i = 0; i < g.size(); ++i)
        for (int operand : {g.node(i).lhs, g.node(i).rhs}) {
            if (operand < 0 || !is_leaf(g.node(operand))) continue;
            int& user = first_user[static_cast<size_t>(operand)];
            if (user < 0 || layer[static_cast<size_t>(i)] < layer[static_cast<size_t>(user)]) user = i;
        }
    for (size_t i = 0; i < n; ++i)
        if (first_user[i] >= 0) layer[i] = std::max(0, layer[static_cast<size_t>(first_user[i])] - 1);
    return layer;
}

// Heights in units of one row: leaves take the next free row in a depth-first walk from the output (lhs first),
// an operation the mean of its operands' rows. Iterative, so a 500-node chain costs no call-stack depth.
std::vector<float> rows(const core::ScalarGraph& g, int output) {
    std::vector<float> row(static_cast<size_t>(g.size()), -1.0f);
    float next = 0.0f;
    const auto place = [&](int root) {
        std::vector<std::pair<int, bool>> stack{{root, false}};  // (node, operands done)
        while (!stack.empty()) {
            const auto [i, done] = stack.back();
            stack.pop_back();
            float& r = row[static_cast<size_t>(i)];
            if (r >= 0.0f) continue;
            const core::GraphNode& n = g.node(i);
            if (is_leaf(n)) {
                r = next++;
            } else if (!done) {
                stack.push_back({i, true});
                if (n.rhs >= 0) stack.push_back({n.rhs, false});
                stack.push_back({n.lhs, false});  // popped first: lhs above rhs
            } else {
                r = n.rhs >= 0 ? (row[static_cast<size_t>(n.lhs)] + row[static_cast<size_t>(n.rhs)]) * 0.5f
                               : row[static_cast<size_t>(n.lhs)];
            }
        }
    };
    if (output >= 0 && output < g.size()) place(output);
    for (int i = g.size() - 1; i >= 0; --i) place(i);
    return row;
}

}  // namespace

GraphLayout layout_graph(const core::ScalarGraph& g, int output, const std::vector<NodeExtent>& extents, float line) {
    GraphLayout out;
    const size_t count = static_cast<size_t>(g.size());
    if (count == 0 || extents.size() != count) return out;
    out.layer = layers(g);
    const int layer_count = *std::max_element(out.layer.begin(), out.layer.end()) + 1;

    const float pad = line * 0.12f;      // between a box and its labels, and between the two labels and the edge
    const float margin = line * 0.35f;   // around the whole picture
    float box_h = 0.0f;
    std::vector<float> box_w(static_cast<size_t>(layer_count), 0.0f), label_w(static_cast<size_t>(layer_count), 0.0f);
    for (size_t i = 0; i < count; ++i) {
        const size_t l = static_cast<size_t>(out.layer[i]);
        box_w[l] = std::max(box_w[l], extents[i].box_w);
        label_w[l] = std::max(label_w[l], extents[i].label_w);
        box_h = std::max(box_h, extents[i].box_h);
    }
    // A row holds a box and, beside it, a label above and below the edge; rows are at least that far apart.
    const float pitch = std::max(box_h, 2.0f * (line + pad)) + line * 0.35f;
    std::vector<float> left(static_cast<size_t>(layer_count), margin);
    for (int l = 1; l < layer_count; ++l) {
        const size_t k = static_cast<size_t>(l);
        left[k] = left[k - 1] + box_w[k - 1] + label_w[k - 1] + 2.0f * pad + line;  // + room for the arrow head
    }

    // Rows, then within each layer push nodes apart to at least one pitch, keeping their order.
    std::vector<float> row = rows(g, output);
    for (int l = 0; l < layer_count; ++l) {
        std::vector<int> members;
        for (int i = 0; i < g.size(); ++i)
            if (out.layer[static_cast<size_t>(i)] == l) members.push_back(i);
        std::stable_sort(members.begin(), members.end(),
                         [&](int a, int b) { return row[static_cast<size_t>(a)] < row[static_cast<size_t>(b)]; });
        for (size_t k = 1; k < members.size(); ++k) {
            float& r = row[static_cast<size_t>(members[k])];
            r = std::max(r, row[static_cast<size_t>(members[k - 1])] + 1.0f);
        }
    }

    out.boxes.resize(count);
    out.value_labels.resize(count);
    out.gradient_labels.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const size_t l = static_cast<size_t>(out.layer[i]);
        const float cy = margin + pitch * 0.5f + row[i] * pitch;
        const float x0 = left[l] + (box_w[l] - extents[i].box_w) * 0.5f;  // centred in its layer's column
        out.boxes[i] = {x0, cy - extents[i].box_h * 0.5f, x0 + extents[i].box_w, cy + extents[i].box_h * 0.5f};
        const float lx = left[l] + box_w[l] + pad;
        out.value_labels[i] = {lx, cy - pad - line, lx + extents[i].label_w, cy - pad};
        out.gradient_labels[i] = {lx, cy + pad, lx + extents[i].label_w, cy + pad + line};
        out.width = std::max(out.width, lx + label_w[l] + margin);
        out.height = std::max(out.height, cy + pitch * 0.5f + margin);
    }
    return out;
}

}  // namespace lab
