// A tab bar on a touch screen: ImGui scrolls a bar too narrow for its tabs with two arrows 14 px wide, too small
// for a finger. There the bar gets a ◀ and a ▶ a fingertip wide at its two ends; each brings the previous or the next
// tab to the front (and ImGui scrolls the bar to it).
#pragma once
#include <vector>

#include "ui/tap_target.h"

namespace ui {

// Would tabs with these labels be wider than `bar_width`? ImGui sizes a tab as its label plus the frame's padding
// on both sides, with the item inner spacing between tabs.
bool tabs_overflow(const std::vector<const char*>& labels, float bar_width);

// Inside BeginTabBar: the two steppers; −1 or +1 when one was tapped, else 0. Where they were drawn is appended to
// `drawn` (the JS API's touch targets).
int tab_steppers(std::vector<TapRect>& drawn);

}  // namespace ui
