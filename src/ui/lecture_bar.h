// The lecture's controls at the top of the controls column: the lesson menu ("1 Perceptron …" to "17 Draw a
// digit"), "Copy link", projector mode with its text scale, and the light/dark theme. And the notice bar that lists
// what a link could not apply. Both read the state and return what the user asked for; the App applies it.
#pragma once
#include <string>
#include <vector>

namespace ui {

struct LectureBarView {
    int lesson;              // the lesson shown, 1..17 (0: none)
    bool projector;
    float projector_scale;   // 1.5–2.5
    bool light;
    const std::string& link_message;  // after "Copy link": what happened ("" = nothing to say)
};

struct LectureActions {
    int open_lesson = 0;          // > 0: open this lesson
    bool copy_link = false;
    bool toggle_projector = false;
    float projector_scale = 0.0f;  // > 0: a new text scale for projector mode
    int set_light = -1;            // 0 dark, 1 light, −1 unchanged
};

constexpr float kMinProjectorScale = 1.5f, kMaxProjectorScale = 2.5f;

// Draws into the current ImGui window.
LectureActions lecture_bar(const LectureBarView& view);

// The notices of the last link under `title` ("" = none), over the top of the screen until dismissed; true when
// "Dismiss" was pressed.
bool notice_bar(const std::string& title, const std::vector<std::string>& notices, float screen_width);

}  // namespace ui
