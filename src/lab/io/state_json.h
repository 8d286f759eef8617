// The page's state as JSON, for the JS API (tests, slides, iframes): lesson, cursor with its event and formula
// text, losses, epoch, weights, and the stepped example's per-layer values in the same form as the CLI prints.
#pragma once
#include <optional>
#include <string>

#include "lab/io/json.h"
#include "lab/teach/stepper.h"

namespace lab {

// What is on screen besides the lab, in a link's words (url_state.h's tab=, surf=, proj=, palette=): the export
// writes it under "display" and the import gives it back, so a State JSON (and so the autosave) reopens the tab, the
// loss surface's view (experiment, 3-D camera, start point), presentation mode and the class colours as a link does.
struct Display {
    std::string tab;      // the network area's tab in front ("network", "surface", "graph", "digits")
    std::string surface;  // the loss-surface view's words (lab/surface/surface_view.h)
    bool presentation = false;
    std::string palette;  // the class colours' id (ui/palette.h: "standard", "cb"); "" = the standard ones
};

struct StateExtras {
    int lesson = 0;            // lesson number, 0 = none
    std::string caption;       // the lesson's caption
    bool playing = false;
    // With "training" (run_json.h): what an import needs to train on bit for bit. The export writes it; the JS API's
    // state(), read many times a second by tests and pages, leaves it out.
    bool with_run = false;
    std::optional<Display> display = std::nullopt;  // written as "display" when given (the export)
};

// The state's members, written into an object the caller has begun: a caller can add members of its own before
// closing it (the App adds where things are on screen).
void write_state_members(const Stepper& stepper, const StateExtras& extras, JsonWriter& out);

// The state as one JSON object: write_state_members inside { }.
std::string state_json(const Stepper& stepper, const StateExtras& extras);

}  // namespace lab
