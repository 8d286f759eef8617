// "Restore your last session?": the prompt at start when an autosaved session exists (app/autosave.h). Without a
// link it is a modal — Enter restores, Esc starts fresh — since the lab shown behind it is only a default. After a
// link it is a small window that leaves the link's lab usable: it offers to go back to the saved session instead.
#pragma once
#include <string>

namespace ui {

struct RestorePromptView {
    std::string summary;      // "Lesson 16 · Backprop — 340 steps, saved 3 min ago"
    bool after_link = false;  // a link (or a lesson or file given at start) is open
    float screen_width = 0;
    float screen_height = 0;
};

struct RestorePromptActions {
    bool restore = false;
    bool dismiss = false;  // Start fresh / keep the link
};

RestorePromptActions restore_prompt(const RestorePromptView& view);

}  // namespace ui
