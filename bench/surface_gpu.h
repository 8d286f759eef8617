// The GPU loss surface measured and checked on its own session (the case: the 2-8-8-1 tanh network,
// 250 training examples, random directions), for scripts/bench.sh, tests/app_surface.sh (--check-surface) and the
// page's bplab.surfaceBenchmark / surfaceCompare. Each makes its own render::LossGridGpu: needs a current GL context.
#pragma once
#include "lab/surface/surface_lab.h"

namespace bench {

// Refreshes per second of `count` refreshes (recentre on the trained Θ + GPU evaluation + read-back) of a 64 × 64
// grid (sampled as 65 × 65), each after 5 training steps; 0 without the GPU.
double surface_refreshes_per_second(int count);

// The GPU grid against the CPU sampler's over the same plane: the largest |J_gpu − J_cpu| / max(1, |J_cpu|)
// (−1 without the GPU), and the largest absolute difference.
double surface_gpu_vs_cpu(lab::SurfaceMode mode, int resolution, double& max_abs_difference);

}  // namespace bench
