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

// The lines `text` takes at `width` in the current font: a break at every ",   " (the trace separates z and a, v
// and Θ, that way), otherwise only at spaces — ImGui's own wrapping also breaks after '.', inside numbers such as
// 0.0001.
std::vector<std::string> wrap_at_spaces(const std::string& text, float width);

// A paragraph so wrapped at the window's edge (or, in a group, from the cursor to the edge).
void text_wrapped_at_spaces(const std::string& text);
// The same in a colour (an ImU32), or in the theme's dim text colour.
void coloured_paragraph(const std::string& text, unsigned int colour);
void dim_paragraph(const std::string& text);

// Narrower than this (a phone held upright), a panel puts its controls one under another: a combo of long names
// takes the whole line, a table fewer digits.
inline constexpr float kNarrowPanel = 480.0f;
bool narrow_panel();  // is the room left on this line narrower than kNarrowPanel?

}  // namespace ui
