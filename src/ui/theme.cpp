#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"

namespace ui {

void apply_theme(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    const float oversample = std::max(1.0f, std::round(pixel_ratio));
    io.Fonts->Clear();
    ImFontConfig font;
    font.SizePixels = 13.0f * oversample;
    io.Fonts->AddFontDefault(&font);
    io.FontGlobalScale = 1.0f / oversample;

    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 0.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowPadding = ImVec2(12, 12);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.13f, 0.97f);
}

}  // namespace ui
