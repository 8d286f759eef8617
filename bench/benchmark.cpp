#include "benchmark.h"

#include <algorithm>
#include <chrono>

#include "lab/io/config.h"
#include "lab/teach/heatmap.h"
#include "lab/teach/session.h"
#include "lab/teach/stepper.h"

namespace lab {

LabConfig benchmark_config(const std::vector<int>& hidden) {
    LabConfig config;
    config.dataset = core::DatasetKind::Spiral;
    config.points = 500;
    config.train_fraction = 0.5;
    config.hidden = hidden;
    config.hidden_activation = core::Activation::Tanh;
    config.output_activation = core::Activation::Sigmoid;
    config.train.loss = core::Loss::BinaryCrossEntropy;
    config.train.batch_size = 10;
    return config;
}

namespace {

using Clock = std::chrono::steady_clock;

// Calls work(chunk) repeatedly for about `seconds`, in rounds of about a tenth of that; returns the best
// round's units per second. `work` does `chunk` units and returns how many it did.
template <typename Work>
double best_rate(double seconds, Work work) {
    work(1);  // warm-up: caches sized, code paged in
    const double round = std::max(0.05, seconds / 10);
    double best = 0.0;
    const Clock::time_point end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(seconds));
    do {
        const Clock::time_point start = Clock::now();
        double units = 0.0, elapsed = 0.0;
        while (elapsed < round) {
            units += work(64);
            elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        }
        best = std::max(best, units / elapsed);
    } while (Clock::now() < end);
    return best;
}

}  // namespace

double training_examples_per_second(const std::vector<int>& hidden, double seconds) {
    const Session session(benchmark_config(hidden));
    core::Trainer trainer = session.trainer();
    const core::Dataset& train = session.train_set();
    return best_rate(seconds, [&](int steps) {
        double examples = 0.0;
        for (int k = 0; k < steps; ++k) {
            const int before = trainer.next_in_epoch;
            core::train_step(trainer, train);
            examples += (trainer.next_in_epoch == 0 ? train.count() : trainer.next_in_epoch) - before;
        }
        return examples;
    });
}

double app_training_examples_per_second(const std::vector<int>& hidden, double seconds) {
    Stepper stepper(benchmark_config(hidden));
    const int per_step = stepper.session().trainer().config.batch_size;  // 250 = 25 batches of 10: all full
    return best_rate(seconds, [&](int steps) {
        stepper.run_steps(steps);
        return static_cast<double>(steps) * per_step;
    });
}

double boundary_points_per_second(const std::vector<int>& hidden, int resolution, double seconds) {
    Session session(benchmark_config(hidden));
    session.train_steps(250);  // ten epochs
    const core::Network& net = session.network();
    const PlaneExtent extent = plane_extent(session.train_set());
    std::vector<double> grid;
    return best_rate(seconds, [&](int) {
        evaluate_unit_grid(net, net.layer_count() - 1, 0, extent, resolution, grid);
        return static_cast<double>(resolution) * resolution;
    });
}

}  // namespace lab
