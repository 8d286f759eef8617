#include "ui/caption.h"

#include "ui/text_fit.h"

namespace ui {

void one_line_caption(const std::string& text, float width, const ImVec4& colour) {
    auto measure = [](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x; };
    ImGui::TextColored(colour, "%s", truncate_to_width(text, width, measure).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

}  // namespace ui
