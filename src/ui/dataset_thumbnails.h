// The data-set picker's pictures: each row of core::kDatasets as a small plot of its own points
// (make_dataset with a fixed seed and no noise), computed once and kept — never per frame. Pure: no ImGui; the
// picker (ui/dataset_picker.h) draws them.
#pragma once
#include <vector>

#include "core/dataset.h"

namespace ui {

struct ThumbnailPoint {
    float u = 0, v = 0;  // in [0, 1] across the picture; v up
    int label = 0;       // the class (a regression's: 1 where y is above its middle, else 0)
};

struct DatasetThumbnail {
    core::DatasetKind kind = core::DatasetKind::Circle;
    std::vector<ThumbnailPoint> points;  // x₁ against x₂ (one input: x against y; more: the first two inputs)
    int image_side = 0;                  // > 0: an image data set, drawn as its first example's pixels instead
    std::vector<float> pixels;           // image_side² values in [0, 1], row 0 at the top
};

// One thumbnail per row of core::kDatasets, in its order; at most `most_points` points each.
std::vector<DatasetThumbnail> make_dataset_thumbnails(int most_points);

}  // namespace ui
