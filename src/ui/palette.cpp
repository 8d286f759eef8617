#include "ui/palette.h"

namespace ui {

const PaletteInfo& palette_info(Palette palette) {
    for (const PaletteInfo& info : kPalettes)
        if (info.palette == palette) return info;
    return kPalettes[0];
}

bool parse_palette(const std::string& id, Palette& out) {
    for (const PaletteInfo& info : kPalettes)
        if (id == info.id) {
            out = info.palette;
            return true;
        }
    return false;
}

std::string palette_ids() {
    std::string out;
    for (const PaletteInfo& info : kPalettes) out += (out.empty() ? "" : ", ") + std::string(info.id);
    return out;
}

}  // namespace ui
