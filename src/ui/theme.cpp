#include "ui/theme.h"

#include "imgui.h"
#include "ui/fonts.h"

namespace ui {

void apply_style(const Theme& theme) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();  // sizes are scaled below from the defaults, never twice
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.ItemSpacing = ImVec2(8, 6);
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 4);
    if (theme.light) {
        // High contrast for a projector: near-black text on white, dark frames, saturated accents.
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_Text] = ImVec4(0.02f, 0.02f, 0.04f, 1.0f);
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.30f, 0.30f, 0.34f, 1.0f);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_PopupBg] = ImVec4(0.98f, 0.98f, 0.98f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.60f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
        style.Colors[ImGuiCol_Button] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
        style.Colors[ImGuiCol_Tab] = ImVec4(0.82f, 0.86f, 0.92f, 1.0f);
        style.FrameBorderSize = 1.0f;
    } else {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.13f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.22f, 0.22f, 0.26f, 1.0f);
    }
    if (theme.touch) {
        style.FramePadding = ImVec2(10, 8);   // 32 px tall buttons with the 16 px font
        style.ItemSpacing = ImVec2(8, 8);
        style.ScrollbarSize = 18.0f;
        style.GrabMinSize = 16.0f;
    }
    if (theme.scale != 1.0f) style.ScaleAllSizes(theme.scale);
}

void apply_theme(float pixel_ratio, const Theme& theme) {
    load_fonts(pixel_ratio, theme.scale);
    apply_style(theme);
}

bool light_theme() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.3f * bg.x + 0.59f * bg.y + 0.11f * bg.z > 0.5f;
}

float ui_scale() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.Size == 0) return 1.0f;
    return io.Fonts->Fonts[0]->FontSize * io.FontGlobalScale / kUiFontSize;
}

}  // namespace ui
