// Items that share a line while the panel is wide enough and wrap onto the next one when it is not (a phone, a
// narrow column, large projector text).
#pragma once
#include <string>
#include <vector>

namespace ui {

// The width of a button (or a checkbox's or radio's box and label) that shows `label`.
float button_width(const char* label);
float check_width(const char* label);

// Keeps the next item, `width` wide, on the current line (`spacing` after the last item; negative: the style's item
// spacing) if it fits before the window's right edge; otherwise the next item starts a new line.
void same_line_if_room(float width, float spacing = -1.0f);

// Short texts on one line while they fit, each whole on the next line where it does not (a number is never split).
void texts_in_flow(const std::vector<std::string>& texts);

// A paragraph wrapped at the window's edge, broken only at spaces: ImGui's own wrapping also breaks after a full stop
// or a comma, and so splits a number such as 0.0001 across two lines.
void text_wrapped_at_spaces(const std::string& text);
// The same in the theme's dim text colour.
void dim_paragraph(const std::string& text);

}  // namespace ui
