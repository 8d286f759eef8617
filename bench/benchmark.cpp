#include "benchmark.h"

#include <algorithm>
#include <ctime>
#include <tuple>
#include <type_traits>

#include "lab/io/config.h"
#include "lab/lessons/lessons.h"
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

// Processor time of this program (std::clock: CPU seconds natively; in WASM, where the engine gives no such
// clock, it is the wall clock). The machine is shared, and CPU seconds do not count the time other programs ran.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Calls work(chunk) repeatedly for about `seconds` of processor time, in rounds of about a tenth of that; returns
// the best round's units per second. `work` does `chunk` units and returns how many it did.
template <typename Work>
double best_rate(double seconds, Work work) {
    work(1);  // warm-up: caches sized, code paged in
    const double round = std::max(0.05, seconds / 10);
    double best = 0.0;
    const double end = cpu_seconds() + seconds;
    do {
        const double start = cpu_seconds();
        double units = 0.0, elapsed = 0.0;
        while (elapsed < round) {
            units += work(16);
            elapsed = cpu_seconds() - start;
        }
        best = std::max(best, units / elapsed);
    } while (cpu_seconds() < end);
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

namespace {

// The scratch type core::evaluate takes (core::Cache at 4e51a4b, core::Batch since): scripts/bench.sh builds this
// file against both commits to measure them the same way.
template <typename R, typename... Args>
std::decay_t<std::tuple_element_t<3, std::tuple<Args...>>> scratch_for(R (*)(Args...));
using EvaluationScratch = decltype(scratch_for(&core::evaluate));

}  // namespace

double digits_evaluation_examples_per_second(double seconds) {
    Session session(find_lesson("digits")->config);
    session.train_steps(100);
    const core::Dataset& test = session.test_set();
    EvaluationScratch scratch;
    std::vector<int> predicted;
    return best_rate(seconds, [&](int passes) {
        for (int k = 0; k < passes; ++k)
            core::evaluate(session.network(), session.config().train.loss, test, scratch, &predicted);
        return static_cast<double>(passes) * test.count();
    });
}

double training_flops_per_example(const std::vector<int>& sizes, int batch_size) {
    double flops = 0.0, weights = 0.0;
    for (size_t l = 0; l + 1 < sizes.size(); ++l) {
        const double in = sizes[l], out = sizes[l + 1];
        weights += out * (in + 1);
        flops += 2 * out * in;              // forward: z = Θ₀ + Σ Θⱼ aⱼ
        flops += out;                       // g(z)
        flops += 2 * out * in + out;        // ∂J/∂Θ += δ aᵀ (bias: += δ)
        if (l > 0) flops += 2 * out * in + 2 * in;  // Θᵀδ, then ⊙ g′ (g′ = 1 − a²: two more)
    }
    flops += 2 * sizes.back();              // δ⁽ᴸ⁾ = a − y, and J
    return flops + 3 * weights / batch_size;  // Θ −= α (g / m): divide, multiply, subtract per weight per step
}

double evaluation_flops_per_example(const std::vector<int>& sizes) {
    double flops = 0.0;
    for (size_t l = 0; l + 1 < sizes.size(); ++l) flops += 2.0 * sizes[l + 1] * sizes[l] + sizes[l + 1];
    return flops + 2 * sizes.back();  // J and the argmax
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
