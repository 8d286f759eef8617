// Where the network view puts things: one column per layer, the bias unit a₀⁽ˡ⁾ = 1 on top of every column but
// the output's, a thumbnail of each unit's output over the input plane to the right of its node. Pure geometry
// (no ImGui), so the tests can check it and the App can report node positions to the JS API.
#pragma once
#include <vector>

namespace ui {

struct Box {
    float x = 0, y = 0, w = 0, h = 0;  // top left corner and size, in screen units (ImGui's logical pixels)
    bool contains(float px, float py) const { return px >= x && px <= x + w && py >= y && py <= y + h; }
};

struct NodePlace {
    int layer = 0;        // 0-based: layer 0 is the input, lecture layer l = layer + 1
    int unit = 0;         // 0-based unit; −1 for the bias unit a₀
    float cx = 0, cy = 0; // centre
    float r = 0;          // radius (circles) or half the side (squares)
    bool square = false;  // bias units and the cells of a compact (grid) layer are squares
    Box thumb;            // the unit's thumbnail; w == 0 when it has none
    float in_x = 0;       // where incoming edges end
    float out_x = 0;      // where outgoing edges start (right of the thumbnail when there is one)
};

struct LayoutOptions {
    bool thumbnails = false;   // reserve room for thumbnails (2-D inputs)
    float text_height = 13;    // one line of text: the column headers take two
    float max_radius = 26;
    int max_input_column = 16; // more inputs (digits' 64 pixels) become a compact grid of small squares,
    int max_column_units = 32; // and so do larger other layers
};

struct NetworkLayout {
    std::vector<NodePlace> nodes;     // layer by layer; in each layer the bias unit (if any) first
    std::vector<int> layer_begin;     // index of each layer's first node in `nodes`; one more entry at the end
    std::vector<float> column_x;      // centre of each layer's column
    std::vector<bool> compact;        // the layer is drawn as a grid (no values, no thumbnails, no labels)
    bool headers = true;              // false: the region is too short for the column headers (a phone)
    float header_y = 0;               // top of the column headers (two text lines)
    float radius = 0;                 // radius of an ordinary node
    float thumb_size = 0;             // side of a thumbnail (0: none)
    float pitch = 0;                  // vertical distance between neighbouring nodes of a column

    // Index in `nodes` of (layer, unit), unit −1 = bias; −1 when there is no such node.
    int index(int layer, int unit) const;
};

NetworkLayout layout_network(const std::vector<int>& sizes, const Box& region, const LayoutOptions& options);

// The node under (x, y), as an index into layout.nodes, or −1.
int node_at(const NetworkLayout& layout, float x, float y);

// An edge of the network: Θᵢⱼ⁽ˡ⁺¹⁾ in 0-based code terms (layer l, row i, column j; j = 0 from the bias unit).
struct EdgeRef {
    int layer = -1, row = 0, column = 0;
    bool valid() const { return layer >= 0; }
};
// Endpoints of an edge: from the source's out_x to the target's in_x.
void edge_endpoints(const NetworkLayout& layout, const EdgeRef& edge, float& x0, float& y0, float& x1, float& y1);
// The edge nearest to (x, y) within `tolerance`, ignoring points inside nodes and thumbnails.
EdgeRef edge_at(const NetworkLayout& layout, const std::vector<int>& sizes, float x, float y, float tolerance);

}  // namespace ui
