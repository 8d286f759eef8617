#include "ui/theme.h"

#include "imgui.h"
#include "ui/fonts.h"
#include "ui/tap_target.h"
#include "ui/theme_colours.h"

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
    // The colours text is drawn in and on come from the one table the contrast test checks (theme_colours.h).
    if (theme.light) ImGui::StyleColorsLight(&style);
    else ImGui::StyleColorsDark(&style);
    const ThemeColours& c = theme_colours(theme.light);
    const auto set = [&style](ImGuiCol slot, const Colour& colour) {
        style.Colors[slot] = ImVec4(colour.r, colour.g, colour.b, 1.0f);
    };
    set(ImGuiCol_Text, c.text);
    set(ImGuiCol_TextDisabled, c.text_disabled);
    set(ImGuiCol_WindowBg, c.window_bg);
    set(ImGuiCol_PopupBg, c.popup_bg);
    set(ImGuiCol_FrameBg, c.frame_bg);
    set(ImGuiCol_Button, c.button);
    set(ImGuiCol_Tab, c.tab);
    set(ImGuiCol_TabActive, c.tab_active);
    set(ImGuiCol_TabUnfocusedActive, c.tab_active);
    if (theme.light) {
        style.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.55f, 0.60f, 1.0f);
        style.FrameBorderSize = 1.0f;
    } else {
        style.Colors[ImGuiCol_Border] = ImVec4(0.22f, 0.22f, 0.26f, 1.0f);
    }
    if (theme.touch) {
        // 44 px tall buttons, tabs and sliders with the 16 px font: a fingertip's size (tap_target.h)
        style.FramePadding = ImVec2(10, 0.5f * (kTapTarget - kUiFontSize));
        style.ItemSpacing = ImVec2(8, 8);
        style.ScrollbarSize = 18.0f;
        style.GrabMinSize = 16.0f;
    }
    if (theme.scale != 1.0f) style.ScaleAllSizes(theme.scale);
}

void apply_theme(float pixel_ratio, const Theme& theme) {
    load_fonts(pixel_ratio, theme.scale, theme.content_scale);
    apply_style(theme);
}

bool light_theme() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.3f * bg.x + 0.59f * bg.y + 0.11f * bg.z > 0.5f;
}

bool touch_style() { return ImGui::GetFrameHeight() >= 0.9f * kTapTarget * ui_scale(); }

float ui_scale() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.Fonts->Fonts.Size == 0) return 1.0f;
    return io.Fonts->Fonts[0]->FontSize * io.FontGlobalScale / kUiFontSize;
}

}  // namespace ui
