#include "lab/teach/heatmap.h"

#include <algorithm>
#include <cmath>

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
    core::Cache cache;
    for (int row = 0; row < res; ++row) {
        for (int col = 0; col < res; ++col) {
            const double x[2] = {extent.to_plane((col + 0.5) / res), extent.to_plane((row + 0.5) / res)};
            core::forward(net, x, cache);
            out[static_cast<size_t>(row) * static_cast<size_t>(res) + static_cast<size_t>(col)] =
                cache.a[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
        }
    }
}

}  // namespace lab
