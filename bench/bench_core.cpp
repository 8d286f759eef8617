// The core's figures for scripts/bench.sh: training throughput and the CPU decision-boundary path.
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
        std::printf("train_%s_%s: %.0f examples/s\n", net.name, where.c_str(),
                    lab::training_examples_per_second(net.hidden, seconds));
        std::fflush(stdout);
    }
    std::printf("train_2-8-8-1_app_%s: %.0f examples/s (Stepper::run_steps: rewind snapshot and restore point per step)\n",
                where.c_str(), lab::app_training_examples_per_second({8, 8}, seconds));
    std::printf("boundary_cpu_2-8-8-1_%s: %.0f points/s\n", where.c_str(),
                lab::boundary_points_per_second({8, 8}, 256, seconds));
    return 0;
}
