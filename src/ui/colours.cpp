#include "ui/colours.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"
#include "ui/theme_colours.h"

namespace ui {

namespace {

ImVec4 vec(const Colour& c) { return ImVec4(c.r, c.g, c.b, 1.0f); }

}  // namespace

// From the themes' one table (theme_colours.h), which the contrast test checks.
ImVec4 formula_colour() { return vec(theme_colours(light_theme()).formula); }
ImVec4 numbers_colour() { return vec(theme_colours(light_theme()).numbers); }
ImVec4 dim_text_colour() { return vec(theme_colours(light_theme()).dim_text); }
ImVec4 good_colour() { return vec(theme_colours(light_theme()).good); }
ImVec4 bad_colour() { return vec(theme_colours(light_theme()).bad); }
ImU32 train_loss_colour() { return light_theme() ? IM_COL32(20, 20, 24, 255) : kTrainLossColour; }
ImU32 plot_background_colour() { return ImGui::GetColorU32(vec(theme_colours(light_theme()).plot_bg)); }

ImU32 signed_value_colour(double value) {
    const float t = static_cast<float>(std::clamp(std::fabs(value), 0.0, 1.0));
    const ImVec4 pale(0.91f, 0.92f, 0.92f, 1.0f);
    const ImVec4 end = value < 0 ? ImVec4(0.961f, 0.576f, 0.133f, 1.0f) : ImVec4(0.031f, 0.467f, 0.741f, 1.0f);
    return ImGui::GetColorU32(ImVec4(pale.x + (end.x - pale.x) * t, pale.y + (end.y - pale.y) * t,
                                     pale.z + (end.z - pale.z) * t, 1.0f));
}

}  // namespace ui
