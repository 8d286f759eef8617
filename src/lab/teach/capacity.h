// Lesson 6's slide: the same data learned by networks of 3, 6 and 20 hidden units, side by side, so that capacity
// shows — the small network's boundary stays simple and its training loss stays high, the large one bends around
// the points (and, on noisy data, around the noise).
//
// Each run is a Session of the lesson's config with only the hidden layer's size changed: the same data set and
// split (data_seed), the same initializer and seed rule, the same optimizer, α and batch size. All three advance by
// the same number of updates, so their epochs stay equal.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "lab/io/config.h"
#include "lab/teach/heatmap.h"
#include "lab/teach/session.h"

namespace lab {

constexpr std::array<int, 3> kCapacityUnits = {3, 6, 20};

class CapacityComparison {
public:
    // The lesson's config; its hidden layers are replaced by one layer of 3, 6 and 20 units.
    explicit CapacityComparison(const LabConfig& lesson);

    // n more updates for each run (a diverged run stays where it stopped; the others go on).
    void train_steps(int n);
    void reset();  // every run back to its first weights

    static constexpr size_t size() { return kCapacityUnits.size(); }
    const Session& run(size_t k) const { return runs_[k]; }
    int hidden_units(size_t k) const { return kCapacityUnits[k]; }
    long long steps() const { return runs_[0].steps(); }
    // Same for all runs by construction: the config it was made from.
    const LabConfig& config() const { return runs_[0].config(); }
    // Each run's output a⁽ᴸ⁾ (its first unit) over res × res points of the plane `extent` (heatmap.h's layout) and
    // its losses, recomputed only for the runs that trained since the last call (or for a new extent or resolution).
    void refresh(const PlaneExtent& extent, int res);
    const std::vector<double>& boundary(size_t k) const { return pictures_[k].values; }
    int boundary_resolution() const { return pictures_[0].res; }
    // As of the last refresh(): J on the training and test sets, accuracies, epoch.
    const EpochRecord& record(size_t k) const { return pictures_[k].record; }
    // "3 hidden units · J = 0.41 · epoch 120" (as of the last refresh())
    std::string caption(size_t k) const;

private:
    struct Picture {
        long long steps = -1;
        PlaneExtent extent;
        int res = 0;
        std::vector<double> values;
        EpochRecord record;
    };
    std::vector<Session> runs_;
    std::array<Picture, kCapacityUnits.size()> pictures_;
};

}  // namespace lab
