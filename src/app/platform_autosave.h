// Where the autosave (app/autosave.h) is kept: one text slot that outlives the run. In the browser localStorage
// under one key ("bplab.autosave.v1"); on the desktop $XDG_CONFIG_HOME/backprop-lab/autosave.json (or
// ~/.config/…), written to a temporary file and renamed over the old one, so a crash mid-write leaves the old
// session whole. One declaration, two implementations (platform_autosave_web.cpp, platform_autosave_native.cpp).
// Storage that is unavailable (private mode, file://, no home directory, a full quota) is an error message, never a
// reason for the lab not to run.
#pragma once
#include <string>

namespace app {

// Replaces the slot's text. False with `error` saying why.
bool write_autosave(const std::string& text, std::string& error);

// The slot's text; false when there is none (`error` empty) or it cannot be read (`error` says why).
bool read_autosave(std::string& text, std::string& error);

// Whether the page's "Reload and restore" (the crash banner, web/shell.html) asked this start to restore the saved
// session without asking; the request is used up by reading it. Natively always false.
bool autosave_restore_requested();

// The first visit's "start here" card (ui/start_card.h), once dismissed, is not shown again: localStorage
// 'bplab.start-card.v1' in the browser, start-card-dismissed beside autosave.json natively. Storage that cannot be
// read counts as not dismissed (the card shows); one that cannot be written is `error` (it shows again next time).
bool start_card_dismissed();
bool remember_start_card_dismissed(std::string& error);

}  // namespace app
