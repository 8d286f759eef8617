// The two themes' colours as plain numbers, one table that theme.cpp and colours.cpp read: every text colour and
// the backgrounds it is drawn on, so that the pairs can be checked against WCAG's contrast rule (text ≥ 4.5:1) in a
// unit test without ImGui.
#pragma once
#include <vector>

namespace ui {

struct Colour {
    float r = 0, g = 0, b = 0;  // sRGB, 0..1
};

struct ThemeColours {
    Colour text, text_disabled, dim_text;  // body text; greyed-out items; captions and axis labels
    Colour formula, numbers;               // the big formula; the numbers substituted into it
    Colour window_bg, popup_bg, frame_bg;  // panels; menus and tooltips; fields and sliders
    Colour button, tab, tab_active;        // the fills text sits on in buttons and tabs
    Colour plot_bg;                        // the loss plot's and the charts' background
    Colour good, bad;                      // a passed check; a failed check or a warning (text on a panel)
};

const ThemeColours& theme_colours(bool light);

// A text colour on a background it is drawn on, named for a failing test's message.
struct TextPair {
    const char* what;
    Colour text, background;
};

// Every text colour of the theme on every background it is drawn on.
std::vector<TextPair> text_pairs(const ThemeColours& colours);

// WCAG 2's relative luminance of an sRGB colour and the contrast ratio of two: (L₁ + 0.05) / (L₂ + 0.05), with
// L₁ the lighter; 1 (the same colour) to 21 (black on white).
double relative_luminance(const Colour& c);
double contrast_ratio(const Colour& a, const Colour& b);

constexpr double kMinTextContrast = 4.5;  // WCAG 2 AA for normal-size text

}  // namespace ui
