#include "lab/teach/heatmap.h"

#include <algorithm>
#include <cmath>

#include "core/batch.h"

namespace lab {

PlaneExtent plane_extent(const core::Dataset& data) {
    PlaneExtent extent;
    if (data.n_in != 2 || data.count() == 0) return extent;
    double lo = data.x[0], hi = data.x[0];
    for (double v : data.x) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const double middle = 0.5 * (lo + hi);
    const double half = std::max(0.5, 0.5 * (hi - lo) * 1.1);
    extent.lo = middle - half;
    extent.hi = middle + half;
    return extent;
}

void evaluate_unit_grid(const core::Network& net, int layer, int unit, const PlaneExtent& extent, int res,
                        std::vector<double>& out) {
    out.assign(static_cast<size_t>(res) * static_cast<size_t>(res), 0.0);
    if (net.sizes.empty() || net.sizes[0] != 2 || layer < 0 || layer >= net.layer_count() ||
        unit < 0 || unit >= net.sizes[static_cast<size_t>(layer)])
        return;
    // A row of the grid at a time, kBatchColumns points a block, through the batched forward pass: the points as
    // a data set without targets.
    core::Dataset points;
    points.n_in = 2;
    points.n_out = net.sizes.back();
    points.y.assign(static_cast<size_t>(core::kBatchColumns) * static_cast<size_t>(points.n_out), 0.0);
    core::Batch batch;
    int rows[core::kBatchColumns];
    for (int k = 0; k < core::kBatchColumns; ++k) rows[k] = k;
    for (int row = 0; row < res; ++row) {
        for (int first = 0; first < res; first += core::kBatchColumns) {
            const int m = std::min(core::kBatchColumns, res - first);
            points.x.clear();
            for (int col = first; col < first + m; ++col) {
                points.x.push_back(extent.to_plane((col + 0.5) / res));
                points.x.push_back(extent.to_plane((row + 0.5) / res));
            }
            core::load_batch(net, points, rows, m, batch);
            core::forward_batch(net, batch);
            for (int e = 0; e < m; ++e)
                out[static_cast<size_t>(row) * static_cast<size_t>(res) + static_cast<size_t>(first + e)] =
                    batch.a[static_cast<size_t>(layer)](unit, e);
        }
    }
}

}  // namespace lab
