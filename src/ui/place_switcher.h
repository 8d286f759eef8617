// A phone's place switcher (app/layout.h): large tabs, one per place, in a row across the top (portrait) or a
// column down the left (landscape); the place in front is the highlighted one. Like every panel it reads what to
// show and returns what was tapped.
#pragma once
#include <string>
#include <vector>

#include "ui/tap_target.h"

namespace ui {

struct PlaceSwitcherView {
    const std::vector<std::string>& names;  // the places' titles, in the switcher's order
    int front;                              // the index of the place in front
    bool column;                            // landscape: one above the other
};

struct PlaceSwitcherActions {
    int chosen = -1;              // the index tapped, or −1
    std::vector<TapRect> tabs;    // not an action: where each tab was drawn (tap-size tests)
};

// Draws into the current ImGui window.
PlaceSwitcherActions place_switcher(const PlaceSwitcherView& view);

// Widths of a row of tabs filling `room` with `gap` between them: each its label's width, the room left over
// shared out equally, so that a long name ("Equation") is not cut while the short ones grow to a fingertip and
// beyond. Labels too wide for the room together: each gets its share of the room in proportion.
std::vector<float> share_row(const std::vector<float>& label_widths, float room, float gap);

}  // namespace ui
