// Throughput figures for scripts/bench.sh, measured by the same code natively, under node and in the page (the
// JS API calls these too), so that the WASM/native ratio compares like with like.
//
// The training workload is the issue's: a 500-point spiral, 50% of it for training, tanh hidden layers, sigmoid
// output with cross-entropy, plain SGD, mini-batches of 10, double precision. One "example" is one forward pass,
// one backward pass and its share of the update: core::train_step() exactly as free-running training calls it.
#pragma once
#include <vector>

#include "lab/io/config.h"

namespace lab {

// The workload above for a 2-hidden…-1 network (e.g. hidden = {8, 8} for 2-8-8-1).
LabConfig benchmark_config(const std::vector<int>& hidden);

// Examples per second of core::train_step on benchmark_config(hidden).
// Runs for about `seconds` in rounds and returns the best round (the machine is shared; the best round is the
// least disturbed one).
double training_examples_per_second(const std::vector<int>& hidden, double seconds);

// Examples per second of the App's free-running training on the same workload: lab::Stepper::run_steps, which
// around each core::train_step also keeps a rewind snapshot, the divergence watch's restore point and the epoch
// history. The gap to training_examples_per_second is what the lab adds per step.
double app_training_examples_per_second(const std::vector<int>& hidden, double seconds);

// Examples per second of core::evaluate (loss, accuracy and the confusion matrix's predicted classes) over the
// digits lesson's test set (64-16-10, tanh, softmax): the loss table's and the confusion matrix's pass.
double digits_evaluation_examples_per_second(double seconds);

// Floating-point operations (+ − × ÷ of the matrix products, δ and the update; each exp, tanh or log counted as
// one) that a training example, or an evaluation, costs on a network of these layer sizes: what turns a rate into
// GFLOP/s. Training: forward z = Θa, δ⁽ᴸ⁾, Θᵀδ and g′, ∂J/∂Θ += δaᵀ, and 1/batch of the SGD update.
double training_flops_per_example(const std::vector<int>& sizes, int batch_size);
double evaluation_flops_per_example(const std::vector<int>& sizes);

// Grid points per second of the CPU decision-boundary path (lab::evaluate_unit_grid on the output unit) for the
// same network, trained for a few epochs first so that its activations are not all near zero.
double boundary_points_per_second(const std::vector<int>& hidden, int resolution, double seconds);

}  // namespace lab
