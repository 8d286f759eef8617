// Mini-batch gradient descent: the loop that forward(), backward() and optimizer_step() make together.
//
//   J(Θ) = (1/m) Σ_i J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾) + λ R(Θ)          over a mini-batch of m examples
//   ∂J/∂Θᵢⱼ⁽ˡ⁾ = (1/m) Σ aⱼ⁽ˡ⁾ δᵢ⁽ˡ⁺¹⁾ + λ ∂R/∂Θᵢⱼ⁽ˡ⁾   (no λ-term on the bias column j = 0)
//   Θ := Θ − α ∂J/∂Θ                                      (or momentum / Adam)
#pragma once
#include <cstdint>
#include <vector>

#include "batch.h"
#include "dataset.h"
#include "network.h"
#include "optimizer.h"
#include "regularization.h"
#include "rng.h"

namespace core {

struct TrainConfig {
    Loss loss = Loss::BinaryCrossEntropy;
    Regularization regularization = Regularization::None;
    double lambda = 0.0;
    Dropout dropout;
    OptimizerConfig optimizer;
    int batch_size = 10;  // 1 = SGD, N = full batch; clamped to the training set's size
};

// Everything one training run owns besides the data. Copyable: a copy is a snapshot.
struct Trainer {
    Network net;
    TrainConfig config;
    OptimizerState optimizer;
    std::vector<Matrix> dtheta;  // ∂J/∂Θ of the last step (averaged, λ-terms included)
    Cache cache;                 // the last example's forward/backward values (the step trace's path)
    Batch batch;                 // scratch of the batched path (free-running training): no state
    std::vector<int> order;      // the epoch's shuffled example order
    int next_in_epoch = 0;       // position in `order` where the next mini-batch starts
    long long epoch = 0;         // full passes over the training data completed
    long long steps = 0;         // updates made
    Rng shuffle_rng{1};
    uint64_t dropout_state = 1;
};

// `seed` drives the example order and dropout masks; train_count is the training set's size.
Trainer make_trainer(const Network& net, const TrainConfig& config, uint64_t seed, int train_count);

// The examples of the next mini-batch (indices into the training set), without consuming them.
std::vector<int> next_batch(const Trainer& trainer, int train_count);

// What one step did, for the step trace: filled only when asked for (free-running training records nothing).
struct StepRecord {
    std::vector<int> batch;           // training-set indices, in the order they were processed
    std::vector<Cache> caches;        // each example's forward and backward values
    std::vector<Matrix> dtheta;       // the averaged ∂J/∂Θ used for the update (λ-terms included)
    std::vector<Matrix> applied;      // ΔΘ: Θ_after = Θ_before + ΔΘ, bit for bit
    double alpha = 0.0;               // the learning rate used (after the schedule)
    double loss = 0.0;                // mean data loss of the batch, before the update
    long long epoch = 0;              // epoch and step counters before the update
    long long step = 0;
};

// Whether a step computes the batch's loss: J per example costs a log or more, and only a caller that reads it
// (the divergence watch) should pay for it.
enum class StepLoss { Computed, NotNeeded };

// One update on the next mini-batch. Returns the batch's mean data loss (before the update), or NaN when `loss`
// is NotNeeded. Without a record the batch goes through as matrices (batch.h); with one, example by example
// through forward() and backward(), each example's Cache kept. Both give the same bits.
double train_step(Trainer& trainer, const Dataset& train, StepRecord* record = nullptr,
                  StepLoss loss = StepLoss::Computed);

// Mean data loss (no penalty) and classification accuracy of a network over a data set, from one forward pass
// per example (the epoch history needs both; the forward pass with its tanh calls is the whole cost).
struct Evaluation {
    double loss = 0.0;      // (1/n) Σ J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾); 0 for an empty set
    double accuracy = 0.0;  // share of examples whose predicted class is the label; 0 for regression
};
// `predicted`, when given and the data has classes: each example's predicted class, from the same pass (the
// confusion matrix needs them; a second pass would double the cost).
// The examples go through as matrices, kBatchColumns at a time, on `scratch`.
Evaluation evaluate(const Network& net, Loss loss, const Dataset& data, Batch& scratch,
                    std::vector<int>* predicted = nullptr);
int predicted_class(const std::vector<double>& output);  // argmax, or (a ≥ 0.5) for one output

// FNV-1a over the bytes of every Θ: equal hashes ⇔ bit-identical weights (native vs WASM test).
uint64_t weights_hash(const Network& net);

}  // namespace core
