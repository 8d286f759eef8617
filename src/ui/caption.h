// A caption that must fit one line of a cramped panel: cut with "…" (text_fit.h), all of it in a tooltip on hover.
#pragma once
#include <string>

#include "imgui.h"

namespace ui {

void one_line_caption(const std::string& text, float width, const ImVec4& colour);

}  // namespace ui
