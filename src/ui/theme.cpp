#include "ui/theme.h"

#include "imgui.h"
#include "ui/fonts.h"

namespace ui {

void apply_theme(float pixel_ratio) {
    load_fonts(pixel_ratio);

    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 4);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.13f, 1.0f);
    style.Colors[ImGuiCol_Border] = ImVec4(0.22f, 0.22f, 0.26f, 1.0f);
}

}  // namespace ui
