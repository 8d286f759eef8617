// The activation gallery: g(z) and g′(z) of every activation the lab offers, as small plots, with the z of the
// focused unit (the current event's, the hovered or the selected node) marked on its layer's activation.
#pragma once
#include "lab/teach/stepper.h"
#include "ui/network_view.h"

namespace ui {

void activation_gallery(const lab::Stepper& stepper, NodeRef focus);

}  // namespace ui
