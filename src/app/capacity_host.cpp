#include "app/capacity_host.h"

#include "lab/io/config_io.h"

namespace app {
namespace {

constexpr int kBoundaryResolution = 40;  // cells per side: 1,600 forward passes per run after each update

std::string key_of(const lab::LabConfig& config) {
    lab::LabConfig without_hidden = config;
    without_hidden.hidden.clear();
    return lab::config_to_json(without_hidden);
}

}  // namespace

void CapacityHost::update(const lab::LabConfig& config, bool shown, bool playing, int steps) {
    if (!shown) return;
    const std::string key = key_of(config);
    if (!runs_ || key != made_from_) {
        runs_ = std::make_unique<lab::CapacityComparison>(config);
        made_from_ = key;
        extent_ = lab::plane_extent(runs_->run(0).train_set());
    }
    if (playing && steps > 0) runs_->train_steps(steps);
    runs_->refresh(extent_, kBoundaryResolution);
}

void CapacityHost::write_state(lab::JsonWriter& out) const {
    out.begin_object();
    out.key("built").value(runs_ != nullptr);
    out.key("steps").value(runs_ ? runs_->steps() : 0LL);
    out.key("runs").begin_array();
    if (runs_)
        for (size_t k = 0; k < runs_->size(); ++k) {
            const lab::EpochRecord& now = runs_->record(k);  // as the captions show it
            out.begin_object();
            out.key("hidden").value(runs_->hidden_units(k));
            out.key("train_loss").value(now.train_loss);
            out.key("epoch").value(now.epoch);
            out.key("train_points").value(runs_->run(k).train_set().count());
            out.end_object();
        }
    out.end_array();
    out.end_object();
}

}  // namespace app
