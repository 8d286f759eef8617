// The core's figures for scripts/bench.sh: training throughput, the digits test set's evaluation and the CPU
// decision-boundary path, each rate with the GFLOP/s it means (benchmark.h counts the operations).
// Built natively (bench/bplab_bench) and for node (bplab_bench.js); both print the same lines,
//   NAME_<where>: VALUE UNIT
// usage: bplab_bench WHERE [SECONDS]      WHERE names the build in the output (native, node); SECONDS per figure
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "benchmark.h"

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: bplab_bench WHERE [SECONDS]   (WHERE: native, node, ...)\n");
        return 2;
    }
    const std::string where = argv[1];
    const double seconds = argc == 3 ? std::atof(argv[2]) : 2.0;
    if (!(seconds > 0.0)) {
        std::fprintf(stderr, "bplab_bench: SECONDS must be a positive number, not '%s'\n", argv[2]);
        return 2;
    }
    const struct {
        const char* name;
        std::vector<int> hidden;
    } networks[] = {{"2-4-2-1", {4, 2}}, {"2-8-8-1", {8, 8}}};
    for (const auto& net : networks) {
        std::vector<int> sizes = {2};
        sizes.insert(sizes.end(), net.hidden.begin(), net.hidden.end());
        sizes.push_back(1);
        const double rate = lab::training_examples_per_second(net.hidden, seconds);
        std::printf("train_%s_%s: %.0f examples/s (%.2f GFLOP/s)\n", net.name, where.c_str(), rate,
                    rate * lab::training_flops_per_example(sizes, 10) * 1e-9);
        std::fflush(stdout);
    }
    const double digits = lab::digits_evaluation_examples_per_second(seconds);
    std::printf("eval_digits_test_%s: %.0f examples/s (%.2f GFLOP/s)\n", where.c_str(), digits,
                digits * lab::evaluation_flops_per_example({64, 16, 10}) * 1e-9);
    std::fflush(stdout);
    std::printf("train_2-8-8-1_app_%s: %.0f examples/s (Stepper::run_steps: rewind snapshot and restore point per step)\n",
                where.c_str(), lab::app_training_examples_per_second({8, 8}, seconds));
    std::printf("boundary_cpu_2-8-8-1_%s: %.0f points/s\n", where.c_str(),
                lab::boundary_points_per_second({8, 8}, 256, seconds));
    return 0;
}
