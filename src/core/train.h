// Mini-batch gradient descent: the loop that forward(), backward() and optimizer_step() make together.
//
//   J(Θ) = (1/m) Σ_i J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾) + λ R(Θ)          over a mini-batch of m examples
//   ∂J/∂Θᵢⱼ⁽ˡ⁾ = (1/m) Σ aⱼ⁽ˡ⁾ δᵢ⁽ˡ⁺¹⁾ + λ ∂R/∂Θᵢⱼ⁽ˡ⁾   (no λ-term on the bias column j = 0)
//   Θ := Θ − α ∂J/∂Θ                                      (or momentum / Adam)
#pragma once
#include <cstdint>
#include <vector>

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
    Cache cache;                 // the last example's forward/backward values
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

// One update on the next mini-batch. Returns the batch's mean data loss (before the update).
// When per_example is given, it receives each example's cache (forward and backward values), in batch order.
double train_step(Trainer& trainer, const Dataset& train, std::vector<Cache>* per_example = nullptr);

// Mean data loss (no penalty) and classification accuracy of a network over a data set.
double mean_loss(const Network& net, Loss loss, const Dataset& data, Cache& scratch);
double accuracy(const Network& net, const Dataset& data, Cache& scratch);  // regression: 0
int predicted_class(const std::vector<double>& output);  // argmax, or (a ≥ 0.5) for one output

// FNV-1a over the bytes of every Θ: equal hashes ⇔ bit-identical weights (native vs WASM test).
uint64_t weights_hash(const Network& net);

}  // namespace core
