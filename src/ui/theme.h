// Fonts and style for all panels: a dark theme (the default) and a high-contrast light one for projectors, at a
// size scale for the chrome (text, spacing, lines) and a larger one for the content (formulas, node values, plot
// labels: presentation mode).
#pragma once

namespace ui {

struct Theme {
    bool light = false;
    float scale = 1.0f;          // the chrome: 1 = normal; presentation mode 1–1.4 by the screen's height
    bool touch = false;          // a phone: buttons tall enough for a finger
    float content_scale = 1.0f;  // formulas, node values, plot labels: presentation mode 1.5–3.5
};

// Call once after ImGui's context exists (and again when the pixel ratio or the theme changes): loads the fonts
// (see fonts.h) at the pixel ratio and scale, and sets the colours and spacing.
void apply_theme(float pixel_ratio, const Theme& theme = {});

// Sets the colours and spacing only (the fonts stay).
void apply_style(const Theme& theme);

// Is the light theme on? Read from ImGui's window colour, so panels need no extra state to pick their colours.
bool light_theme();

// Is the touch style on (Theme::touch: a phone)? Read from ImGui's style, like light_theme(): its frames are a
// fingertip tall (tap_target.h) at any scale.
bool touch_style();

// How much larger than normal the UI is drawn (the chrome's scale): panels multiply line widths and marker
// sizes by it. The content's text scale is fonts.h's content_scale().
float ui_scale();

}  // namespace ui
