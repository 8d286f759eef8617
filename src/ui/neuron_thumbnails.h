// Per-neuron thumbnails: every unit's activation over the input plane (2-D inputs), for the network view.
// One forward pass per grid point fills the images of all units at once (lab::evaluate_unit_grid does one unit
// at a time), on a cache of its own, never the one being shown. Pure: no ImGui.
#pragma once
#include <cstdint>
#include <vector>

#include "core/features.h"
#include "core/network.h"
#include "lab/teach/heatmap.h"

namespace ui {

struct NeuronThumbnails {
    int res = 0;                                    // res × res samples per unit; 0 = none (not 2-D inputs)
    std::vector<std::vector<std::vector<float>>> a; // a[layer][unit][row * res + col], row 0 at the bottom (x₂ = lo)
    std::vector<int> sizes;                         // s_1 … s_L of the network they were computed from
    uint64_t weights_hash = 0;                      // of that network

    // Made for a network of this shape? A lesson, a link or an import replaces the network between two
    // refreshes; until the next one the old images must not be read with the new network's indices.
    bool made_for(const core::Network& net) const { return res > 0 && sizes == net.sizes; }
    // Unit `unit` of `layer` (0-based) as computed, or null when there is none of that index.
    const std::vector<float>* image(int layer, int unit) const;
};

// Samples at the centres (k + ½)/res of the plane, as lab::evaluate_unit_grid does (the tests compare the two).
// `features` ≠ 0: the input layer holds these features of the point (core/features.h), so its images are φ(x₁, x₂).
void compute_thumbnails(const core::Network& net, const lab::PlaneExtent& extent, int res, NeuronThumbnails& out,
                        core::FeatureSet features = 0);

}  // namespace ui
