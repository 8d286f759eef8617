// The accessible view of the App for the page's DOM layer (web/shell.html's accessibility block): the lesson, the
// cursor's event narrated (lab/teach/narration.h), the network and the data described, and the settings the DOM
// controls mirror with their ranges and choices, as one JSON object.
#pragma once
#include <string>

#include "render/points_renderer.h"
#include "ui/palette.h"

namespace app {

class App;

// {"lesson": {number, title}, "playing", "steps", "epoch", "phase", "cursor": {index, events, place},
//  "narration": {"formula": …, "result": …}, "network": "…", "data": "…",
//  "settings": [{key, label, kind, lo, hi, value, choices}], "lessons": [{number, title}]}
std::string a11y_view_json(const App& app);

// The palette's class colours and shapes for the points renderer.
render::PointStyle point_style(ui::Palette palette);

}  // namespace app
