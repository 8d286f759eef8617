// The App owns everything one running lab needs: the training session, the renderers and the panel state.
// The platform (main_native.cpp / main_web.cpp) calls frame() once per displayed frame; frame() trains for
// this frame's budget, then draws.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <SDL.h>

#include "lab/config.h"
#include "lab/session.h"
#include "render/boundary_renderer.h"
#include "render/plot_area.h"
#include "render/points_renderer.h"
#include "ui/training_panel.h"

namespace app {

class App {
public:
    App(SDL_Window* window, const lab::LabConfig& config);

    // Creates the GL resources; call once with the context current. On failure `error` says why.
    bool init(std::string& error);

    // One frame: events, training, drawing (the caller swaps buffers). Returns false when the user quits.
    bool frame();

    // The frame just drawn, read back before the swap: RGBA rows, top row first.
    std::vector<uint8_t> read_pixels(int& width, int& height) const;

    // Read-only views for the JS API.
    const lab::Session& session() const { return session_; }
    bool paused() const { return paused_; }
    std::string state_json() const;

    // What a panel (or the JS API) asked for, applied between frames.
    void apply(const ui::TrainingActions& actions);
    // After a divergence: the weights from before the step that diverged (training stays paused).
    void restore_last_finite();

private:
    bool handle_events();
    void layout();
    void draw_plot_frame() const;

    SDL_Window* window_;  // not owned
    lab::Session session_;
    render::BoundaryRenderer boundary_;
    render::PointsRenderer points_;

    bool paused_ = false;
    int steps_per_frame_ = 5;

    // layout of the current frame, in logical pixels (ImGui's units) and framebuffer pixels
    float panel_x_ = 0, panel_y_ = 0, panel_width_ = 0, panel_height_ = 0;
    float plot_left_ = 0, plot_top_ = 0, plot_size_ = 0;
    render::PlotArea plot_;
};

}  // namespace app
