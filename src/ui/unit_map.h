// A unit's output map, large on the data plot: while a neuron of the network view is hovered (or was tapped), the
// data place's background shows that unit's a_j⁽ˡ⁾(x) over the plane instead of h(x) — the 35 px thumbnail as large
// as the plot. The boundary renderer draws any network's single output, so the unit becomes the output of the
// network cut after its layer: layers 1 … l unchanged, then unit j's row of Θ⁽ˡ⁻¹⁾ alone, with its own g.
// Pure: no GL, no ImGui.
#pragma once
#include "core/network.h"

namespace ui {

// True when unit `unit` of `layer` (0-based; 0 is the input) has a map: a hidden or output unit of a 2-input network
// whose g is its own (a softmax output depends on the whole layer: none).
bool has_unit_map(const core::Network& net, int layer, int unit);

// The network cut after the unit: its output, for every x, is the unit's a_j⁽ˡ⁾(x). False (and `out` untouched)
// when has_unit_map is false.
bool unit_map_network(const core::Network& net, int layer, int unit, core::Network& out);

}  // namespace ui
