#include "surface_gpu.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include "lab/teach/session.h"
#include "render/loss_grid_gpu.h"

namespace bench {
namespace {

double seconds_now() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

// The benchmark network: 2-8-8-1, tanh, 250 training examples (the circle set, 500 points, half for training).
lab::LabConfig surface_config() {
    lab::LabConfig config;
    config.hidden = {8, 8};
    config.hidden_activation = core::Activation::Tanh;
    return config;
}

bool refresh(render::LossGridGpu& gpu, lab::SurfaceLab& surface, const lab::Session& session) {
    if (!surface.recentre(session.network())) return false;
    std::vector<float> values;
    std::string error;
    const lab::SurfaceGrid& grid = surface.grid();
    if (!gpu.evaluate(surface.centre(), surface.d1(), surface.d2(), grid.span, grid.resolution, surface.data(),
                      surface.config(), values, error))
        return false;
    surface.set_values(values);
    return true;
}

}  // namespace

double surface_refreshes_per_second(int count) {
    lab::Session session(surface_config());
    render::LossGridGpu gpu;
    gpu.init();
    if (!gpu.available() || count <= 0) return 0.0;
    lab::SurfaceLab surface;
    lab::SurfaceSettings settings;
    settings.resolution = 64;
    surface.configure(settings, session.network(), session.train_set(), session.trainer().config);
    if (!refresh(gpu, surface, session)) return 0.0;  // builds the program: not timed
    const double start = seconds_now();
    int done = 0;
    for (int k = 0; k < count; ++k) {
        session.train_steps(5);  // training continues between refreshes
        if (refresh(gpu, surface, session)) ++done;
    }
    const double elapsed = seconds_now() - start;
    return elapsed > 0.0 && done == count ? done / elapsed : 0.0;
}

double surface_gpu_vs_cpu(lab::SurfaceMode mode, int resolution, double& max_abs_difference) {
    max_abs_difference = -1.0;
    lab::Session session(surface_config());
    session.train_steps(200);  // away from the initial weights
    lab::SurfaceSettings settings;
    settings.mode = mode;
    settings.resolution = resolution;
    settings.first = {1, 3, 2};  // picked: Θ₄₂⁽²⁾ and Θ₁₀⁽³⁾ (a hidden weight and the output's bias)
    settings.second = {2, 0, 0};
    render::LossGridGpu gpu;
    gpu.init();
    lab::SurfaceLab cpu;
    if (!gpu.available() || !cpu.configure(settings, session.network(), session.train_set(), session.trainer().config))
        return -1.0;
    while (!cpu.advance_cpu(1 << 20)) {
    }
    std::vector<float> values;
    std::string error;
    const lab::SurfaceGrid& grid = cpu.grid();
    if (!gpu.evaluate(cpu.centre(), cpu.d1(), cpu.d2(), grid.span, grid.resolution, session.train_set(),
                      session.trainer().config, values, error))
        return -1.0;
    double worst = 0.0;
    max_abs_difference = 0.0;
    for (size_t k = 0; k < values.size(); ++k) {
        const double difference = std::abs(values[k] - grid.values[k]);
        max_abs_difference = std::max(max_abs_difference, difference);
        worst = std::max(worst, difference / std::max(1.0, std::abs(grid.values[k])));
    }
    return worst;
}

}  // namespace bench
