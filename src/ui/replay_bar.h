// While a link's training replays over several frames (app.h, open_link): what it is doing, how far it got, and
// Cancel. Reads the replay's progress; returns whether Cancel was pressed.
#pragma once

#include "lab/lessons/lesson_state.h"

namespace ui {

// "Replaying the link's 1,000,000 training steps — 120,000 done (12 %)", a progress bar and Cancel, in the middle
// of the screen's upper part; true when Cancel was pressed.
bool replay_bar(const lab::LinkReplay& replay, float screen_width, float screen_height);

}  // namespace ui
