// The help overlay: every key, in a window over the middle of the screen. ? or Esc (or its button) closes it.
#pragma once

namespace ui {

// Returns true when the user asked to close it.
bool help_overlay(float screen_width, float screen_height);

}  // namespace ui
