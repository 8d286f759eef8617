#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/a11y_view.h"
#include "app/platform.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "lab/lessons/lesson_state.h"
#include "lab/teach/heatmap.h"
#include "render/gl.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/unit_map.h"

namespace app {
namespace {

// The part of the input plane to show: lab's square around all the points (train and test), the same plane the
// CPU heatmaps use.
void fit_domain(const core::Dataset& train, const core::Dataset& test, render::PlotArea& area) {
    core::Dataset all = train;
    for (int i = 0; i < test.count(); ++i) all.append(test.x_row(i), test.y_row(i));
    const lab::PlaneExtent extent = lab::plane_extent(all);
    area.x_min = area.y_min = static_cast<float>(extent.lo);
    area.x_max = area.y_max = static_cast<float>(extent.hi);
}

}  // namespace

App::App(SDL_Window* window, const lab::Lesson& lesson)
    : window_(window), lesson_(&lesson), stepper_(lesson.config) {
    lab::load_lesson(stepper_, lesson);
    open_lesson_views();
}

// What every route into a lesson (the menu, the keys, the JS API, --lesson, a link, an import) shows first, so a
// lesson looks the same however it was reached: its tabs in front, its loss-surface view, the graph lesson's
// (x + y)z, paused. The digits lesson opens untrained like every other one — the class watches it learn after
// Train ▶ or P — and plays in fast training (≈ 5 frames an epoch: above 90 % test accuracy within seconds).
void App::open_lesson_views() {
    playing_ = false;
    mode_ = ui::PlayMode::Train;
    steps_per_frame_ = kStepsPerFrame;
    if (!lesson_) return;
    lecture_.select_lesson_tabs(lesson_->panels);
    gradcheck_.central = lesson_->difference == core::Difference::Central;  // the lesson's quotient, checked
    gradcheck_.computed = false;                                             // afresh when its tab is in front
    open_lesson_surface();
    for (const std::string& name : lesson_->panels) {
        PanelId panel;
        if (!parse_panel(name, panel)) continue;
        if (panel == PanelId::Graph) set_graph(lab::kGraphExpression, lab::kGraphVariables);
        if (panel == PanelId::Digits) steps_per_frame_ = kDigitsStepsPerFrame;
    }
}

bool App::init(std::string& error) {
    font_ratio_ = pixel_ratio(window_);
    const float height = ImGui::GetIO().DisplaySize.y;
    built_theme_ = {lecture_.light, lecture_.chrome_scale(height), false, lecture_.content_scale(height)};
    ui::apply_theme(font_ratio_, built_theme_);
    if (!boundary_.init(error) || !points_.init(error)) return false;
    // Build the boundary program now, so that a shader error stops the start instead of a frame.
    if (render::BoundaryRenderer::can_draw(session().network(), session().features()) &&
        !boundary_.draw(session().network(), render::PlotArea{}, error, {}, session().features()))
        return false;
    if (!surface_.init(session(), pixel_ratio(window_), error)) return false;
    points_.set_points(session().train_points(), session().test_points());
    fit_domain(session().train_points(), session().test_points(), plot_);
    return true;
}

bool App::frame() {
    frame_timer_.frame_started(static_cast<double>(SDL_GetPerformanceCounter()) /
                               static_cast<double>(SDL_GetPerformanceFrequency()));
    const bool keep_running = handle_events();
    advance_replay();  // a link's training, this frame's share (app_lecture.cpp)
    advance();
    autosave_tick(false);  // a while after a change (app_autosave.cpp)
    if (!session().can_step()) playing_ = false;  // diverged: the banner explains; stepping waits for a restore
    if (gl_lost_) return keep_running;            // no GL until the context is restored (app_gl_context.cpp)
    surface_.update(session());
    update_capacity();

    update_theme();  // another pixel ratio, presentation scale or theme: fonts and style again (app_lecture.cpp)
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (png_requested_ && png_wait_frames_ == 0) hide_mouse_for_png();  // the export's frame is drawn clean (app_png.cpp)
    ImGui::NewFrame();
    handle_keys();  // the keys ImGui's input queue delivered this frame (app_control.cpp)
    sync_prediction();
    shown_ = displayed_network();  // after the keys: a lesson key may have replaced the network
    const PanelsActions actions = draw_panels();
    draw_data_dialog();
    draw_restore_prompt();
    draw_start_card();
    ImGui::Render();
    surface_.render();  // the picture the surface tab just showed, before ImGui draws it

    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    drawn_size_[0] = drawable_w, drawn_size_[1] = drawable_h;
    demand_.frame_drawn();
    glViewport(0, 0, drawable_w, drawable_h);
    // the windows' background: the data window has none of its own
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw_boundary();
    glViewport(0, 0, drawable_w, drawable_h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    save_png_if_requested();

    apply(actions);
    apply_restore_answer();
    return keep_running;
}

// Data, architecture, initialization or seed: a new session (the lesson's caption stays). Training settings only:
// the same weights go on with them.
void App::apply_controls(const ui::ControlsActions& controls) {
    if (controls.open_data) open_data_dialog();
    if (controls.rebuild || controls.retune) stop_replay();
    if (controls.rebuild) {
        if (controls.config.dataset == core::DatasetKind::Custom && !controls.config.custom) open_data_dialog();
        stepper_.replace_session(controls.config);
        session_replaced();
    } else if (controls.retune) {
        stepper_.update_training(controls.config.train);
        timeline_last_ = session().steps();  // steps ahead were trained with the old settings: no replay to them
        note_change(true);
    }
}

// After a new session (controls, a lesson, a link): the points, the plane and the timeline start afresh.
void App::session_replaced() {
    points_.set_points(session().train_points(), session().test_points());
    fit_domain(session().train_points(), session().test_points(), plot_);
    surface_.restart(session());
    timeline_last_ = 0;
    event_clock_ = 0;
    live_losses_.invalidate();
    prediction_.forget_places();
    note_change(true);
}

void App::restore_last_finite() {
    stepper_.restore_last_finite();
    note_change(true);
}

// The places for this frame's screen, the panels' view of the App, and the panels drawn into them.
PanelsActions App::draw_panels() {
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    // While the graph steps, the data and loss places (the hidden network's plot and loss) say nothing about it:
    // the graph gets the room.
    std::vector<PanelId> hidden = lecture_.hidden_places();
    if (graph_steps()) hidden.insert(hidden.end(), {PanelId::Data, PanelId::Loss});
    layout_ = compute_layout(screen.x, screen.y, ImGui::GetFrameHeightWithSpacing(), hidden, ui::ui_scale(),
                             panels_.step_bar.content_height, panels_.front_place(lecture_, select_tab_.has_value()));
    // the loss table, the charts' live point and the confusion matrix, all of the network shown
    live_losses_.update(session(), shown_, stepper_.displayed_epoch_progress());
    // A tab asked for comes to the front when the network area is drawn: the loss surface's own request (a view
    // set from outside opens it) before the JS API's.
    std::optional<PanelId> bring_to_front;
    if (shown(layout_.network)) {
        bring_to_front = select_tab_;
        select_tab_.reset();
    }
    const long long now = session().steps();
    const ui::SurfacePanelView surface = surface_.panel_view(session().network());
    const PanelsView view{layout_, stepper_, lesson_, lecture_, shown_, live_losses_, graph_, gradcheck_,
                          gradcheck_in_front_ && lab::gradcheck_stale(gradcheck_, stepper_), surface, plot_,
                          {stepper_, playing_, mode_, steps_per_frame_, events_per_second_,
                           now - stepper_.timeline_length(), std::max(timeline_last_, now), graph_steps() ? &graph_ : nullptr,
                           &prediction_},
                          files_message_, show_help_, bring_to_front, replay(), update_health(), &prediction_,
                          &prediction_note_, capacity_.panel_view(playing_)};
    const PanelsActions actions = panels_.draw(view);
    lecture_.select_tabs.clear();  // a lesson selects its tabs once; then the user's clicks decide
    // In the frame that asks ImGui to bring a tab forward, the tab bar still draws (and reports) the old one; the
    // tab asked for stays what steps, so a key or bplab.step right after openTab does not go to the old tab.
    if (actions.network_tab && (!bring_to_front || *actions.network_tab == *bring_to_front))
        network_tab_ = *actions.network_tab;
    if (actions.surface_shown()) surface_.panel_drawn(actions.surface);
    surface_.set_open(actions.surface_shown());
    set_plot(actions.plot);
    return actions;
}

void App::apply(const PanelsActions& actions) {
    apply(actions.steps);
    apply_files(actions.files);
    apply_controls(actions.controls);
    if (actions.surface_shown()) surface_.apply(actions.surface, session());
    if (actions.surface_shown()) apply_to_run(actions.surface);
    apply(actions.lecture);
    apply(actions.network);
    apply(actions.prediction);
    if (actions.graph.submit) set_graph(actions.graph.expression, actions.graph.variables);
    if (actions.graph.step != 0) step_graph(actions.graph.step);
    if (actions.equation.go_to_phase && !prediction_.pending()) {
        playing_ = false;
        stepper_.go_to_phase(*actions.equation.go_to_phase);
    }
    if (actions.capacity.reset) capacity_.reset();
    if (actions.digits.toggle_training || actions.capacity.toggle_play) {
        ui::StepActions train;
        train.set_mode = !playing_;
        train.mode = ui::PlayMode::Train;
        train.toggle_play = true;
        apply(train);
    }
    apply(actions.gradcheck, actions.equation_tab == PanelId::GradCheck);
    health_in_front_ = actions.equation_tab == PanelId::Gradients;
    if (actions.rescue.restore_last_finite) restore_last_finite();
    if (actions.close_help) show_help_ = false;
    if (actions.dismiss_notices) lecture_.notices.clear();
    if (actions.narration.palette) set_palette(*actions.narration.palette);
    if (actions.cancel_replay) cancel_replay();
}

// The gradient check runs when asked, and while its tab is in front when the cursor reaches another step.
void App::apply(const ui::GradCheckActions& actions, bool shown) {
    gradcheck_in_front_ = shown;  // only then is staleness worth its copy and hash of Θ each frame
    if (actions.h > 0) gradcheck_.h = actions.h;
    if (actions.central >= 0) gradcheck_.central = actions.central == 1;
    if (actions.check_now || actions.central >= 0 || (shown && lab::gradcheck_due(gradcheck_, stepper_)))
        lab::run_gradcheck(gradcheck_, stepper_);
}

bool App::set_surface_view(const std::string& words, std::string& error) {
    if (!surface_.set_view(words, session(), error)) return false;
    if (surface_.open()) open_tab(PanelId::Surface);
    return true;
}

bool App::open_tab(PanelId tab) {
    if (!panel_info(tab).network_tab) return false;
    select_tab_ = tab;
    network_tab_ = tab;  // what steps follows at once: a bplab.step right after openTab steps the tab asked for
    return true;
}

bool App::set_graph(const std::string& expression, const std::string& variables) {
    const bool ok = graph_.set(expression, variables);
    if (ok) prediction_.forget_graph_places();
    // the boxes show what is on screen (also after the JS API set it)
    if (ok) ui::show_graph_texts(panels_.graph, graph_);
    return ok;
}

void App::step_graph(int direction) {
    ui::StepActions move;
    move.step = direction > 0 ? ui::StepKind::Event : ui::StepKind::Back;
    if (direction > 0 && refused_by_prediction(move)) return;
    if (direction > 0) graph_.next();
    if (direction < 0) graph_.back();
    sync_prediction();
}

// The logical-pixel square the data panel reserved, in framebuffer pixels with GL's bottom-left origin.
void App::set_plot(const ui::DataPlot& plot) {
    plot_screen_ = plot;
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(window_, &window_w, &window_h);
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    const float sx = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
    const float sy = window_h > 0 ? static_cast<float>(drawable_h) / static_cast<float>(window_h) : 1.0f;
    plot_.x = static_cast<int>(std::lround(plot.left * sx));
    plot_.width = static_cast<int>(std::lround(plot.size * sx));
    plot_.height = static_cast<int>(std::lround(plot.size * sy));
    plot_.y = drawable_h - static_cast<int>(std::lround(plot.top * sy)) - plot_.height;
}

void App::draw_boundary() {
    if (!render::BoundaryRenderer::can_draw(shown_, session().features()) || plot_.width <= 0) return;
    std::string error;
    const render::PointStyle style = point_style(lecture_.palette);
    const ui::NodeRef unit = panels_.mapped_unit;  // a hovered neuron's map instead of h(x) (ui/unit_map.h)
    core::Network unit_net;
    const bool map = ui::unit_map_network(shown_, unit.layer, unit.unit, unit_net);
    if (!boundary_.draw(map ? unit_net : shown_, plot_, error, style, session().features()))
        std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
    const int points = session().train_set().count() + session().test_set().count();
    const float point_size = ui::data_point_size(static_cast<float>(plot_.width), points);
    points_.draw(plot_, point_size, style);
}

std::vector<uint8_t> App::read_pixels(int& width, int& height) const {
    SDL_GL_GetDrawableSize(window_, &width, &height);
    const size_t row = static_cast<size_t>(width) * 4;
    std::vector<uint8_t> bottom_up(row * static_cast<size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    std::vector<uint8_t> top_down(bottom_up.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(bottom_up.begin() + static_cast<long>(y * row), row,
                    top_down.begin() + static_cast<long>((height - 1 - y) * row));
    return top_down;
}

}  // namespace app
