#include "ui/lesson_panel.h"

#include "imgui.h"
#include "ui/colours.h"

namespace ui {

void lesson_panel(const lab::Lesson* lesson) {
    if (lesson) {
        ImGui::PushStyleColor(ImGuiCol_Text, dim_text_colour());
        ImGui::TextWrapped("%s", lesson->caption.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
}

}  // namespace ui
