// The help overlay: every key, in a window over the middle of the screen. ? or Esc (or its button) closes it.
#pragma once

namespace ui {

// Returns true when the user asked to close it. graph_steps: Space and the arrows step the graph (lesson 15's tab).
bool help_overlay(float screen_width, float screen_height, bool graph_steps = false);

}  // namespace ui
