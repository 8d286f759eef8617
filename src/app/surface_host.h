// Everything the loss-surface panel needs, owned in one place so the App only calls it: the lab model (grid, paths,
// experiments), the GPU evaluator with the CPU sampler as fallback, the renderer and the panel's view state.
//
// Per frame: update() (record the live Θ, refresh the grid: on the GPU every frame while training moves Θ, or a
// CPU budget of a few milliseconds), then the panel draws panel_view() (app/panels.cpp) and panel_drawn() learns
// where the picture went, then render() before ImGui draws (the picture the panel showed), then apply() with the
// panel's actions.
#pragma once
#include <cstdint>
#include <string>

#include "lab/io/json.h"
#include "lab/teach/session.h"
#include "lab/surface/surface_lab.h"
#include "lab/surface/surface_state.h"
#include "lab/surface/surface_view.h"
#include "render/loss_grid_gpu.h"
#include "render/surface_renderer.h"
#include "ui/surface_panel.h"

namespace app {

class SurfaceHost {
public:
    bool init(const lab::Session& session, float pixel_ratio, std::string& error);
    void update(const lab::Session& session);
    // While the surface follows the network (lesson 13): its (w, b) after an update, so the path has every step.
    void record_run(const lab::Session& session) {
        if (lab_.follows()) lab_.record(session.network(), session.steps(), session.trainer().config.optimizer);
    }
    ui::SurfacePanelView panel_view(const core::Network& live) const;
    void panel_drawn(const ui::SurfacePanelActions& actions);
    void render();
    void apply(const ui::SurfacePanelActions& actions, const lab::Session& session);
    // A weight picked in the network view (ui::PickSurfaceWeight: 0-based layer, row, col; axis 0, 1 or −1 for the
    // next one): the surface switches to picked weights and its tab opens. False with `error` for a weight the
    // network does not have.
    bool pick_weight(int layer, int row, int col, int axis, const lab::Session& session, std::string& error);
    // A pinch on a touch screen (SDL's multigesture): zooms the 3-D view when the picture is under the fingers.
    void pinch(float distance_change);
    // The session was replaced or reset: start the path again on the new network.
    void restart(const lab::Session& session);
    // After a lost GL context came back: new GL objects for the renderer and the GPU evaluator; the grid is
    // evaluated again.
    bool restore_gl(std::string& error);

    // A view by words (lab/surface/surface_view.h), for the command line, the JS API, the lessons and tests.
    // False (and nothing changes) on a word it does not know; `error` names it.
    bool set_view(const std::string& words, const lab::Session& session, std::string& error);
    lab::SurfaceView view() const;  // what set_view would be given to show this again (lab::surface_view_words)
    // Whether the panel is on screen (its tab in front) or was just opened by a view or a picked weight; bringing
    // its tab to the front is the App's (App::open_tab).
    void set_open(bool open) { info_.open = open; }
    bool open() const { return info_.open; }
    // The system asks for reduced motion (prefers-reduced-motion): exact-mode paths appear whole, never revealed
    // step by step.
    void set_reduced_motion(bool on) { reduced_motion_ = on; }
    // The next frames have work while the panel is open: a grid still being sampled, or exact-mode paths still
    // being revealed (render on demand, app/frame_demand.h).
    bool busy() const {
        return info_.open && (recompute_ || !lab_.grid_complete() ||
                              (lab_.exact() && state_.animate && lab_.shown_steps() < lab_.total_steps()));
    }
    void write_state(lab::JsonWriter& out) const { lab::write_surface_state(lab_, info_, out); }
    const lab::SurfaceLab& lab() const { return lab_; }

private:
    bool gpu_usable(const lab::Session& session);
    bool refresh_gpu(const lab::Session& session);
    void count_refresh(double now_seconds);

    lab::SurfaceLab lab_;
    render::LossGridGpu gpu_;
    render::SurfaceRenderer renderer_;
    ui::SurfacePanelState state_;
    lab::SurfaceViewInfo info_;
    float pixel_ratio_ = 1.0f;
    float image_size_ = 0.0f;
    bool picture_hovered_ = false;
    bool recompute_ = false;
    bool gpu_failed_ = false;
    bool reduced_motion_ = false;
    bool force_cpu_ = false;  // "cpu" in set_view: sample on the CPU even where the GPU could
    uint64_t data_key_ = 0;  // which data the plane was made for (a hash): other data means restart()
    long long refreshed_at_steps_ = -1;
    double animation_clock_ = 0.0;
    double last_time_ = 0.0;
    // refreshes per second over a sliding second
    double rate_window_start_ = 0.0;
    int rate_count_ = 0;
};

}  // namespace app
