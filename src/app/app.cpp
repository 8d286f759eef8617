#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/platform.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "lab/teach/heatmap.h"
#include "lab/lessons/lesson_state.h"
#include "lab/lessons/worked_examples.h"
#include "render/gl.h"
#include "ui/activation_gallery.h"
#include "ui/divergence_banner.h"
#include "ui/equation_panel.h"
#include "ui/fonts.h"
#include "ui/help_overlay.h"
#include "ui/lesson_panel.h"
#include "ui/loss_panel.h"
#include "ui/theme.h"

namespace app {
namespace {

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// The part of the input plane to show: lab's square around all the points (train and test), the same plane the
// CPU heatmaps use.
void fit_domain(const core::Dataset& train, const core::Dataset& test, render::PlotArea& area) {
    core::Dataset all = train;
    for (int i = 0; i < test.count(); ++i) all.append(test.x_row(i), test.y_row(i));
    const lab::PlaneExtent extent = lab::plane_extent(all);
    area.x_min = area.y_min = static_cast<float>(extent.lo);
    area.x_max = area.y_max = static_cast<float>(extent.hi);
}

// Opens a fixed, title-less window over `r`; the caller draws into it and calls ImGui::End().
void begin_place(const char* name, const Rect& r, ImGuiWindowFlags extra = 0) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::Begin(name, nullptr, kFixedWindow | extra);
}

// The smallest rectangle holding both.
Rect bounding(const Rect& a, const Rect& b) {
    const float x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return {x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}

}  // namespace

App::App(SDL_Window* window, const lab::Lesson& lesson)
    : window_(window), lesson_(&lesson), stepper_(lesson.config) {
    lab::load_lesson(stepper_, lesson);
    select_tabs_ = lesson.panels;
    start_lesson_views();
}

// What a lesson's own tabs start with: the graph lesson shows the lecture's (x + y)z from the beginning; the digits
// lesson trains ("trained live in the page": the pad's guesses improve as one watches), fast enough to pass 90%
// test accuracy within seconds (≈ 5 frames an epoch).
void App::start_lesson_views() {
    if (!lesson_) return;
    open_lesson_surface();
    for (const std::string& panel : lesson_->panels) {
        if (panel == "graph") set_graph(lab::kGraphExpression, lab::kGraphVariables);
        if (panel == "digits") {
            mode_ = ui::PlayMode::Train;
            steps_per_frame_ = 25;
            playing_ = true;
        }
    }
}

bool App::init(std::string& error) {
    font_ratio_ = pixel_ratio(window_);
    built_theme_ = {light_, projector_ ? projector_scale_ : 1.0f};
    ui::apply_theme(font_ratio_, built_theme_);
    if (!boundary_.init(error) || !points_.init(error)) return false;
    // Build the boundary program now, so that a shader error stops the start instead of a frame.
    if (render::BoundaryRenderer::can_draw(session().network()) &&
        !boundary_.draw(session().network(), render::PlotArea{}, error))
        return false;
    if (!surface_.init(session(), pixel_ratio(window_), error)) return false;
    points_.set_points(session().train_set(), session().test_set());
    fit_domain(session().train_set(), session().test_set(), plot_);
    return true;
}

bool App::frame() {
    frame_timer_.frame_started(static_cast<double>(SDL_GetPerformanceCounter()) /
                               static_cast<double>(SDL_GetPerformanceFrequency()));
    const bool keep_running = handle_events();
    advance();
    if (!session().can_step()) playing_ = false;  // diverged: the banner explains; stepping waits for a restore
    if (gl_lost_) return keep_running;            // no GL until the context is restored (app_gl_context.cpp)
    shown_ = stepper_.displayed_network();
    surface_.update(session());

    update_theme();  // another pixel ratio, projector scale or theme: fonts and style again (app_lecture.cpp)
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    handle_keys();  // the keys ImGui's input queue delivered this frame (app_control.cpp)
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    layout_ = compute_layout(screen.x, screen.y, ImGui::GetFrameHeightWithSpacing(), hidden_panels_, ui::ui_scale(),
                             step_bar_.content_height);
    ui::StepActions actions;
    ui::SurfacePanelActions surface_actions;
    ui::NetworkViewActions network_actions;
    draw_panels(actions, surface_actions, network_actions);
    // over the plot, or at the top of the data place when there is no plot
    const bool has_plot = plot_screen_.size > 0;
    const float banner_x = has_plot ? plot_screen_.left : layout_.data.x + 8;
    const float banner_y = (has_plot ? plot_screen_.top : layout_.data.y) + 8;
    const float banner_w = std::max(320.0f, has_plot ? plot_screen_.size : layout_.data.w - 16);
    const ui::DivergenceActions rescue =
        ui::divergence_banner(session().divergence(), banner_x, banner_y, banner_w);
    if (show_help_ && ui::help_overlay(screen.x, screen.y)) show_help_ = false;
    if (ui::notice_bar(notices_, screen.x)) notices_.clear();
    ImGui::Render();
    surface_.render();  // the picture the surface tab just showed, before ImGui draws it

    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
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
    apply_files(files_);
    apply_controls(controls_);
    surface_.apply(surface_actions, session());
    apply(lecture_actions_);
    lecture_actions_ = {};
    apply(network_actions);
    if (rescue.restore_last_finite) restore_last_finite();
    return keep_running;
}

// Data, architecture, initialization or seed: a new session (the lesson's caption stays). Training settings only:
// the same weights go on with them.
void App::apply_controls(const ui::ControlsActions& controls) {
    if (controls.rebuild) {
        stepper_.replace_session(controls.config);
        session_replaced();
    } else if (controls.retune) {
        stepper_.update_training(controls.config.train);
        timeline_last_ = session().steps();  // steps ahead were trained with the old settings: no replay to them
    }
}

// After a new session (controls, a lesson, a link): the points, the plane and the timeline start afresh.
void App::session_replaced() {
    points_.set_points(session().train_set(), session().test_set());
    fit_domain(session().train_set(), session().test_set(), plot_);
    surface_.restart(session());
    timeline_last_ = 0;
    event_clock_ = 0;
    live_losses_.invalidate();
}

void App::restore_last_finite() { stepper_.restore_last_finite(); }

// Every panel in its place. Places for the optional panels are marked: each is a tab of the network or the
// equation area, so the main views stay where the lecturer expects them.
void App::draw_panels(ui::StepActions& actions, ui::SurfacePanelActions& surface,
                      ui::NetworkViewActions& network_actions) {
    const lab::Session& session = stepper_.session();
    // the loss table, the charts' live point and the confusion matrix, all of the network shown
    const lab::EpochRecord& now = live_losses_.update(session, shown_, stepper_.displayed_epoch_progress());

    // Portrait screens have no room for both columns: the controls and the loss share one place, as tabs. A place
    // a link hid (hide=) is an empty rectangle: nothing is drawn there.
    const bool controls_shown = shown(layout_.controls), loss_shown = shown(layout_.loss);
    if (controls_shown || (layout_.portrait && loss_shown)) {
    begin_place("Controls", controls_shown ? layout_.controls : layout_.loss);
    const bool tabs = layout_.portrait && controls_shown && loss_shown && ImGui::BeginTabBar("controls tabs");
    if (controls_shown && (!tabs || ImGui::BeginTabItem("Lesson"))) {
        lecture_actions_ = ui::lecture_bar({lesson_number(), projector_, projector_scale_, light_, link_message_});
        ui::lesson_panel(lesson_, session);
        ImGui::Separator();
        controls_ = ui::controls_panel(session.config(), session.train_set().count());
        files_ = ui::export_panel(files_message_);
        if (tabs) ImGui::EndTabItem();
    }
    if ((tabs && ImGui::BeginTabItem("Loss")) || (!controls_shown && loss_shown)) {
        ui::loss_panel(session, now, live_losses_.epoch_x(), stepper_.displayed_steps());
        if (tabs) ImGui::EndTabItem();
    }
    if (tabs) ImGui::EndTabBar();
    controls_scroll_ = ImGui::GetScrollY();
    ImGui::End();
    }

    if (!layout_.portrait && loss_shown) {
        begin_place("Loss", layout_.loss);
        ui::loss_panel(session, now, live_losses_.epoch_x(), stepper_.displayed_steps());
        ImGui::End();
    }

    // The loss surface needs room for a square picture under its controls: while its tab is open the network
    // place reaches down over the equation's.
    const bool surface_tall = surface_.open() && shown(layout_.equation);
    const Rect network_place = surface_tall ? bounding(layout_.network, layout_.equation) : layout_.network;
    bool surface_shown = false;
    if (shown(layout_.network)) {
    begin_place("Network", network_place);
    surface_shown = draw_network_tabs(surface, network_actions);
    ImGui::End();
    }
    const bool equation_covered = surface_tall && surface_shown;
    surface_.set_open(surface_shown);

    if (!equation_covered && shown(layout_.equation)) {
    begin_place("Equation", layout_.equation);
    if (ImGui::BeginTabBar("equation tabs")) {
        if (ImGui::BeginTabItem("Equation", nullptr, panel_tab_flags("equation"))) {
            const std::vector<std::string> worked = lab::worked_example(lesson_number());
            ui::EquationView view{stepper_, lesson_ ? lesson_->formula : std::string()};
            view.worked_numbers = &worked;
            ui::equation_panel(view);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Gradient check", nullptr, panel_tab_flags("gradcheck"))) {
            ui::gradcheck_panel(gradcheck_, stepper_);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("g and g′", nullptr, panel_tab_flags("gallery"))) {
            ui::activation_gallery(stepper_, ui::focus_node(network_view_, stepper_));
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
    }

    if (shown(layout_.data)) {
        begin_place("Data", layout_.data, ImGuiWindowFlags_NoBackground);
        const lab::StepTrace* trace = stepper_.trace();
        const bool plane = render::BoundaryRenderer::can_draw(shown_);
        set_plot(ui::data_panel({session, shown_, trace, stepper_.current_event(), plane, plot_.x_min, plot_.x_max,
                                 plot_.y_min, plot_.y_max, layout_.portrait, &live_losses_.test_confusion()}));
        ImGui::End();
    } else {
        set_plot({});  // no boundary to draw
    }

    if (shown(layout_.step_bar)) {
        begin_place("Steps", layout_.step_bar);
        const long long now = session.steps();
        const long long first = now - stepper_.timeline_length();
        actions = ui::step_bar({stepper_, playing_, mode_, steps_per_frame_, events_per_second_, first,
                                std::max(timeline_last_, now)});
        step_bar_ = actions;
        ImGui::End();
    }
    select_tabs_.clear();  // a lesson selects its tabs once; then the user's clicks decide
}

// The network area's tabs. A tab asked for (by a lesson or the JS API) comes to the front once; after that the
// student's clicks decide.
bool App::draw_network_tabs(ui::SurfacePanelActions& surface, ui::NetworkViewActions& network_actions) {
    if (!ImGui::BeginTabBar("network tabs")) return false;
    // asked for by the JS API (openTab), or by a just-opened lesson (panel_tab_flags)
    const auto flags = [this](NetworkTab tab, const char* id) {
        return (has_select_tab_ && select_tab_ == tab ? ImGuiTabItemFlags_SetSelected : 0) | panel_tab_flags(id);
    };
    if (ImGui::BeginTabItem("Network", nullptr, flags(NetworkTab::Network, "network"))) {
        network_tab_ = NetworkTab::Network;
        network_actions = ui::network_view(network_view_, stepper_);
        nodes_ = network_view_.nodes;
        ImGui::EndTabItem();
    }
    bool surface_shown = false;
    const ImGuiTabItemFlags select =
        (surface_.take_select_request() ? ImGuiTabItemFlags_SetSelected : 0) | panel_tab_flags("surface");
    if (ImGui::BeginTabItem("Loss surface", nullptr, select)) {
        network_tab_ = NetworkTab::Surface;
        surface_shown = true;
        surface = surface_.panel(session().network());
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Graph", nullptr, flags(NetworkTab::Graph, "graph"))) {
        network_tab_ = NetworkTab::Graph;
        const ui::GraphActions graph = graph_panel_.draw(graph_);
        if (graph.submit) set_graph(graph.expression, graph.variables);
        if (graph.step != 0) step_graph(graph.step);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Digits", nullptr, flags(NetworkTab::Digits, "digits"))) {
        network_tab_ = NetworkTab::Digits;
        const ui::DigitsActions digits = digits_panel_.draw(
            {session(), shown_, playing_ && mode_ == ui::PlayMode::Train, live_losses_.record().test_accuracy});
        if (digits.toggle_training) {
            ui::StepActions train;
            train.set_mode = !playing_;
            train.mode = ui::PlayMode::Train;
            train.toggle_play = true;
            apply(train);
        }
        ImGui::EndTabItem();
    }
    has_select_tab_ = false;
    ImGui::EndTabBar();
    return surface_shown;
}

bool App::set_graph(const std::string& expression, const std::string& variables) {
    const bool ok = graph_.set(expression, variables);
    if (ok) graph_panel_.show_texts(graph_);  // the boxes show what is on screen (also after the JS API set it)
    return ok;
}

void App::step_graph(int direction) {
    if (direction > 0) graph_.next();
    if (direction < 0) graph_.back();
}

bool parse_network_tab(const std::string& name, NetworkTab& out) {
    if (name == "network") out = NetworkTab::Network;
    else if (name == "graph") out = NetworkTab::Graph;
    else if (name == "digits") out = NetworkTab::Digits;
    else return false;
    return true;
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
    if (!render::BoundaryRenderer::can_draw(shown_) || plot_.width <= 0) return;
    std::string error;
    if (!boundary_.draw(shown_, plot_, error)) std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
    const int points = session().train_set().count() + session().test_set().count();
    const float point_size = ui::data_point_size(static_cast<float>(plot_.width), points);
    points_.draw(plot_, point_size);
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
