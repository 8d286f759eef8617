#include "ui/dataset_thumbnails.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

// Where a value falls between lo and hi, with a margin so that no point sits on the picture's edge.
float unit(double value, double lo, double hi) {
    const double span = hi > lo ? hi - lo : 1.0;
    return static_cast<float>(0.08 + 0.84 * (value - lo) / span);
}

void plot_points(const core::Dataset& data, int most_points, DatasetThumbnail& out) {
    const int count = std::min(data.count(), most_points);
    if (count == 0 || data.n_in < 1) return;
    // x₁ across; up: x₂, or y when there is one input
    auto across = [&](int i) { return data.x_row(i)[0]; };
    auto up = [&](int i) { return data.n_in >= 2 ? data.x_row(i)[1] : data.y_row(i)[0]; };
    double lo_u = across(0), hi_u = lo_u, lo_v = up(0), hi_v = lo_v, lo_y = data.y_row(0)[0], hi_y = lo_y;
    for (int i = 1; i < count; ++i) {
        lo_u = std::min(lo_u, across(i)), hi_u = std::max(hi_u, across(i));
        lo_v = std::min(lo_v, up(i)), hi_v = std::max(hi_v, up(i));
        lo_y = std::min(lo_y, data.y_row(i)[0]), hi_y = std::max(hi_y, data.y_row(i)[0]);
    }
    const bool regression = data.task == core::Task::Regression;
    for (int i = 0; i < count; ++i) {
        const int label = !regression ? data.label(i) : (data.n_in == 1 ? 0 : data.y_row(i)[0] > 0.5 * (lo_y + hi_y));
        out.points.push_back({unit(across(i), lo_u, hi_u), unit(up(i), lo_v, hi_v), label});
    }
}

}  // namespace

std::vector<DatasetThumbnail> make_dataset_thumbnails(int most_points) {
    std::vector<DatasetThumbnail> all;
    for (const core::DatasetInfo& info : core::kDatasets) {
        DatasetThumbnail thumbnail;
        thumbnail.kind = info.kind;
        const core::Dataset data = core::make_dataset(info.kind, most_points, 0.0, 1);
        const int side = static_cast<int>(std::lround(std::sqrt(static_cast<double>(data.n_in))));
        if (data.n_in >= 16 && side * side == data.n_in && data.count() > 0) {  // an image per row: show one
            thumbnail.image_side = side;
            const double* x = data.x_row(0);
            double top = 0;
            for (int k = 0; k < data.n_in; ++k) top = std::max(top, x[k]);
            for (int k = 0; k < data.n_in; ++k) thumbnail.pixels.push_back(static_cast<float>(top > 0 ? x[k] / top : 0));
        } else {
            plot_points(data, most_points, thumbnail);
        }
        all.push_back(std::move(thumbnail));
    }
    return all;
}

}  // namespace ui
