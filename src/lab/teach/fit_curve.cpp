#include "lab/teach/fit_curve.h"

#include <algorithm>

namespace lab {

bool shows_fit_curve(const core::Network& net, const core::Dataset& data) {
    return net.sizes.front() == 1 && net.sizes.back() == 1 && data.n_in == 1 && data.n_out == 1 &&
           data.task == core::Task::Regression;
}

FitFrame fit_frame(const core::Dataset& train, const core::Dataset& test) {
    double x_lo = 0, x_hi = 0, y_lo = 0, y_hi = 0;
    bool any = false;
    for (const core::Dataset* set : {&train, &test})
        for (int i = 0; i < set->count(); ++i) {
            const double x = set->x_row(i)[0], y = set->y_row(i)[0];
            x_lo = any ? std::min(x_lo, x) : x;
            x_hi = any ? std::max(x_hi, x) : x;
            y_lo = any ? std::min(y_lo, y) : y;
            y_hi = any ? std::max(y_hi, y) : y;
            any = true;
        }
    if (!any) return FitFrame{};
    // a 10% margin; a range of zero width (one point, or a flat target) opens to ±1 around it
    const double x_margin = x_hi > x_lo ? 0.1 * (x_hi - x_lo) : 1.0;
    const double y_margin = y_hi > y_lo ? 0.1 * (y_hi - y_lo) : 1.0;
    return {x_lo - x_margin, x_hi + x_margin, y_lo - y_margin, y_hi + y_margin};
}

double fit_sample_x(double x_lo, double x_hi, int k, int samples) {
    const double t = samples <= 1 ? 0.0 : static_cast<double>(k) / (samples - 1);
    return x_lo + (x_hi - x_lo) * t;
}

std::vector<double> fit_curve(const core::Network& net, double x_lo, double x_hi, int samples) {
    std::vector<double> h(static_cast<size_t>(std::max(samples, 0)));
    core::Cache cache;
    resize_cache(net, cache);
    for (int k = 0; k < samples; ++k) {
        const double x = fit_sample_x(x_lo, x_hi, k, samples);
        h[static_cast<size_t>(k)] = core::forward(net, &x, cache)[0];
    }
    return h;
}

}  // namespace lab
