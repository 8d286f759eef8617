#include "lab/teach/capacity.h"

#include <cstdio>
#include <string>

namespace lab {

CapacityComparison::CapacityComparison(const LabConfig& lesson) {
    runs_.reserve(kCapacityUnits.size());
    for (int units : kCapacityUnits) {
        LabConfig config = lesson;
        config.hidden = {units};
        runs_.emplace_back(config);
    }
}

void CapacityComparison::train_steps(int n) {
    for (Session& run : runs_) run.train_steps(n);
}

void CapacityComparison::reset() {
    for (Session& run : runs_) run.reset();
}

std::string CapacityComparison::caption(size_t k) const {
    const EpochRecord& now = pictures_[k].record;
    char text[96];
    std::snprintf(text, sizeof text, "%d hidden units · J = %.3g · epoch %lld", kCapacityUnits[k], now.train_loss,
                  now.epoch);
    return text;
}

void CapacityComparison::refresh(const PlaneExtent& extent, int res) {
    for (size_t k = 0; k < runs_.size(); ++k) {
        Picture& picture = pictures_[k];
        const Session& run = runs_[k];
        if (picture.steps == run.steps() && picture.res == res && picture.extent.lo == extent.lo &&
            picture.extent.hi == extent.hi)
            continue;
        evaluate_unit_grid(run.network(), run.network().layer_count() - 1, 0, extent, res, picture.values);
        picture.record = run.current();
        picture.steps = run.steps();
        picture.extent = extent;
        picture.res = res;
    }
}

}  // namespace lab
