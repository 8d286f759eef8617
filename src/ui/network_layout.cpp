#include "ui/network_layout.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

int grid_columns(int n) { return static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n)))); }

float distance_to_segment(float px, float py, float x0, float y0, float x1, float y1) {
    const float dx = x1 - x0, dy = y1 - y0;
    const float length2 = dx * dx + dy * dy;
    float t = length2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / length2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float ex = x0 + t * dx - px, ey = y0 + t * dy - py;
    return std::sqrt(ex * ex + ey * ey);
}

}  // namespace

int NetworkLayout::index(int layer, int unit) const {
    const int L = static_cast<int>(layer_begin.size()) - 1;
    if (layer < 0 || layer >= L) return -1;
    const bool has_bias = layer < L - 1;
    if (unit < -1 || (unit == -1 && !has_bias)) return -1;
    const int k = layer_begin[static_cast<size_t>(layer)] + unit + (has_bias ? 1 : 0);
    return k < layer_begin[static_cast<size_t>(layer) + 1] ? k : -1;
}

NetworkLayout layout_network(const std::vector<int>& sizes, const Box& region, const LayoutOptions& options) {
    NetworkLayout out;
    const int L = static_cast<int>(sizes.size());
    if (L == 0 || region.w <= 0 || region.h <= 0) {
        out.layer_begin.assign(static_cast<size_t>(L) + 1, 0);
        return out;
    }
    const float pad = 6;
    out.header_y = region.y;
    // The two header lines take ~2.8 lines of the height; in a region under 11 lines (a phone's network place) the
    // nodes need those lines more, and the headers' names are in the equation panel and the tooltips anyway.
    out.headers = region.h >= 11 * options.text_height;
    const float top = region.y + (out.headers ? 2 * options.text_height + 10 : 4);
    const float height = std::max(1.0f, region.y + region.h - 4 - top);

    // The common vertical pitch: the tallest ordinary column (units + bias) fills the height.
    int max_slots = 1;
    out.compact.resize(static_cast<size_t>(L));
    for (int l = 0; l < L; ++l) {
        const int limit = l == 0 ? options.max_input_column : options.max_column_units;
        out.compact[static_cast<size_t>(l)] = sizes[static_cast<size_t>(l)] > limit;
        if (!out.compact[static_cast<size_t>(l)])
            max_slots = std::max(max_slots, sizes[static_cast<size_t>(l)] + (l < L - 1 ? 1 : 0));
    }
    const float pitch = height / static_cast<float>(max_slots);
    const float rough_dx = (region.w - 2 * pad) / static_cast<float>(std::max(L - 1, 1));
    const float r = std::max(2.0f, std::min({options.max_radius, 0.4f * pitch, 0.13f * rough_dx}));
    float thumb = options.thumbnails ? 1.8f * r : 0.0f;
    if (thumb < 10) thumb = 0;
    const float gap = 3 + 0.1f * r;
    out.radius = r;
    out.thumb_size = thumb;
    out.pitch = pitch;

    // Grid cells of compact layers, sized to fit the height and a share of the column spacing.
    std::vector<float> cell(static_cast<size_t>(L), 0.0f), left_extent(static_cast<size_t>(L)), right_extent(static_cast<size_t>(L));
    for (int l = 0; l < L; ++l) {
        const size_t k = static_cast<size_t>(l);
        if (out.compact[k]) {
            const int cols = grid_columns(sizes[k]), rows = (sizes[k] + cols - 1) / cols;
            cell[k] = std::min({16.0f, height * 0.85f / (static_cast<float>(rows) + 1.5f), rough_dx * 0.5f / static_cast<float>(cols)});
            left_extent[k] = right_extent[k] = 0.5f * cell[k] * static_cast<float>(cols);
        } else {
            left_extent[k] = r;
            right_extent[k] = r + (thumb > 0 ? gap + thumb : 0.0f);
        }
    }
    const float first_x = region.x + pad + left_extent.front();
    const float last_x = region.x + region.w - pad - right_extent.back();
    for (int l = 0; l < L; ++l)
        out.column_x.push_back(L == 1 ? first_x : first_x + (last_x - first_x) * static_cast<float>(l) / static_cast<float>(L - 1));

    for (int l = 0; l < L; ++l) {
        const size_t k = static_cast<size_t>(l);
        const bool has_bias = l < L - 1;
        const float cx = out.column_x[k];
        out.layer_begin.push_back(static_cast<int>(out.nodes.size()));
        auto add = [&](int unit, float x, float y, float radius, bool square, bool with_thumb) {
            NodePlace node;
            node.layer = l;
            node.unit = unit;
            node.cx = x;
            node.cy = y;
            node.r = radius;
            node.square = square;
            node.in_x = x - radius;
            node.out_x = x + radius;
            if (with_thumb) {
                node.thumb = Box{x + radius + gap, y - 0.5f * thumb, thumb, thumb};
                node.out_x = node.thumb.x + thumb;
            }
            out.nodes.push_back(node);
        };
        if (out.compact[k]) {
            const int n = sizes[k], cols = grid_columns(n), rows = (n + cols - 1) / cols;
            const float c = cell[k];
            const float block = c * (static_cast<float>(rows) + (has_bias ? 1.5f : 0.0f));
            const float block_top = top + 0.5f * (height - block);
            const float grid_top = block_top + (has_bias ? 1.5f * c : 0.0f);
            if (has_bias) add(-1, cx, block_top + 0.5f * c, 0.45f * c, true, false);
            const float grid_left = cx - 0.5f * c * static_cast<float>(cols);
            for (int u = 0; u < n; ++u)
                add(u, grid_left + (static_cast<float>(u % cols) + 0.5f) * c, grid_top + (static_cast<float>(u / cols) + 0.5f) * c,
                    0.45f * c, true, false);
        } else {
            const int slots = sizes[k] + (has_bias ? 1 : 0);
            const float column_top = top + 0.5f * (height - pitch * static_cast<float>(slots));
            int slot = 0;
            auto slot_y = [&](int s) { return column_top + (static_cast<float>(s) + 0.5f) * pitch; };
            if (has_bias) add(-1, cx, slot_y(slot++), 0.7f * r, true, false);
            for (int u = 0; u < sizes[k]; ++u) add(u, cx, slot_y(slot++), r, false, thumb > 0);
        }
    }
    out.layer_begin.push_back(static_cast<int>(out.nodes.size()));
    return out;
}

int node_at(const NetworkLayout& layout, float x, float y) {
    for (size_t k = 0; k < layout.nodes.size(); ++k) {
        const NodePlace& n = layout.nodes[k];
        const float dx = x - n.cx, dy = y - n.cy;
        const bool inside = n.square ? std::fabs(dx) <= n.r && std::fabs(dy) <= n.r : dx * dx + dy * dy <= n.r * n.r;
        if (inside || (n.thumb.w > 0 && n.thumb.contains(x, y))) return static_cast<int>(k);
    }
    return -1;
}

void edge_endpoints(const NetworkLayout& layout, const EdgeRef& edge, float& x0, float& y0, float& x1, float& y1) {
    const NodePlace& from = layout.nodes[static_cast<size_t>(layout.index(edge.layer, edge.column - 1))];
    const NodePlace& to = layout.nodes[static_cast<size_t>(layout.index(edge.layer + 1, edge.row))];
    x0 = from.out_x, y0 = from.cy, x1 = to.in_x, y1 = to.cy;
}

EdgeRef edge_at(const NetworkLayout& layout, const std::vector<int>& sizes, float x, float y, float tolerance) {
    EdgeRef best;
    if (node_at(layout, x, y) >= 0 || layout.layer_begin.size() != sizes.size() + 1) return best;
    float best_distance = tolerance;
    for (int l = 0; l + 1 < static_cast<int>(sizes.size()); ++l) {
        // only edges whose x-span contains the point can be near it
        const float span_left = layout.column_x[static_cast<size_t>(l)] - 20, span_right = layout.column_x[static_cast<size_t>(l) + 1];
        if (x < span_left || x > span_right) continue;
        for (int i = 0; i < sizes[static_cast<size_t>(l) + 1]; ++i)
            for (int j = 0; j <= sizes[static_cast<size_t>(l)]; ++j) {
                const EdgeRef edge{l, i, j};
                float x0, y0, x1, y1;
                edge_endpoints(layout, edge, x0, y0, x1, y1);
                const float d = distance_to_segment(x, y, x0, y0, x1, y1);
                if (d <= best_distance) {
                    best_distance = d;
                    best = edge;
                }
            }
    }
    return best;
}

}  // namespace ui
