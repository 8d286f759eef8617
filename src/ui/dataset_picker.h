// The controls' data-set picker: a grid of thumbnails of the data sets' own points (ui/dataset_thumbnails.h),
// the chosen one framed; hover names it. Uses the cache it is given, filling it on the first call.
#pragma once
#include <vector>

#include "core/dataset.h"
#include "ui/dataset_thumbnails.h"
#include "ui/palette.h"

namespace ui {

// Draws the grid into the current window across its width. Returns true when another data set was clicked
// (written to `value`); `reopen` is set when the chosen one was clicked again.
bool dataset_picker(core::DatasetKind& value, std::vector<DatasetThumbnail>& cache, Palette palette, bool& reopen);

}  // namespace ui
