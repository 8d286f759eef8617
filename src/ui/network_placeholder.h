// A stand-in for the network view (engineer "netview" builds the real one): one column of circles per layer,
// filled by the stepped example's activation a once the cursor has computed it (grey before), ringed by δ once the
// backward pass reaches it, the current node marked; edges by the sign and size of Θ.
#pragma once
#include <vector>

#include "core/network.h"
#include "lab/stepper.h"
#include "ui/node_spot.h"

namespace ui {

struct NetworkView {
    const lab::Stepper& stepper;
    const core::Network& shown;  // Θ as of the cursor (Stepper::displayed_network())
};

// Draws into the current ImGui window's remaining content region; returns where each drawn node is.
std::vector<NodeSpot> network_placeholder(const NetworkView& view);

}  // namespace ui
