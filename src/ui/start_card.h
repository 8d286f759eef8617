// "Start here": a first visitor's card, the three things to press in the words of the device — taps on a touch
// screen, keys on a laptop. Shown once, until "Got it" (the App remembers it: app/platform_autosave.h); never
// when a link, lesson or file was opened, nor beside the restore prompt (a student with a saved session is no
// first visitor). A small window that takes no keys: Space still steps beneath it.
#pragma once

namespace ui {

struct StartCardView {
    bool touch = false;  // a touch screen without a fine pointer
    int lesson = 0;      // the lesson behind the card, and its title
    const char* title = "";
    float screen_width = 0;
    float screen_height = 0;
};

struct StartCardActions {
    bool dismiss = false;
    float button_x = 0, button_y = 0, button_w = 0, button_h = 0;  // "Got it", in logical pixels (for tests)
};

StartCardActions start_card(const StartCardView& view);

}  // namespace ui
