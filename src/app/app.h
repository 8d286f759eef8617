// The App owns everything one running lab needs: the stepper (training session + step trace + timeline), the
// renderers and the panels' state. The platform (main_native.cpp / main_web.cpp) calls frame() once per displayed
// frame; frame() advances (trains for this frame's budget, or moves the cursor when playing the events), then draws
// every panel in its place (app/layout.h) and applies what the panels asked for.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <SDL.h>

#include "app/layout.h"
#include "app/surface_host.h"
#include "core/network.h"
#include "lab/lessons.h"
#include "lab/stepper.h"
#include "render/boundary_renderer.h"
#include "render/plot_area.h"
#include "render/points_renderer.h"
#include "ui/controls_panel.h"
#include "ui/data_panel.h"
#include "ui/node_spot.h"
#include "ui/step_bar.h"

namespace app {

class App {
public:
    App(SDL_Window* window, const lab::Lesson& lesson);

    // Creates the GL resources; call once with the context current. On failure `error` says why.
    bool init(std::string& error);

    // One frame: events, training or stepping, drawing (the caller swaps buffers). False when the user quits.
    bool frame();

    // The frame just drawn, read back before the swap: RGBA rows, top row first.
    std::vector<uint8_t> read_pixels(int& width, int& height) const;

    // Read-only views for the JS API.
    const lab::Stepper& stepper() const { return stepper_; }
    const lab::Session& session() const { return stepper_.session(); }
    bool playing() const { return playing_; }
    long long timeline_last() const { return timeline_last_; }  // the newest step reached (the timeline's end)
    SurfaceHost& surface() { return surface_; }
    // lab::state_json (lesson, cursor, event, losses, weights, the stepped example) plus "view": where things are
    // on screen (plot, nodes) and the play settings.
    std::string state_json() const;

    // What a panel, a key or the JS API asked for, applied between frames.
    void apply(const ui::StepActions& actions);
    // After a divergence: the weights from before the step that diverged (playing stays off).
    void restore_last_finite();

private:
    bool handle_events();
    void handle_key(const SDL_KeyboardEvent& key);
    void advance();  // this frame's training or stepping when playing
    void step(ui::StepKind kind);
    void go_to_step(long long target);
    void reset();
    void apply_controls(const ui::ControlsActions& controls);  // new settings from the controls panel
    void draw_panels(ui::StepActions& actions, ui::SurfacePanelActions& surface);
    void draw_boundary();
    void set_plot(const ui::DataPlot& plot);

    SDL_Window* window_;  // not owned
    const lab::Lesson* lesson_;
    lab::Stepper stepper_;
    render::BoundaryRenderer boundary_;
    render::PointsRenderer points_;
    SurfaceHost surface_;  // the loss-surface tab: lab model, GPU evaluator, renderer

    bool playing_ = false;
    ui::PlayMode mode_ = ui::PlayMode::Train;
    int steps_per_frame_ = 5;
    float events_per_second_ = 4.0f;
    double event_clock_ = 0;          // Step mode: events owed, fractional
    long long timeline_last_ = 0;     // the newest step reached since the last reset (the timeline's right end)
    bool show_help_ = false;
    float font_ratio_ = 1.0f;         // the pixel ratio the font atlas was built for
    ui::ControlsActions controls_;     // what the controls panel asked for this frame

    // this frame
    Layout layout_;
    core::Network shown_;              // Θ as of the cursor, what every view draws
    std::vector<ui::NodeSpot> nodes_;  // where the network view put its nodes
    ui::DataPlot plot_screen_;         // the boundary square in ImGui's logical pixels
    ui::StepActions step_bar_;         // the step bar's last answer (where its timeline is, for the JS API)
    render::PlotArea plot_;            // the same in framebuffer pixels, and the input plane it shows
};

}  // namespace app
