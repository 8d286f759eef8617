// Benchmarks the page runs for scripts/bench.sh (scripts/bench_web.mjs calls them through Module, window.bplab's
// bench… and surface… calls): core training throughput, measured by the page's own WASM, the GPU decision-boundary
// pass and the GPU loss surface on their own sessions (the page's text-returning hooks, which need its buffers,
// are in src/app/main_web.cpp). Browser build only (cmake/BplabApp.cmake links it into the
// page, not the native app).
#include <emscripten.h>

#include "benchmark.h"
#include "surface_gpu.h"
#include "lab/teach/session.h"
#include "render/boundary_renderer.h"
#include "render/gl.h"

extern "C" {

// Examples per second of core::train_step on the benchmark's spiral for the 2-h1-h2-1 network (h2 = 0: 2-h1-1).
EMSCRIPTEN_KEEPALIVE double bplab_bench_train(int h1, int h2, double seconds) {
    std::vector<int> hidden{h1};
    if (h2 > 0) hidden.push_back(h2);
    return lab::training_examples_per_second(hidden, seconds);
}

// Examples per second of core::evaluate over the digits lesson's test set (64-16-10).
EMSCRIPTEN_KEEPALIVE double bplab_bench_digits_evaluation(double seconds) {
    return lab::digits_evaluation_examples_per_second(seconds);
}

// Milliseconds per draw of the boundary pass alone for a size × size plot (BoundaryRenderer::image_size() grid
// points per side, then the stretch to the plot): `frames` draws with the benchmark's network after ten epochs,
// waited for with glFinish and a one-pixel read (which cannot return before the drawing is done).
// Returns −1 if the shader could not be built.
EMSCRIPTEN_KEEPALIVE double bplab_bench_boundary_gpu(int h1, int h2, int size, int frames) {
    std::vector<int> hidden{h1};
    if (h2 > 0) hidden.push_back(h2);
    lab::Session session(lab::benchmark_config(hidden));
    session.train_steps(250);
    render::BoundaryRenderer renderer;
    std::string error;
    if (!renderer.init(error)) return -1.0;
    render::PlotArea area;
    area.x = area.y = 0;
    area.width = area.height = size;
    unsigned char pixel[4];
    const auto finish = [&] {
        glFinish();
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
    };
    if (!renderer.draw(session.network(), area, error)) return -1.0;  // builds the program: not timed
    finish();
    const double start = emscripten_get_now();
    for (int k = 0; k < frames; ++k) renderer.draw(session.network(), area, error);
    finish();
    return (emscripten_get_now() - start) / frames;
}

// Grid points per side the boundary pass evaluates for a size × size plot.
EMSCRIPTEN_KEEPALIVE int bplab_boundary_grid_size(int size) {
    render::PlotArea area;
    area.width = area.height = size;
    return render::BoundaryRenderer::image_size(area);
}

// Refreshes per second of the GPU loss surface (2-8-8-1 tanh, 250 examples, 64 × 64) with training in between.
EMSCRIPTEN_KEEPALIVE double bplab_surface_benchmark(int count) { return bench::surface_refreshes_per_second(count); }

}  // extern "C"
