// The App owns everything one running lab needs: the stepper (training session + step trace + timeline), the
// renderers and the panels' state. The platform (main_native.cpp / main_web.cpp) calls frame() once per displayed
// frame; frame() advances (trains for this frame's budget, or moves the cursor when playing the events), then draws
// every panel in its place (app/layout.h) and applies what the panels asked for.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <SDL.h>

#include "app/frame_timer.h"
#include "app/layout.h"
#include "app/surface_host.h"
#include "core/network.h"
#include "lab/lessons/graph_lesson.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/live_losses.h"
#include "lab/teach/stepper.h"
#include "render/boundary_renderer.h"
#include "render/plot_area.h"
#include "render/points_renderer.h"
#include "ui/controls_panel.h"
#include "ui/data_panel.h"
#include "ui/gradcheck_panel.h"
#include "ui/lecture_bar.h"
#include "ui/digits_panel.h"
#include "ui/export_panel.h"
#include "ui/graph_panel.h"
#include "ui/network_view.h"
#include "ui/node_spot.h"
#include "ui/step_bar.h"
#include "ui/theme.h"

namespace app {

// The tabs of the network area. The step keys step the computational graph while its tab is in front.
enum class NetworkTab { Network, Graph, Digits, Surface };
// "network", "graph", "digits" (the JS API's names); false for anything else.
bool parse_network_tab(const std::string& name, NetworkTab& out);

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
    const FrameTimer& frame_timer() const { return frame_timer_; }
    std::string state_json() const;

    // What a panel, a key or the JS API asked for, applied between frames.
    void apply(const ui::StepActions& actions);
    // After a divergence: the weights from before the step that diverged (playing stays off).
    void restore_last_finite();

    // Lessons and links (app_lecture.cpp). open_lesson: the lesson's data, network, settings and panels, paused.
    void open_lesson(const lab::Lesson& lesson);
    // Opens a link's state (a URL hash, with or without '#'; --state natively): lesson, settings, weights, steps,
    // cursor, hidden panels, projector and theme. Returns the notices for what could not apply; the notice bar
    // shows them too.
    std::vector<std::string> open_link(const std::string& hash);
    std::string link() const;  // the state as a link's hash, without '#'
    const std::vector<std::string>& notices() const { return notices_; }
    int lesson_number() const { return lesson_ ? lesson_->number : 0; }
    // Projector mode: text (and spacing, lines) `scale` times larger, crisp (the atlas is rebuilt); light theme.
    void set_projector(bool on, float scale = 0.0f);
    void set_light_theme(bool light);
    void copy_link();  // link() to the address bar and the clipboard (platform.h's share_link)
    // Θ⁽ˡ⁺¹⁾ᵢⱼ := value with code indices (network.h), through the stepper's checks; false if refused.
    bool edit_weight(int layer, int row, int col, double value);
    // The computational-graph lesson: new texts (false, with the error in the graph's state, if they do not parse;
    // the previous graph stays), a step (+1 forward, −1 back), and bringing a tab to the front.
    bool set_graph(const std::string& expression, const std::string& variables);
    void step_graph(int direction);
    const lab::GraphLesson& graph() const { return graph_; }
    void open_tab(NetworkTab tab) { select_tab_ = tab; has_select_tab_ = true; }
    NetworkTab network_tab() const { return network_tab_; }
    ui::DigitsPanel& digits_panel() { return digits_panel_; }

    // Export and import (app_files.cpp). export_state is lab::state_json: what import_state reads back.
    std::string export_state() const;
    std::string export_trace_csv() const;
    // The config, then the weights; returns the problems, by name. On any problem nothing changes.
    std::vector<std::string> import_state(const std::string& text);
    bool import_state_file(const std::string& path);  // problems go to the export panel's message line
    const std::string& files_message() const { return files_message_; }
    void request_png() { png_requested_ = true; }  // saved when the next frame has been drawn

    // The browser took the WebGL context away (webglcontextlost): until it is back, frames go on training and
    // handling input but draw nothing. When it is back (webglcontextrestored), every GL object is rebuilt — ImGui's
    // GL3 backend (shaders, buffers, font atlas) and each renderer — and drawing resumes; the lab state was never
    // touched. Every new GL owner of the App must be rebuilt in gl_context_restored(). app_gl_context.cpp.
    void gl_context_lost();
    bool gl_context_restored(std::string& error);
    bool gl_context_is_lost() const { return gl_lost_; }

private:
    bool handle_events();
    void handle_keys();  // after ImGui::NewFrame: the step, lesson and display keys (app_keys.h)
    void advance();  // this frame's training or stepping when playing
    void step(ui::StepKind kind);
    void go_to_step(long long target);
    void reset();
    void apply_controls(const ui::ControlsActions& controls);  // new settings from the controls panel
    void draw_panels(ui::StepActions& actions, ui::SurfacePanelActions& surface,
                     ui::NetworkViewActions& network_actions);
    // true when the loss surface is in front
    bool draw_network_tabs(ui::SurfacePanelActions& surface, ui::NetworkViewActions& network_actions);
    void apply_files(const ui::ExportActions& actions);
    void save_png_if_requested();
    std::vector<std::string> try_import(const std::string& text);
    void start_lesson_views();  // the graph lesson's example from the start; the digits lesson starts training
    void open_lesson_surface();  // the lesson's loss-surface view (Lesson::surface_view); its tab if the lesson has it
    void draw_boundary();
    void set_plot(const ui::DataPlot& plot);
    void apply(const ui::LectureActions& actions);
    void apply(const ui::NetworkViewActions& actions);  // a typed weight, a loss-surface axis
    void session_replaced();  // after a new session: points, plane, timeline
    bool lecture_key();  // lesson keys, projector, theme, link; true if one was pressed this frame
    void update_theme();
    void touch_scroll(const SDL_TouchFingerEvent& finger);  // rebuilds fonts and style when the pixel ratio, projector scale or theme changed
    int panel_tab_flags(const char* panel_id) const;  // ImGuiTabItemFlags_SetSelected while a lesson selects it

    SDL_Window* window_;  // not owned
    const lab::Lesson* lesson_;
    lab::Stepper stepper_;
    lab::LiveLosses live_losses_;  // the loss panel's table: the network as the pictures show it
    render::BoundaryRenderer boundary_;
    render::PointsRenderer points_;
    SurfaceHost surface_;  // the loss-surface tab: lab model, GPU evaluator, renderer

    FrameTimer frame_timer_;
    bool gl_lost_ = false;  // between webglcontextlost and webglcontextrestored
    bool playing_ = false;
    ui::PlayMode mode_ = ui::PlayMode::Train;
    int steps_per_frame_ = 5;
    float events_per_second_ = 4.0f;
    double event_clock_ = 0;          // Step mode: events owed, fractional
    long long timeline_last_ = 0;     // the newest step reached since the last reset (the timeline's right end)
    bool show_help_ = false;
    float font_ratio_ = 1.0f;         // the pixel ratio the font atlas was built for

    // the lecture's display (app_lecture.cpp)
    std::vector<std::string> hidden_panels_;  // a link's hide= list (layout.h's ids)
    bool projector_ = false;
    float projector_scale_ = 1.5f;
    bool light_ = false;
    ui::Theme built_theme_;                   // what the fonts and style were last built for
    std::vector<std::string> notices_;        // what the last link could not apply (the notice bar)
    std::string link_message_;                // after Copy link
    std::vector<std::string> select_tabs_;    // panels a just-opened lesson selects, for one frame
    int typed_digit_ = -1;                    // the first digit of a two-digit lesson number
    Uint32 typed_at_ = 0;                     // when it was typed (SDL ticks)
    Uint32 key_down_at_ = 0;                  // the newest key press's time (SDL ticks), however slow the frame
    ui::LectureActions lecture_actions_;      // what the lecture bar asked for this frame
    float controls_scroll_ = 0;               // how far the controls place is scrolled (touch tests)
    ui::ControlsActions controls_;     // what the controls panel asked for this frame
    lab::GraphLesson graph_;
    ui::GraphPanel graph_panel_;
    ui::DigitsPanel digits_panel_;
    NetworkTab network_tab_ = NetworkTab::Network;  // the tab in front (as of the last frame)
    NetworkTab select_tab_ = NetworkTab::Network;   // a tab to bring to the front in the next frame
    bool has_select_tab_ = false;
    ui::ExportActions files_;          // what the export panel asked for this frame
    bool png_requested_ = false;       // save the next drawn frame as a PNG
    std::string files_message_;        // the last export's or import's result

    // panels' own state (netview: the network view, the gradient check)
    ui::NetworkViewState network_view_;
    ui::GradCheckState gradcheck_;

    // this frame
    Layout layout_;
    core::Network shown_;              // Θ as of the cursor, what every view draws
    std::vector<ui::NodeSpot> nodes_;  // where the network view put its nodes
    ui::DataPlot plot_screen_;         // the boundary square in ImGui's logical pixels
    ui::StepActions step_bar_;         // the step bar's last answer (where its timeline is, for the JS API)
    render::PlotArea plot_;            // the same in framebuffer pixels, and the input plane it shows
};

}  // namespace app
