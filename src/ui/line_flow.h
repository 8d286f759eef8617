// Items that share a line while the panel is wide enough and wrap onto the next one when it is not (a phone, a
// narrow column, large projector text).
#pragma once

namespace ui {

// The width of a button (or a checkbox's or radio's box and label) that shows `label`.
float button_width(const char* label);
float check_width(const char* label);

// Keeps the next item, `width` wide, on the current line (`spacing` after the last item; negative: the style's item
// spacing) if it fits before the window's right edge; otherwise the next item starts a new line.
void same_line_if_room(float width, float spacing = -1.0f);

}  // namespace ui
