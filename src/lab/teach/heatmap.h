// Evaluating the network over the input plane (2-D inputs): the decision boundary and each neuron's output.
// The GPU draws the big boundary; this CPU path serves the per-neuron thumbnails and the tests, and always works
// on its own cache, never on the network being shown (TF Playground's heat-map pass overwrote the live nodes).
#pragma once
#include <vector>

#include "core/dataset.h"
#include "core/network.h"

namespace lab {

// The square of the input plane that the data view shows: x₁, x₂ in [lo, hi].
struct PlaneExtent {
    double lo = -6.0;
    double hi = 6.0;
    double to_plane(double t) const { return lo + (hi - lo) * t; }  // t in [0, 1]
    double to_unit(double x) const { return (x - lo) / (hi - lo); }
};

// A square around the data with a 10% margin, symmetric about the middle of the data.
PlaneExtent plane_extent(const core::Dataset& data);

// Activation a_unit of `layer` (0-based; layer 0 = the inputs) at res × res points of the plane, row 0 at the
// bottom (x₂ = lo), column 0 at x₁ = lo; sample centres at (k + ½)/res. Networks without 2 inputs give zeros.
void evaluate_unit_grid(const core::Network& net, int layer, int unit, const PlaneExtent& extent, int res,
                        std::vector<double>& out);

}  // namespace lab
