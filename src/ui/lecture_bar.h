// The lecture's controls at the top of the controls column: the lesson menu ("1 Perceptron …" to "17 Draw a
// digit"), "Copy link", presentation mode with its content zoom, and the light/dark theme. And the notice bar that lists
// what a link could not apply. Both read the state and return what the user asked for; the App applies it.
#pragma once
#include <string>
#include <vector>

namespace ui {

struct LectureBarView {
    int lesson;              // the lesson shown, 1..17 (0: none)
    bool presentation;
    float content_zoom;      // 1.5–2.5
    bool light;
    const std::string& link_message;  // after "Copy link": what happened ("" = nothing to say)
};

struct LectureActions {
    int open_lesson = 0;          // > 0: open this lesson
    bool copy_link = false;
    bool toggle_presentation = false;
    bool toggle_controls = false;  // presentation mode: the controls and loss places away or back (C)
    float content_zoom = 0.0f;     // > 0: presentation mode's new content zoom
    int set_light = -1;            // 0 dark, 1 light, −1 unchanged
};

constexpr float kMinContentZoom = 1.5f, kMaxContentZoom = 2.5f;

// Draws into the current ImGui window.
LectureActions lecture_bar(const LectureBarView& view);

// Presentation mode's one button while the controls are away, at the right end of the current tab bar: brings
// them back (C). With them back, the same place hides them again.
LectureActions presentation_tab_button(bool controls_shown);

// The notices of the last link under `title` ("" = none), over the top of the screen until dismissed; true when
// "Dismiss" was pressed.
bool notice_bar(const std::string& title, const std::vector<std::string>& notices, float screen_width);

}  // namespace ui
