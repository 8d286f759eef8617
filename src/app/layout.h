// Where each panel goes: a small function of the window size, in ImGui's logical pixels. Every panel has a named
// rectangle, so a new panel slots into a place instead of fighting for pixels.
//
// Landscape (a projector, a laptop):            Portrait (a phone, ≥ 390 px wide):
//   ┌──────────┬────────────────┬───────────┐     ┌────────────────────┐
//   │ controls │ network (tabs) │   data    │     │ equation           │
//   │          ├────────────────┤ (boundary │     │ network (tabs)     │
//   ├──────────┤ equation (tabs)│  + points)│     │ data               │
//   │ loss     │                │           │     │ controls | loss    │  ← one tabbed area
//   ├──────────┴────────────────┴───────────┤     ├────────────────────┤
//   │ step bar: buttons, event, timeline    │     │ step bar           │
//   └───────────────────────────────────────┘     └────────────────────┘
//
// A phone (narrower than 600 or lower than 500 px) has room for one or two places at a time: a place switcher,
// a row of large tabs, brings one to the front (portrait), or a column of them picks what sits beside the data
// (landscape):
//   ┌──────────────────────────────┐        ┌────────┬─────────────────────────┬──────────┐
//   │ Network Data Equation Lesson …│        │Network │ the place in front      │   data   │
//   ├──────────────────────────────┤        │Equation│ (network, equation,     │          │
//   │ the place in front, full     │        │Lesson  │  lesson or loss)        │          │
//   │ width                        │        │Loss    │                         │          │
//   ├──────────────────────────────┤        ├────────┴─────────────────────────┴──────────┤
//   │ step bar                     │        │ step bar                                     │
//   └──────────────────────────────┘        └──────────────────────────────────────────────┘
//
// A link's hide= list (an iframe showing one view) removes places; the others grow into the room they leave.
#pragma once
#include <vector>

#include "app/panel_table.h"

namespace app {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;  // top left corner and size
    float right() const { return x + w; }
    float bottom() const { return y + h; }
};

struct Layout {
    bool portrait = false;
    bool phone = false;  // phone_screen(): places behind the switcher, finger-size targets
    Rect switcher;       // a phone's row (portrait) or column (landscape) of place tabs; empty otherwise
    std::vector<PanelId> switched;  // the places the switcher offers, in its order
    PanelId front = PanelId::Network;  // the switcher's place in front (one of `switched`)
    Rect controls;   // the lead's controls panel (lesson, data, architecture, training settings)
    Rect loss;       // loss curve, accuracy, epoch counter; in portrait the same rectangle as `controls` (tabs)
    Rect network;    // the network view, and the larger optional views as tabs (loss surface, graph, digits)
    Rect equation;   // the current event's formula, and the smaller optional panels as tabs (gradient check, g/g′)
    Rect data;       // the data view: decision boundary, points, the stepped example
    Rect step_bar;   // stepping buttons, the current event, play/speed, the timeline
};

// Narrower than 600 or lower than 500 logical px, either way round: a phone.
bool phone_screen(float width, float height);

// A hidden place is an empty rectangle; draw nothing there.
inline bool shown(const Rect& r) { return r.w > 0 && r.h > 0; }
// The rectangle of a place (panel_table.h: a panel that is its own place); of a tab, its place's.
const Rect& place_of(const Layout& layout, PanelId panel);

// `line` is the height of one line of UI text (it sizes the step bar).
// `hidden`: places to leave out (tabs are ignored). `scale`: the UI's size factor (projector mode): the
// side columns' minimum widths and the step bar's wrapping grow with it. `step_bar_height`: what the step bar
// needed in the last frame (0: not known yet, estimated from the width); at most half the height. `front`: on a
// phone, the place the switcher brought to the front (another one when that is hidden or not switched).
Layout compute_layout(float width, float height, float line, const std::vector<PanelId>& hidden = {},
                      float scale = 1.0f, float step_bar_height = 0.0f, PanelId front = PanelId::Network);

}  // namespace app
