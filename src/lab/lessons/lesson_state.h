// Opening a lesson or a shared link in a Stepper, and capturing the current state as a link.
#pragma once
#include <string>
#include <vector>

#include "lab/lessons/lessons.h"
#include "lab/teach/stepper.h"
#include "lab/io/url_state.h"

namespace lab {

// The lesson's config and preset weights, untrained.
void load_lesson(Stepper& stepper, const Lesson& lesson);

// Rebuilds what a link describes: the config, the lesson's preset Θ, the weight edits on the initial weights,
// `steps` training updates, and the cursor on the next step's trace. Returns notices for what could not apply.
std::vector<std::string> apply_url_state(const UrlState& state, Stepper& stepper);

// The link for the stepper's state. Edits are the starting weights that differ from the lesson's; if a weight was
// typed during training, the link starts from the current weights instead (steps = 0, `restarted` set), since a
// replay could not reach them.
UrlState capture_url_state(const Stepper& stepper, int lesson, bool& restarted);

}  // namespace lab
