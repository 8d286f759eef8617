#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/platform.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "lab/config_io.h"
#include "lab/heatmap.h"
#include "lab/json.h"
#include "render/gl.h"
#include "ui/divergence_banner.h"
#include "ui/theme.h"

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

App::App(SDL_Window* window, const lab::LabConfig& config) : window_(window), session_(config) {}

bool App::init(std::string& error) {
    ui::apply_theme(pixel_ratio(window_));
    if (!boundary_.init(error) || !points_.init(error)) return false;
    // Build the boundary program now, so that a shader error stops the start instead of a frame.
    if (render::BoundaryRenderer::can_draw(session_.network()) &&
        !boundary_.draw(session_.network(), render::PlotArea{}, error))
        return false;
    points_.set_points(session_.train_set(), session_.test_set());
    fit_domain(session_.train_set(), session_.test_set(), plot_);
    return true;
}

bool App::handle_events() {
    bool keep_running = true;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT) keep_running = false;
        if (event.type == SDL_KEYDOWN && !event.key.repeat && !ImGui::GetIO().WantCaptureKeyboard) {
            ui::TrainingActions keys;
            keys.toggle_pause = event.key.keysym.sym == SDLK_SPACE;
            keys.reset = event.key.keysym.sym == SDLK_r;
            apply(keys);
        }
    }
    return keep_running;
}

// Landscape: the panel on the left, the plot (a square) in the rest. Portrait (phones): panel on top.
void App::layout() {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(window_, &window_w, &window_h);
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    const float w = static_cast<float>(window_w), h = static_cast<float>(window_h);
    const float margin = 16;
    float free_x = 0, free_y = 0, free_w = w, free_h = h;
    if (w >= h) {
        panel_x_ = 0, panel_y_ = 0, panel_width_ = std::min(380.0f, 0.45f * w), panel_height_ = h;
        free_x = panel_width_, free_w = w - panel_width_;
    } else {
        panel_x_ = 0, panel_y_ = 0, panel_width_ = w, panel_height_ = std::min(420.0f, 0.5f * h);
        free_y = panel_height_, free_h = h - panel_height_;
    }
    const float caption = ImGui::GetTextLineHeightWithSpacing();  // the axis ranges under the plot
    plot_size_ = std::max(0.0f, std::min(free_w - 2 * margin, free_h - 2 * margin - caption));
    plot_left_ = free_x + 0.5f * (free_w - plot_size_);
    plot_top_ = free_y + 0.5f * (free_h - caption - plot_size_);

    // GL wants framebuffer pixels with the origin at the bottom left.
    const float sx = window_w > 0 ? static_cast<float>(drawable_w) / w : 1.0f;
    const float sy = window_h > 0 ? static_cast<float>(drawable_h) / h : 1.0f;
    plot_.x = static_cast<int>(std::lround(plot_left_ * sx));
    plot_.width = static_cast<int>(std::lround(plot_size_ * sx));
    plot_.height = static_cast<int>(std::lround(plot_size_ * sy));
    plot_.y = drawable_h - static_cast<int>(std::lround(plot_top_ * sy)) - plot_.height;
}

void App::draw_plot_frame() const {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    const ImVec2 a(plot_left_ - 1, plot_top_ - 1), b(plot_left_ + plot_size_ + 1, plot_top_ + plot_size_ + 1);
    draw->AddRect(a, b, IM_COL32(90, 90, 100, 255));
    char label[64];
    std::snprintf(label, sizeof label, "x1: %.1f .. %.1f   x2: %.1f .. %.1f", plot_.x_min, plot_.x_max, plot_.y_min,
                  plot_.y_max);
    draw->AddText(ImVec2(a.x, b.y + 4), IM_COL32(150, 150, 160, 255), label);
}

bool App::frame() {
    const bool keep_running = handle_events();
    if (!paused_) session_.train_steps(steps_per_frame_);
    if (!session_.can_step()) paused_ = true;  // diverged: the banner explains; Space does nothing until restored

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    layout();  // after NewFrame: it measures text
    const bool boundary_drawn = render::BoundaryRenderer::can_draw(session_.network());
    const ui::TrainingActions actions = ui::training_panel({session_, paused_, steps_per_frame_, boundary_drawn},
                                                           panel_x_, panel_y_, panel_width_, panel_height_);
    if (boundary_drawn) draw_plot_frame();
    const ui::DivergenceActions rescue =
        ui::divergence_banner(session_.divergence(), plot_left_, plot_top_ + 8, std::max(320.0f, plot_size_));
    ImGui::Render();

    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
    glViewport(0, 0, drawable_w, drawable_h);
    glClearColor(0.09f, 0.09f, 0.11f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (boundary_drawn) {
        std::string error;
        if (!boundary_.draw(session_.network(), plot_, error)) std::fprintf(stderr, "backprop_lab: %s\n", error.c_str());
        const float point_size = std::max(5.0f, static_cast<float>(plot_.width) / 75.0f);
        points_.draw(plot_, point_size);
    }
    glViewport(0, 0, drawable_w, drawable_h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    apply(actions);
    if (rescue.restore_last_finite) restore_last_finite();
    return keep_running;
}

void App::apply(const ui::TrainingActions& actions) {
    if (actions.toggle_pause) paused_ = !paused_;
    if (actions.reset) session_.reset();
    if (actions.steps_per_frame > 0) steps_per_frame_ = std::clamp(actions.steps_per_frame, 1, 1000);
}

void App::restore_last_finite() { session_.restore_last_finite(); }

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

std::string App::state_json() const {
    const lab::EpochRecord now = session_.current();
    lab::JsonWriter out;
    out.begin_object();
    out.key("epoch").value(now.epoch);
    out.key("steps").value(session_.steps());
    out.key("train_loss").value(now.train_loss);
    out.key("test_loss").value(now.test_loss);
    out.key("train_accuracy").value(now.train_accuracy);
    out.key("test_accuracy").value(now.test_accuracy);
    out.key("paused").value(paused_);
    out.key("divergence");  // null, or the banner's text
    if (session_.divergence().happened()) out.value(lab::divergence_message(session_.divergence()));
    else out.value_null();
    out.key("steps_per_frame").value(steps_per_frame_);
    // the boundary plot in CSS pixels from the canvas' top left (for tests and embedding pages)
    out.key("plot").begin_object();
    out.key("left").value(static_cast<double>(plot_left_)).key("top").value(static_cast<double>(plot_top_));
    out.key("size").value(static_cast<double>(plot_size_));
    out.end_object();
    out.key("config");
    lab::write_config_json(session_.config(), out);
    out.end_object();
    return out.str();
}

}  // namespace app
