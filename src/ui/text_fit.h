// Fitting a caption into a cramped panel (projector text on a small screen): the longest start of a UTF-8 text that
// fits a width, ended by "…". Headless: the caller measures text (ImGui::CalcTextSize in the panels).
#pragma once
#include <functional>
#include <string>

namespace ui {

// `text` itself when measure(text) ≤ width; otherwise the longest prefix p, cut at a code-point boundary and with
// trailing spaces dropped, such that measure(p + "…") ≤ width; "…" alone when not even one character fits.
std::string truncate_to_width(const std::string& text, float width,
                              const std::function<float(const std::string&)>& measure);

}  // namespace ui
