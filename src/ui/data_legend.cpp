#include "ui/data_legend.h"

#include <algorithm>

#include "lab/teach/confusion.h"

namespace ui {

std::vector<LegendEntry> data_legend(const core::Dataset& data, Palette palette) {
    const PaletteInfo& info = palette_info(palette);
    const auto shape = [&](int k) { return info.shapes ? std::min(k, 2) : 0; };
    if (data.task == core::Task::Regression)
        return {{info.classes[0], shape(0), "y < 0.5"}, {info.classes[1], shape(1), "y ≥ 0.5"}};
    const int classes = data.task == core::Task::MulticlassClassification ? std::max(1, data.n_out) : 2;
    std::vector<LegendEntry> entries;
    constexpr int kColoured = static_cast<int>(sizeof kClassColours / sizeof kClassColours[0]);
    for (int k = 0; k < std::min(classes, kColoured); ++k)
        entries.push_back({info.classes[k], shape(k), lab::class_name(data, k)});
    if (classes == kColoured + 1) entries.push_back({kNoClassColour, shape(kColoured), lab::class_name(data, kColoured)});
    if (classes > kColoured + 1)
        entries.push_back({kNoClassColour, shape(kColoured),
                           "classes " + std::to_string(kColoured) + "–" + std::to_string(classes - 1)});
    return entries;
}

}  // namespace ui
