#include "ui/theme_colours.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

// High contrast for a projector: near-black text on white, pale fills under the buttons and tabs.
constexpr ThemeColours kLight{
    {0.02f, 0.02f, 0.04f}, {0.30f, 0.30f, 0.34f}, {0.25f, 0.25f, 0.30f},  // text, disabled, dim
    {0.0f, 0.0f, 0.0f},    {0.62f, 0.25f, 0.0f},                          // formula, numbers
    {1.0f, 1.0f, 1.0f},    {0.98f, 0.98f, 0.98f}, {0.90f, 0.91f, 0.93f},  // window, popup, frame
    {0.80f, 0.86f, 0.95f}, {0.82f, 0.86f, 0.92f}, {0.60f, 0.73f, 0.92f},  // button, tab, active tab
    {246 / 255.0f, 246 / 255.0f, 248 / 255.0f},                            // plot
    {0.0f, 0.45f, 0.15f},  {0.75f, 0.10f, 0.05f},                          // good, bad
};

// Light text on a dark grey; the fills dark enough for white text (ImGui's dark blues, opaque).
constexpr ThemeColours kDark{
    {1.0f, 1.0f, 1.0f},    {0.58f, 0.58f, 0.62f}, {150 / 255.0f, 150 / 255.0f, 160 / 255.0f},
    {0.95f, 0.95f, 0.97f}, {1.0f, 0.84f, 0.45f},
    {0.11f, 0.11f, 0.13f}, {0.08f, 0.08f, 0.09f}, {0.16f, 0.23f, 0.35f},
    {0.17f, 0.30f, 0.47f}, {0.15f, 0.26f, 0.42f}, {0.20f, 0.39f, 0.65f},
    {30 / 255.0f, 30 / 255.0f, 36 / 255.0f},
    {0.45f, 0.85f, 0.45f}, {1.0f, 0.42f, 0.38f},
};

double linear(float channel) {
    const double c = channel;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

const ThemeColours& theme_colours(bool light) { return light ? kLight : kDark; }

std::vector<TextPair> text_pairs(const ThemeColours& c) {
    return {
        {"text on a panel", c.text, c.window_bg},       {"text in a menu or tooltip", c.text, c.popup_bg},
        {"text in a field", c.text, c.frame_bg},        {"text on a button", c.text, c.button},
        {"text on a tab", c.text, c.tab},               {"text on the open tab", c.text, c.tab_active},
        {"disabled text on a panel", c.text_disabled, c.window_bg},
        {"dim text on a panel", c.dim_text, c.window_bg}, {"dim text in a tooltip", c.dim_text, c.popup_bg}, {"dim text on a plot", c.dim_text, c.plot_bg},
        {"text on a plot", c.text, c.plot_bg},          {"the formula on a panel", c.formula, c.window_bg},
        {"the numbers on a panel", c.numbers, c.window_bg},
        {"a passed check on a panel", c.good, c.window_bg}, {"a failed check on a panel", c.bad, c.window_bg},
    };
}

double relative_luminance(const Colour& c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(const Colour& a, const Colour& b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace ui
