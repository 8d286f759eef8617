// PNG export: a clean frame (the pointer is hidden from ImGui for it, so nothing is hovered, no tooltip shows and
// no button looks pressed), read back at the canvas's device pixels, whole or cropped to one place, and saved; the
// export panel's message line says the file's size.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <tuple>

#include "app/app.h"
#include "app/platform_files.h"
#include "app/png_writer.h"
#include "imgui.h"
#include "lab/io/text_file.h"

namespace app {
namespace {

constexpr int kTabSettleFrames = 3;  // a tab brought to the front for the export: drawn (and its picture made) first

// The rows and columns of `place` (logical pixels) in a top-down RGBA frame of width × height device pixels.
std::vector<uint8_t> crop(const std::vector<uint8_t>& rgba, int width, int height, const Rect& place, float scale,
                          int& out_w, int& out_h) {
    const int x0 = std::clamp(static_cast<int>(std::lround(place.x * scale)), 0, width);
    const int y0 = std::clamp(static_cast<int>(std::lround(place.y * scale)), 0, height);
    const int x1 = std::clamp(static_cast<int>(std::lround(place.right() * scale)), x0, width);
    const int y1 = std::clamp(static_cast<int>(std::lround(place.bottom() * scale)), y0, height);
    out_w = x1 - x0, out_h = y1 - y0;
    std::vector<uint8_t> out;
    out.reserve(static_cast<size_t>(out_w) * static_cast<size_t>(out_h) * 4);
    for (int y = y0; y < y1; ++y) {
        const auto row = rgba.begin() + (static_cast<long>(y) * width + x0) * 4;
        out.insert(out.end(), row, row + static_cast<long>(out_w) * 4);
    }
    return out;
}

}  // namespace

bool App::request_png(const std::string& place) {
    std::optional<PanelId> panel;
    if (!place.empty() && place != "lab") {
        PanelId id;
        if (!parse_panel(place, id)) return false;
        panel = id;
    }
    png_place_ = panel;
    png_wait_frames_ = 0;
    if (panel && panel_info(*panel).network_tab && network_tab_ != *panel) {
        open_tab(*panel);
        png_wait_frames_ = kTabSettleFrames;
    }
    png_requested_ = true;
    return true;
}

// Between ImGui's backend frame (which may report the pointer) and ImGui::NewFrame: the last word on the pointer.
void App::hide_mouse_for_png() {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMousePosValid(&io.MousePos)) png_mouse_ = std::make_pair(io.MousePos.x, io.MousePos.y);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    // a touch screen's pinned tooltips (a unit's, a data point's) are hover tips too: not in the picture
    png_pins_ = std::make_pair(panels_.network_view.pinned, panels_.point_tips.pinned);
    panels_.network_view.pinned = {};
    panels_.point_tips.pinned = -1;
}

// Called in the frame, after drawing and before the swap: the drawing buffer still holds the picture.
void App::save_png_if_requested() {
    if (!png_requested_) return;
    if (png_wait_frames_ > 0) {
        --png_wait_frames_;
        return;
    }
    png_requested_ = false;
    if (png_mouse_) ImGui::GetIO().AddMousePosEvent(png_mouse_->first, png_mouse_->second);  // back for the next frame
    png_mouse_.reset();
    if (png_pins_) std::tie(panels_.network_view.pinned, panels_.point_tips.pinned) = *png_pins_;
    png_pins_.reset();
    int width = 0, height = 0;
    std::vector<uint8_t> pixels = read_pixels(width, height);
    std::string name = "backprop_lab.png";
    if (png_place_) {
        const Rect& place = place_of(layout_, *png_place_);
        if (!shown(place)) {
            files_message_ = std::string("no PNG: the ") + panel_info(*png_place_).name + " place is hidden";
            return;
        }
        const float scale = ImGui::GetIO().DisplaySize.x > 0 ? static_cast<float>(width) / ImGui::GetIO().DisplaySize.x : 1.0f;
        pixels = crop(pixels, width, height, place, scale, width, height);
        name = std::string("backprop_lab_") + panel_info(*png_place_).name + ".png";
    }
    const std::vector<uint8_t> png = encode_png(width, height, pixels);
    if (save_file(name, "image/png", png, files_message_))
        files_message_ += " (" + lab::size_text(png.size()) + ", " + std::to_string(width) + " × " +
                          std::to_string(height) + " px)";
}

}  // namespace app
