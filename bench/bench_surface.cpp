// The loss surface's CPU sampling on lesson 17 (digits, 64-16-10 tanh, softmax; J over the 1,258 training
// examples), for scripts/bench.sh: full refreshes per second of the 65 × 65 grid the panel samples by default
// (its 64 made odd), each one a recentre on Θ and all 4,225 cells, as the panel does while training moves Θ.
// The same line natively, under node and in Chromium (bench/bench_program.html?program=bplab_bench_surface):
//   digits_surface_refreshes_per_s_<where>: VALUE refreshes/s (…)
// and, for comparison, the full forward pass per cell that the sampler used before core::PlaneLoss:
//   digits_surface_full_forward_refreshes_per_s_<where>: VALUE refreshes/s
// usage: bplab_bench_surface WHERE [SECONDS]      SECONDS of processor time per figure (default 2)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "core/batch.h"
#include "lab/lessons/lessons.h"
#include "lab/surface/surface_lab.h"
#include "lab/teach/session.h"

namespace {

// Processor time (natively CPU seconds, so other programs on the shared machine do not count; WASM: wall clock).
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// The best of rounds of `work` (one refresh per call) over about `seconds`: refreshes per second.
template <typename Work>
double best_rate(double seconds, Work work) {
    double best = 0.0;
    const double end = cpu_seconds() + seconds;
    int rounds = 0;
    do {
        const double start = cpu_seconds();
        work();
        const double took = cpu_seconds() - start;
        if (took > 0.0) best = std::max(best, 1.0 / took);
        ++rounds;
    } while (cpu_seconds() < end || rounds < 2);
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bplab_bench_surface WHERE [SECONDS]   (WHERE: native, node, chromium)\n");
        return 2;
    }
    const std::string where = argv[1];
    const double seconds = argc == 3 ? std::atof(argv[2]) : 2.0;
    if (!(seconds > 0.0)) {
        std::fprintf(stderr, "bplab_bench_surface: SECONDS must be a positive number, not '%s'\n", argv[2]);
        return 2;
    }
    lab::Session session(lab::find_lesson("digits")->config);
    session.train_steps(100);
    lab::SurfaceLab surface;
    lab::SurfaceSettings settings;  // random directions, 64 → 65 × 65, span 1
    if (!surface.configure(settings, session.network(), session.train_set(), session.trainer().config)) {
        std::fprintf(stderr, "bplab_bench_surface: %s\n", surface.error().c_str());
        return 1;
    }
    const int n = surface.grid().resolution, m = session.train_set().count();
    const double rate = best_rate(seconds, [&] {
        surface.recentre(session.network());
        while (!surface.advance_cpu(64)) {
        }
    });
    std::printf("digits_surface_refreshes_per_s_%s: %.2f refreshes/s (%d x %d cells, J over %d examples each; %.0f ns "
                "per example and cell)\n",
                where.c_str(), rate, n, n, m, 1e9 / (rate * n * n * m));
    std::fflush(stdout);

    // The full forward pass per cell: Θ(u, v) formed, then J over every example as core::objective.
    core::Batch scratch;
    core::Network point = session.network();
    const lab::Direction& d1 = surface.d1();
    const lab::Direction& d2 = surface.d2();
    const int cells = 200;  // a sample of cells; the rate scales to the full grid
    const double per_cell = best_rate(seconds, [&] {
        for (int cell = 0; cell < cells; ++cell) {
            const double u = -1.0 + 2.0 * (cell % n) / (n - 1), v = -1.0 + 2.0 * (cell / n) / (n - 1);
            for (size_t l = 0; l < point.theta.size(); ++l)
                for (size_t k = 0; k < point.theta[l].v.size(); ++k)
                    point.theta[l].v[k] = session.network().theta[l].v[k] + u * d1[l].v[k] + v * d2[l].v[k];
            lab::surface_objective(point, session.trainer().config, session.train_set(), scratch);
        }
    });
    std::printf("digits_surface_full_forward_refreshes_per_s_%s: %.2f refreshes/s (a full forward pass per example "
                "and cell)\n",
                where.c_str(), per_cell * cells / (n * n));
    return 0;
}
