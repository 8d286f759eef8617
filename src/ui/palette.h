// The class colours, one table: the standard palette (TF Playground's orange and blue, green for a third class) and
// a colour-blind-safe one. Both keep orange and blue, which stay apart under every colour-vision deficiency; the
// safe palette's third class is a dark grey instead of the green that protanopes and deuteranopes confuse with the
// orange, and it adds a shape per class (circle, square, triangle) so that colour is never the only cue. The
// loss-surface colormap is viridis in both (made for colour-blind readers). No ImGui here: the lecture's display,
// the links and the renderers read it.
#pragma once
#include <string>

#include "ui/value_colours.h"

namespace ui {

enum class Palette { Standard, ColourBlind };

struct PaletteInfo {
    Palette palette;
    const char* id;      // in links (palette=cb), the JS API (bplab.setPalette) and the state JSON
    const char* label;   // in the UI
    Rgb classes[3];      // classes 0, 1, 2 (3 and up: the boundary's grey)
    bool shapes;         // class 0 a circle, 1 a square, 2 a triangle, in the plot and its legend
};

inline constexpr PaletteInfo kPalettes[] = {
    {Palette::Standard, "standard", "Standard colours", {{245, 147, 34}, {8, 119, 189}, {58, 163, 78}}, false},
    {Palette::ColourBlind, "cb", "Colour-blind safe, with shapes", {{245, 147, 34}, {8, 119, 189}, {150, 150, 150}},
     true},
};

// Every palette keeps the standard classes 0 and 1 (orange, blue): the views that only ever show two colours — the
// confusion matrix (right/wrong), the digits' probability bars, the fit plot (curve/points) — are thereby right
// under every palette and read those two from ui/colours.h. Only class 2 differs.
constexpr bool palettes_share_two_classes() {
    for (const PaletteInfo& info : kPalettes)
        for (int k = 0; k < 2; ++k)
            if (info.classes[k].r != kPalettes[0].classes[k].r || info.classes[k].g != kPalettes[0].classes[k].g ||
                info.classes[k].b != kPalettes[0].classes[k].b)
                return false;
    return true;
}
static_assert(palettes_share_two_classes(), "a palette that changes class 0 or 1 must reach colours.h's users");

const PaletteInfo& palette_info(Palette palette);
bool parse_palette(const std::string& id, Palette& out);  // false for an id the table does not have
std::string palette_ids();                                 // "standard, cb", for messages

}  // namespace ui
