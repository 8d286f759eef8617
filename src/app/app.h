// The App owns everything one running lab needs: the stepper (training session + step trace + timeline), the
// panels (app/panels.h), the renderers, the lecture's display (app/lecture.h) and the frame loop. The platform
// (main_native.cpp / main_web.cpp) calls frame() once per displayed frame; frame() advances (trains for this
// frame's budget, or moves the cursor when playing the events), draws the panels and applies what they asked for.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SDL.h>

#include "app/autosave.h"
#include "app/capacity_host.h"
#include "app/frame_demand.h"
#include "app/frame_timer.h"
#include "app/layout.h"
#include "app/lecture.h"
#include "app/panel_table.h"
#include "app/panels.h"
#include "app/surface_host.h"
#include "core/network.h"
#include "lab/io/json.h"
#include "lab/io/state_json.h"
#include "lab/lessons/graph_lesson.h"
#include "lab/lessons/lesson_state.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/gradcheck_run.h"
#include "lab/teach/live_losses.h"
#include "lab/teach/prediction.h"
#include "lab/teach/stepper.h"
#include "lab/teach/unit_health.h"
#include "render/boundary_renderer.h"
#include "render/plot_area.h"
#include "render/points_renderer.h"
#include "ui/csv_dialog.h"
#include "ui/restore_prompt.h"
#include "ui/theme.h"

namespace app {

// Training updates per frame while playing: a lesson's start, and the digits lesson's (64-16-10 on 1,257 digits).
constexpr int kStepsPerFrame = 5;
constexpr int kDigitsStepsPerFrame = 25;

bool is_data_file(const std::string& path);  // .csv (or .txt, .tsv): a drop goes to load_csv_file (app_data.cpp)

class App {
public:
    App(SDL_Window* window, const lab::Lesson& lesson);

    // Creates the GL resources; call once with the context current. On failure `error` says why.
    bool init(std::string& error);

    // One frame: events, training or stepping, drawing (the caller swaps buffers). False when the user quits.
    bool frame();

    // Render on demand (app_idle.cpp): whether the next frame must be drawn (input waiting, playing, a replay, an
    // animation, a resize, an export, or the settling after input); request_frames: the JS API changed something.
    bool wants_frame();
    void request_frames();
    bool quiet_until_input() const;  // when wants_frame() says no: nothing falls due later without input

    // The frame just drawn, read back before the swap: RGBA rows, top row first.
    std::vector<uint8_t> read_pixels(int& width, int& height) const;

    // Read-only views for the JS API.
    const lab::Stepper& stepper() const { return stepper_; }
    const lab::Session& session() const { return stepper_.session(); }
    bool playing() const { return playing_; }
    long long timeline_last() const { return timeline_last_; }  // the newest step reached (the timeline's end)
    SurfaceHost& surface() { return surface_; }
    const FrameTimer& frame_timer() const { return frame_timer_; }
    // lab::state_json (lesson, cursor, event, losses, weights, the stepped example) plus "view": where things are
    // on screen (plot, nodes) and the play settings.
    std::string state_json() const;

    // What a panel, a key or the JS API asked for, applied between frames.
    void apply(const ui::StepActions& actions);
    // After a divergence: the weights from before the step that diverged (playing stays off).
    void restore_last_finite();

    // Lessons and links (app_lecture.cpp). open_lesson: the lesson's data, network, settings and panels, paused.
    void open_lesson(const lab::Lesson& lesson);
    // Opens a link's state (a URL hash, with or without '#'; --state natively): lesson, settings, weights, steps,
    // cursor, hidden panels, presentation mode and theme. Returns the notices for what could not apply; the notice bar
    // shows them too.
    // A link opens as a whole or not at all (lab/io/url_state.h): when nothing in it applies, nothing changes and
    // the first notice says "Link not opened: …"; "" or "&&&" does nothing. Its training replays for up to 0.5 s
    // here; a longer replay goes on over the frames (30 ms of each) with a progress bar and Cancel, and its last
    // notices join notices() when it is done. While it runs, everything that changes the training state — a step,
    // play, reset, a setting, a typed weight, a lesson, an import, another link — stops it first (Cancel's
    // notice: kept what was trained); reading the state, the display and the graph tab leave it running.
    std::vector<std::string> open_link(const std::string& hash);
    // The page refuses a hash longer than core::kMaxLinkLength before it reaches us: this says so, nothing changes.
    std::vector<std::string> refuse_long_link(double length);
    const lab::LinkReplay* replay() const { return replay_ ? &*replay_ : nullptr; }  // null when none runs
    bool cancel_replay();  // Cancel (the bar's button, Escape, bplab.cancelReplay()); false when none ran
    void finish_replay();  // the rest of the replay now (the native app's --steps and --events wait for it)
    std::string link() const;  // the state as a link's hash, without '#'
    const std::vector<std::string>& notices() const { return lecture_.notices; }
    int lesson_number() const { return lesson_ ? lesson_->number : 0; }
    // One setting by its config-field key (lab/io/config_fields.h) and a JSON value, applied as the controls panel
    // applies it (a11y_view.cpp): "" when it applied, else why not (nothing changed).
    std::string set_config_field(const std::string& key, const std::string& json_value);
    // Presentation mode (lecture.h): the content's text `zoom` times the chrome's, crisp (the atlas is rebuilt);
    // the controls and loss places away until C; light theme.
    void set_presentation(bool on, float zoom = 0.0f);
    void set_light_theme(bool light);
    void set_reduced_motion(bool on) { surface_.set_reduced_motion(on); }  // no animation the user did not start
    void set_palette(ui::Palette palette) { lecture_.palette = palette; }  // the class colours and shapes
    void copy_link();  // link() to the address bar and the clipboard (platform.h's share_link)
    // Θ⁽ˡ⁺¹⁾ᵢⱼ := value with code indices (network.h), through the stepper's checks; false if refused.
    bool edit_weight(int layer, int row, int col, double value);
    // The computational-graph lesson: new texts (false, with the error in the graph's state, if they do not parse;
    // the previous graph stays), a step (+1 forward, −1 back), and bringing a tab to the front.
    bool set_graph(const std::string& expression, const std::string& variables);
    void step_graph(int direction);
    const lab::GraphLesson& graph() const { return graph_; }
    // A tab of the network area (PanelInfo::network_tab) to the front in the next frame; false for another panel.
    bool open_tab(PanelId tab);
    // The loss-surface panel by words (lab/surface/surface_view.h); its tab comes to the front when the view opens
    // it. False, with `error` naming the word, if a word is unknown.
    bool set_surface_view(const std::string& words, std::string& error);
    PanelId network_tab() const { return network_tab_; }
    // The finger-size targets as last drawn (app_touch.cpp): the step bar's buttons, a phone's place switcher and
    // the tab bars' tabs, each node's tap area, and the network view's tooltip (pinned or not).
    std::string touch_targets_json() const;
    // The one rule for what steps: the graph while its tab is in front (lesson 15), else the network. Keys, the step
    // bar and bplab.step all go through apply(StepActions), which asks this; the step bar describes what it says.
    bool graph_steps() const { return network_tab_ == PanelId::Graph; }
    ui::DigitsPanelState& digits_pad() { return panels_.digits; }
    // Predict, then reveal (app_predict.cpp, lab/teach/prediction.h): the mode; a prediction as typed ("" when it
    // was taken, else why not, and nothing changed); the value to the room (false: nothing was hidden).
    void set_predict(bool on);
    std::string predict(const std::string& text);
    bool reveal();
    const lab::Prediction& prediction() const { return prediction_; }
    const ui::PredictionPanelState& prediction_panel() const { return panels_.prediction; }  // where its field is

    // Export and import (app_files.cpp). export_state is lab::state_json: what import_state reads back.
    std::string export_state() const;
    lab::Display display() const;  // the tab in front, the surface view, presentation mode (the export's "display")
    std::string export_trace_csv() const;
    // The config, then the weights (shapes checked), the run's counters, optimizer state and cursor; returns the
    // problems, by name ([] when imported). On any problem nothing changes. What was ignored while the rest
    // imported (an unknown config field) is said in files_message().
    std::vector<std::string> import_state(const std::string& text);
    bool import_state_file(const std::string& path);  // problems go to the export panel's message line
    void refuse_import(const std::string& problem);   // a file refused before it was read (the page's picker)
    const std::string& files_message() const { return files_message_; }
    // PNG export (app_png.cpp): the next frame is drawn clean (no hover, no pressed button) and saved at the
    // canvas's device pixels, whole ("" or "lab") or one place alone (a panel's name: network, data, surface,
    // equation, …; a tab comes to the front first). False for a name that is no panel.
    bool request_png(const std::string& place = "");

    // The student's own data (app_data.cpp). load_csv reads a CSV text into the "Your data" window's preview and
    // returns its problems, named by line and column ([]: read); use_csv makes the chosen columns the data set
    // "custom" (its problems, or []). edit_point adds a point of class `label` at (x₁, x₂) or removes the nearest
    // one, on a custom 2-D classification set. Nothing of the lab changes on a problem.
    std::vector<std::string> load_csv(const std::string& text, const std::string& source);
    bool load_csv_file(const std::string& path);
    std::vector<std::string> use_csv(const core::CsvChoice& choice);
    bool edit_point(double x1, double x2, int label, bool remove);
    void open_data_dialog();
    const ui::CsvDialogState& data_dialog() const { return csv_; }

    // Autosave (app_autosave.cpp; the policy in app/autosave.h). start_autosave: once the link, lesson or file given
    // at start is open (after_link: one was), read the saved session and offer it; restore_now restores it without
    // asking (the page's "Reload and restore"). Until then nothing is saved.
    void start_autosave(bool after_link, bool restore_now);
    void save_session_now();  // page hide, quit: writes now if anything changed since the last write
    std::vector<std::string> restore_saved_session();  // the offered session; returns the import's problems
    void dismiss_saved_session();                       // "Start fresh" / "Keep the link"
    void write_autosave_state(lab::JsonWriter& out) const;  // {"on", "offer": null or {summary, …}, "error"}
    bool start_card() const { return start_card_; }  // the first visit's card is up

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
    void sync_prediction();  // the prediction to where the cursor is now (app_predict.cpp)
    bool refused_by_prediction(const ui::StepActions& actions);  // a move on while a value is hidden: refused, said
    core::Network displayed_network() const;  // the stepper's, without an update whose result is hidden
    void apply(const ui::PredictionActions& actions);
    void apply_to_graph(const ui::StepActions& actions);  // apply()'s half for while the graph steps
    void go_to_step(long long target);
    void reset();
    PanelsActions draw_panels();
    void apply(const PanelsActions& actions);  // everything the panels asked for, after the frame was drawn
    void apply_controls(const ui::ControlsActions& controls);  // new settings from the controls panel
    void apply(const ui::GradCheckActions& actions, bool shown);  // shown: its tab is in front
    const lab::HealthComparison* update_health();  // this frame's, while the gradient size tab is (about to be) in front
    void write_lesson_views(lab::JsonWriter& view) const;  // the state JSON's "gradcheck" and "health"
    void apply_to_run(const ui::SurfacePanelActions& surface);  // lesson 13: a preset or start for the network's run
    void update_capacity();  // lesson 6's three runs: built and trained while their tab is in front
    void apply_files(const ui::ExportActions& actions);
    void save_png_if_requested();
    void hide_mouse_for_png();  // before the export's frame: nothing hovered; the pointer comes back after it
    std::vector<std::string> try_import(const std::string& text, std::vector<std::string>& warnings);
    void show_import_refusal(const std::vector<std::string>& problems);
    // An imported "display", checked as a link's tab= and surf= are; what does not apply becomes a warning.
    void apply_display(const lab::Display& display, std::vector<std::string>& warnings);  // the notice bar; [] clears an old one
    // A lesson's own start, the same by every route: its tabs, surface view, graph, play settings; paused.
    void open_lesson_views();
    void open_lesson_surface();  // the lesson's loss-surface view (Lesson::surface_view); its tab if the lesson has it
    void draw_boundary();
    void set_plot(const ui::DataPlot& plot);
    void apply(const ui::LectureActions& actions);
    void apply(const ui::NetworkViewActions& actions);  // a typed weight, a loss-surface axis
    void session_replaced();  // after a new session: points, plane, timeline
    bool lecture_key();  // lesson keys, presentation, theme, link; true if one was pressed this frame
    void run_replay(double seconds);  // the link's replay for at most this long; finishes it when done
    void advance_replay();            // this frame's share of it
    void stop_replay();               // before another change of the training state: stop, keep, say so
    void update_theme();  // rebuilds fonts and style when the pixel ratio, presentation scale or theme changed
    void touch_scroll(const SDL_TouchFingerEvent& finger);
    // Something the autosave should keep changed; by_action: the student (or the JS API) did it, not training that
    // runs by itself.
    void note_change(bool by_action);
    void autosave_tick(bool flush);
    void use_points(core::Dataset data, bool new_task);  // a new session on them (app_data.cpp)
    void show_data_problems(const std::vector<std::string>& problems);
    void draw_data_dialog();  // between the panels and ImGui::Render, with clicks on the plot
    void click_on_plot();
    void draw_restore_prompt();   // between the panels and ImGui::Render; its answer is applied after the frame
    void draw_start_card();       // after it; never beside it (app_autosave.cpp)
    void apply_restore_answer();

    SDL_Window* window_;  // not owned
    const lab::Lesson* lesson_;
    lab::Stepper stepper_;
    lab::LiveLosses live_losses_;  // the loss panel's table: the network as the pictures show it
    lab::GraphLesson graph_;       // the computational-graph lesson
    lab::GradCheckRun gradcheck_;  // the gradient check panel's numbers
    bool gradcheck_in_front_ = false;  // its tab was in front in the last frame
    lab::HealthComparison health_;     // lesson 5's gradient sizes and unit marks (app_lesson_views.cpp)
    lab::Prediction prediction_;       // predict, then reveal
    std::string prediction_note_;      // why the last prediction or step was refused, or ""
    bool health_in_front_ = false;     // the gradient size tab was in front in the last frame
    Lecture lecture_;
    std::optional<lab::LinkReplay> replay_;  // a link's training being replayed over frames
    Panels panels_;
    render::BoundaryRenderer boundary_;
    render::PointsRenderer points_;
    SurfaceHost surface_;  // the loss-surface tab: lab model, GPU evaluator, renderer
    CapacityHost capacity_;  // lesson 6's tab: 3, 6 and 20 hidden units on the same data
    std::string lesson_surface_words_;  // the surface view the lesson opened with (lab::surface_view_words)

    FrameTimer frame_timer_;
    bool gl_lost_ = false;  // between webglcontextlost and webglcontextrestored
    bool playing_ = false;
    ui::PlayMode mode_ = ui::PlayMode::Train;
    int steps_per_frame_ = kStepsPerFrame;
    float events_per_second_ = 4.0f;
    double event_clock_ = 0;          // Step mode: events owed, fractional
    long long timeline_last_ = 0;     // the newest step reached since the last reset (the timeline's right end)
    bool show_help_ = false;
    float font_ratio_ = 1.0f;         // the pixel ratio the font atlas was built for
    ui::Theme built_theme_;           // what the fonts and style were last built for
    PanelId network_tab_ = PanelId::Network;  // the network area's tab in front (as of the last frame)
    std::optional<PanelId> select_tab_;       // a tab to bring to the front in the next frame (openTab)
    Uint32 key_down_at_ = 0;           // the newest key press's time (SDL ticks), however slow the frame
    bool png_requested_ = false;       // save the next drawn frame as a PNG
    std::optional<PanelId> png_place_;  // the place to crop it to; none: the whole canvas
    int png_wait_frames_ = 0;          // frames to draw before the export's (a tab brought to the front settles)
    std::optional<std::pair<float, float>> png_mouse_;  // where the pointer was before the export's frame hid it
    std::optional<std::pair<ui::NodeRef, int>> png_pins_;  // the pinned unit and data point, back after the export
    FrameDemand demand_;               // render on demand: when input last asked for frames
    int drawn_size_[2] = {0, 0};       // the drawable's size in the last frame drawn
    std::string files_message_;        // the last export's or import's result
    AutosavePolicy autosave_;
    bool autosave_on_ = false;          // start_autosave was called (not in scripted native runs, nor in an iframe)
    std::string autosave_error_;        // why the last read or write of the saved session failed, or ""
    uint64_t revision_ = 0;             // bumped by every change the autosave should keep
    uint64_t acted_ = 0;                // bumped by the changes the student made (note_change)
    ui::RestorePromptActions restore_answer_;  // this frame's answer to the restore prompt
    bool start_card_ = false;           // a first visit: the "start here" card is up (ui/start_card.h)
    bool start_card_touch_ = false;     // it speaks of taps
    Rect start_card_button_;            // its "Got it" as last drawn
    ui::CsvDialogState csv_;            // the "Your data" window
    bool long_press_done_ = false;      // this press on the plot already removed a point

    // this frame
    Layout layout_;
    core::Network shown_;              // Θ as of the cursor, what every view draws
    ui::DataPlot plot_screen_;         // the boundary square in ImGui's logical pixels
    render::PlotArea plot_;            // the same in framebuffer pixels, and the input plane it shows
};

}  // namespace app
