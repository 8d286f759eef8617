#include "app/surface_host.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace app {
namespace {

// CPU sampling per frame: the map refines while the page keeps its frame rate (sampling asks for frames only
// while cells are left: busy()). 8 ms of a 60 Hz frame; where frames are slower anyway (a software GL, a loaded
// machine) up to 40 % of the last frame's time, at most 20 ms, so the map still completes in seconds.
constexpr double kCpuBudgetSeconds = 0.008, kCpuBudgetShare = 0.4, kCpuBudgetMaxSeconds = 0.020;
constexpr double kAnimationStepsPerSecond = 10.0;

double seconds_now() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// Which data a plane was made for: FNV-1a over every x and y, a whole double (its 64 bits) per step — read every
// frame, and the digits set is 750 KB (a new noise level or seed changes it even when the name and count stay).
uint64_t data_key(const core::Dataset& data) {
    uint64_t hash = 1469598103934665603ull;
    for (const std::vector<double>* values : {&data.x, &data.y})
        for (double value : *values) {
            uint64_t bits;
            std::memcpy(&bits, &value, sizeof bits);
            hash = (hash ^ bits) * 1099511628211ull;
        }
    return hash;
}

}  // namespace

bool SurfaceHost::init(const lab::Session& session, float pixel_ratio, std::string& error) {
    pixel_ratio_ = pixel_ratio;
    if (!renderer_.init(error)) return false;
    gpu_.init();
    info_.open = false;  // until its tab is selected
    info_.notice = gpu_.notice();
    restart(session);
    last_time_ = seconds_now();
    return true;
}

bool SurfaceHost::restore_gl(std::string& error) {
    if (!renderer_.restore(error)) return false;
    gpu_.restore();
    gpu_failed_ = false;  // a failure while the context was gone says nothing about the new one
    info_.notice = gpu_.notice();
    recompute_ = true;
    refreshed_at_steps_ = -1;
    return true;
}

void SurfaceHost::restart(const lab::Session& session) {
    const uint64_t key = data_key(session.train_set());
    if (lab_.follows() && key == data_key_ && lab_.restart_run(session.network(), session.trainer().config.optimizer))
        return;  // the same surface: only the run starts again (no grid to sample anew)
    data_key_ = key;
    // The exact problems do not depend on the session, unless the surface follows its network (its data, its run).
    if (lab_.exact() && lab_.grid().resolution > 0 && !lab_.settings().live) return;
    lab::SurfaceSettings settings = lab_.settings();
    if (!lab_.configure(settings, session.network(), session.train_set(), session.trainer().config)) {
        settings.mode = lab::SurfaceMode::RandomDirections;  // the picked weights do not exist in the new network
        lab_.configure(settings, session.network(), session.train_set(), session.trainer().config);
    }
    refreshed_at_steps_ = -1;
}

bool SurfaceHost::gpu_usable(const lab::Session& session) {
    std::string why;
    if (!gpu_.available() || gpu_failed_ || force_cpu_) return false;
    if (!render::LossGridGpu::can_evaluate(lab_.exact() ? lab_.centre() : session.network(), lab_.data(), why)) {
        info_.notice = why + ": sampled on the CPU";
        return false;
    }
    return true;
}

bool SurfaceHost::refresh_gpu(const lab::Session& session) {
    if (!lab_.recentre(session.network())) return false;
    std::vector<float> values;
    std::string error;
    const lab::SurfaceGrid& grid = lab_.grid();
    if (!gpu_.evaluate(lab_.centre(), lab_.d1(), lab_.d2(), grid.span, grid.resolution, lab_.data(), lab_.config(),
                       values, error)) {
        info_.notice = "GPU evaluation failed (" + error + "): sampled on the CPU";
        std::fprintf(stderr, "backprop_lab: %s\n", info_.notice.c_str());
        return false;
    }
    lab_.set_values(values);
    refreshed_at_steps_ = session.steps();
    return true;
}

void SurfaceHost::count_refresh(double now) {
    ++rate_count_;
    if (now - rate_window_start_ >= 1.0) {
        info_.refreshes_per_second = rate_count_ / (now - rate_window_start_);
        rate_window_start_ = now;
        rate_count_ = 0;
    }
}

void SurfaceHost::update(const lab::Session& session) {
    const double now = seconds_now();
    const double dt = std::min(0.25, now - last_time_);
    last_time_ = now;
    // Lesson 13's followed run keeps its path whether or not the tab is shown: one comparison of step counts.
    record_run(session);
    if (!info_.open) return;
    if (!lab_.exact() && (lab_.centre().sizes != session.network().sizes || data_key(session.train_set()) != data_key_)) {
        restart(session);  // another lesson or data set: a new plane around the new network
    }
    if (now - rate_window_start_ >= 2.0) {  // nothing refreshed for a while: the rate is falling
        info_.refreshes_per_second = rate_count_ / (now - rate_window_start_);
        rate_window_start_ = now;
        rate_count_ = 0;
    }

    if (lab_.exact()) {
        // the exact surface does not change: one evaluation, on the GPU when there is one
        info_.evaluator = gpu_usable(session) ? "gpu" : "cpu";
        if (info_.evaluator == "gpu" && !lab_.grid_complete() && !refresh_gpu(session)) gpu_failed_ = true;
        if (reduced_motion_) {
            lab_.animate(lab_.total_steps());  // the whole path at once
        } else if (state_.animate) {
            animation_clock_ += dt * kAnimationStepsPerSecond;
            const int steps = static_cast<int>(animation_clock_);
            animation_clock_ -= steps;
            lab_.animate(steps);
        }
    } else {
        lab_.record(session.network(), session.steps());
        const bool moved = session.steps() != refreshed_at_steps_;
        if (gpu_usable(session)) {
            info_.evaluator = "gpu";
            if (recompute_ || !lab_.grid_complete() || (state_.follow_training && moved)) {
                if (refresh_gpu(session)) count_refresh(now);
                else gpu_failed_ = true;  // reported in info_.notice; the next frames sample on the CPU
            }
            recompute_ = false;
            return;
        }
        info_.evaluator = "cpu";
        // A complete grid starts again around the moved Θ; the old picture shows until the new one covers it.
        if (recompute_ || (state_.follow_training && lab_.grid_complete() && moved)) {
            lab_.recentre(session.network());
            refreshed_at_steps_ = session.steps();
        }
        recompute_ = false;
    }
    const double start = seconds_now();
    const double budget = std::clamp(kCpuBudgetShare * dt, kCpuBudgetSeconds, kCpuBudgetMaxSeconds);
    const bool sampling = !lab_.grid_complete();
    while (!lab_.grid_complete() && seconds_now() - start < budget) lab_.advance_cpu(4);
    if (sampling && lab_.grid_complete() && !lab_.exact()) count_refresh(now);  // a grid finished in this frame
}

ui::SurfacePanelView SurfaceHost::panel_view(const core::Network& live) const {
    return {lab_, live, state_, renderer_.texture(), info_};
}

void SurfaceHost::panel_drawn(const ui::SurfacePanelActions& actions) {
    image_size_ = actions.image_size;
    info_.picture_left = actions.image_x, info_.picture_top = actions.image_y, info_.picture_size = actions.image_size;
    picture_hovered_ = actions.picture_hovered;
}

void SurfaceHost::render() {
    if (!info_.open || image_size_ <= 0.0f) return;
    const int pixels = static_cast<int>(std::lround(image_size_ * pixel_ratio_));
    renderer_.set_grid(lab_.grid(), lab_.scale());
    if (state_.three_d) {
        renderer_.draw_mesh(pixels, pixels, state_.camera.view_projection(1.0f));
    } else {
        renderer_.draw_map(pixels, pixels);
    }
    info_.three_d = state_.three_d;
}

void SurfaceHost::apply(const ui::SurfacePanelActions& actions, const lab::Session& session) {
    if (!info_.open) return;
    state_ = actions.state;
    info_.three_d = state_.three_d;
    if (actions.apply_settings) {
        lab_.configure(actions.settings, session.network(), session.train_set(), session.trainer().config);
        refreshed_at_steps_ = -1;
    }
    if (actions.recompute) recompute_ = true;
    if (actions.set_start) lab_.set_start(actions.w0, actions.b0);
    if (actions.replay) lab_.replay();
}

bool SurfaceHost::set_view(const std::string& words, const lab::Session& session, std::string& error) {
    lab::SurfaceView view;
    view.settings = lab_.settings();
    view.three_d = state_.three_d;
    view.camera = state_.camera.pose();
    view.force_cpu = force_cpu_;
    if (!lab::parse_surface_view(words, view, error)) return false;
    lab::SurfaceSettings& s = view.settings;
    if (view.alpha_preset) s.alpha = 0.0;  // a preset depends on the problem, which exists only once configured
    if (!lab_.configure(s, session.network(), session.train_set(), session.trainer().config)) {
        error = "surface view: " + lab_.error();
        return false;
    }
    if (view.alpha_preset) {
        s.alpha = lab::preset_alpha(lab_.problem(), *view.alpha_preset);
        lab_.configure(s, session.network(), session.train_set(), session.trainer().config);
    }
    state_.three_d = view.three_d;
    state_.camera.set_pose(view.camera);
    force_cpu_ = view.force_cpu;
    set_open(view.open);
    info_.three_d = view.three_d;
    refreshed_at_steps_ = -1;
    return true;
}

lab::SurfaceView SurfaceHost::view() const {
    lab::SurfaceView view;
    view.settings = lab_.settings();
    view.camera = state_.camera.pose();
    view.open = info_.open;
    view.three_d = state_.three_d;
    view.force_cpu = force_cpu_;
    return view;
}

bool SurfaceHost::pick_weight(int layer, int row, int col, int axis, const lab::Session& session,
                              std::string& error) {
    if (!lab_.pick_weight({layer, row, col}, axis, session.network(), session.train_set(), session.trainer().config)) {
        error = lab_.error();
        return false;
    }
    set_open(true);
    refreshed_at_steps_ = -1;
    return true;
}

void SurfaceHost::pinch(float distance_change) {
    if (picture_hovered_ && state_.three_d) state_.camera.zoom(std::exp(-3.0f * distance_change));
}

}  // namespace app
