// Lesson 6's three runs (lab/teach/capacity.h) as the App keeps them: built from the lab's config when their tab
// first comes to the front (and again when the config changes: another lesson, data set or setting), trained only
// while the lab plays and their tab is in front, so that a hidden tab costs no frame and no CPU.
#pragma once
#include <memory>
#include <string>

#include "lab/io/json.h"
#include "lab/teach/capacity.h"
#include "ui/capacity_panel.h"

namespace app {

class CapacityHost {
public:
    // Each frame the tab is in front (`shown`): brought up to `config` and, while `playing`, `steps` updates on.
    void update(const lab::LabConfig& config, bool shown, bool playing, int steps);
    ui::CapacityPanelView panel_view(bool playing) const { return {runs_.get(), extent_, playing}; }
    void reset() {
        if (runs_) runs_->reset();
    }
    // {"built", "steps", "runs": [{"hidden", "train_loss", "epoch"}, …]} for bplab.state().view.capacity
    void write_state(lab::JsonWriter& out) const;

private:
    std::unique_ptr<lab::CapacityComparison> runs_;
    std::string made_from_;  // the config the runs were built from (its JSON, hidden layers left out)
    lab::PlaneExtent extent_;
};

}  // namespace app
