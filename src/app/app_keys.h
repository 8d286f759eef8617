// The keys the App acts on, read from ImGui's input queue in the frame (App::handle_keys, App::lecture_key).
#pragma once
#include "imgui.h"

namespace app {

struct Key {
    ImGuiKeyChord chord;  // key and modifiers, exactly: Shift+8 is not 8
    bool repeats;         // held down, it fires again at ImGui's key-repeat rate
    char types;           // the lower-case character the key types without modifiers, 0 if none
};

// Pressed this frame, routed to the App (a widget that claims the key wins), the UI not holding the keyboard, and
// no other character typed by it. Call it every frame for every key, even when the answer is not used: the route
// is granted one frame after it was asked for.
bool key_pressed(const Key& key);

}  // namespace app
