// The loss-surface panel: mode (picked weights / random directions / exact two-parameter problem), resolution,
// span, 2-D map or 3-D height field, and on the exact problems the learning-rate lab and the optimizer race. The
// picture is the SurfaceRenderer's texture; the paths, the current point, the axes (in the lecture's notation) and
// the colour legend are drawn over it here. Like every panel it reads state and returns what the user asked for.
#pragma once
#include <optional>
#include <string>

#include "core/network.h"
#include "lab/surface/surface_lab.h"
#include "lab/surface/surface_state.h"
#include "render/orbit_camera.h"

namespace ui {

// The panel's own view settings (owned by the App, changed only through SurfacePanelActions::state).
struct SurfacePanelState {
    bool three_d = false;
    render::OrbitCamera camera;
    bool follow_training = true;  // network modes: the plane follows the live Θ (recomputed as training goes)
    bool animate = true;          // exact mode: reveal the paths step by step
};

struct SurfacePanelView {
    const lab::SurfaceLab& lab;
    const core::Network& network;  // the live network: which weights can be picked
    const SurfacePanelState& state;
    unsigned int texture;          // the rendered picture (bottom-up)
    const lab::SurfaceViewInfo& info;
};

struct SurfacePanelActions {
    bool apply_settings = false;  // configure the lab with `settings`
    lab::SurfaceSettings settings;
    bool recompute = false;       // recentre on the live network and sample again
    bool set_start = false;       // exact mode: a click on the map (following the network: its run's start)
    std::optional<double> run_alpha;  // following the network (SurfaceLab::follows): its α, the run restarted
    double w0 = 0.0, b0 = 0.0;
    bool replay = false;
    SurfacePanelState state;      // the view settings after this frame (camera moved, 2-D/3-D toggled, …)
    float image_x = 0.0f, image_y = 0.0f;  // the picture's top left corner (logical pixels, ImGui's screen space)
    float image_size = 0.0f;      // logical pixels of the square picture drawn this frame (0: none)
    bool picture_hovered = false; // for the App: a pinch over the picture zooms the camera
};

// Draws the panel's widgets and picture into the current ImGui window, filling its content region.
SurfacePanelActions surface_panel(const SurfacePanelView& view);


}  // namespace ui
