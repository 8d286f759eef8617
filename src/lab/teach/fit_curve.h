// A regression on one input (y = w·x + b and friends): the data are points (x, y) and the model is a curve h(x),
// so the data view draws both in the (x, y) plane instead of a decision boundary over a 2-D input plane.
#pragma once
#include <vector>

#include "core/dataset.h"
#include "core/network.h"

namespace lab {

// True when the data view should draw the fit: one input, one output, a regression target.
bool shows_fit_curve(const core::Network& net, const core::Dataset& data);

// The rectangle of the (x, y) plane to show: every point of both sets with a 10% margin on each side
// (a flat or single-point set still gets a non-empty range).
struct FitFrame {
    double x_lo = -1, x_hi = 1, y_lo = -1, y_hi = 1;
};
FitFrame fit_frame(const core::Dataset& train, const core::Dataset& test);

// The k-th of `samples` evenly spaced x from x_lo to x_hi (both ends included; one sample sits at x_lo).
double fit_sample_x(double x_lo, double x_hi, int k, int samples);

// h(x) at those x, by core::forward on a cache of its own. A diverged network gives NaN or ±∞ entries.
std::vector<double> fit_curve(const core::Network& net, double x_lo, double x_hi, int samples);

}  // namespace lab
