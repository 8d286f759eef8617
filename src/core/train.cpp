#include "train.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace core {
namespace {

void shuffle_order(Trainer& trainer) {
    // Fisher–Yates with our own RNG: the same order on every platform.
    std::vector<int>& order = trainer.order;
    for (int i = static_cast<int>(order.size()) - 1; i > 0; --i) std::swap(order[i], order[trainer.shuffle_rng.below(i + 1)]);
}

int batch_size_for(const Trainer& trainer) {
    const int n = static_cast<int>(trainer.order.size());
    return std::max(1, std::min(trainer.config.batch_size, n));
}

}  // namespace

Trainer make_trainer(const Network& net, const TrainConfig& config, uint64_t seed, int train_count) {
    Trainer trainer;
    trainer.net = net;
    trainer.config = config;
    trainer.dtheta = zeros_like(net.theta);
    reset_optimizer(trainer.optimizer, net.theta);
    resize_cache(net, trainer.cache);
    trainer.shuffle_rng = Rng(seed * 2 + 1);
    trainer.dropout_state = seed * 2 + 2;
    trainer.order.resize(static_cast<size_t>(std::max(0, train_count)));
    for (int i = 0; i < train_count; ++i) trainer.order[static_cast<size_t>(i)] = i;
    shuffle_order(trainer);
    return trainer;
}

std::vector<int> next_batch(const Trainer& trainer, int train_count) {
    std::vector<int> batch;
    if (train_count <= 0 || static_cast<int>(trainer.order.size()) != train_count) return batch;
    const int end = std::min(train_count, trainer.next_in_epoch + batch_size_for(trainer));  // the last batch may be short
    for (int k = trainer.next_in_epoch; k < end; ++k) batch.push_back(trainer.order[static_cast<size_t>(k)]);
    return batch;
}

namespace {

// Σ over the batch of each example's ∂J/∂Θ into trainer.dtheta, example by example, keeping each one's Cache when
// asked: the textbook path, and the step trace's. Returns Σ J.
double add_gradients_one_by_one(Trainer& trainer, const Dataset& train, int begin, int end, StepRecord* record) {
    double loss_sum = 0.0;
    for (int k = begin; k < end; ++k) {
        const int i = trainer.order[static_cast<size_t>(k)];
        forward(trainer.net, train.x_row(i), trainer.cache, trainer.config.dropout, trainer.dropout_state);
        backward(trainer.net, train.y_row(i), trainer.config.loss, trainer.cache, trainer.dtheta);
        loss_sum += trainer.cache.loss;
        if (record) {
            record->batch.push_back(i);
            record->caches.push_back(trainer.cache);
        }
    }
    return loss_sum;
}

// The same sums with the batch as matrices, kBatchColumns examples at a time (in order, so the sums keep theirs).
// Returns Σ J, or 0 when the loss is not needed.
double add_gradients_as_matrices(Trainer& trainer, const Dataset& train, int begin, int end, StepLoss loss) {
    double loss_sum = 0.0;
    Batch& batch = trainer.batch;
    for (int first = begin; first < end; first += kBatchColumns) {
        const int m = std::min(kBatchColumns, end - first);
        load_batch(trainer.net, train, trainer.order.data() + first, m, batch);
        forward_batch(trainer.net, batch, trainer.config.dropout, trainer.dropout_state);
        if (loss == StepLoss::Computed)
            for (double J : batch_losses(trainer.config.loss, batch)) loss_sum += J;
        backward_batch(trainer.net, trainer.config.loss, batch, trainer.dtheta);
    }
    return loss_sum;
}

}  // namespace

double train_step(Trainer& trainer, const Dataset& train, StepRecord* record, StepLoss loss) {
    const int n = train.count();
    if (n == 0) return 0.0;
    if (static_cast<int>(trainer.order.size()) != n) trainer = make_trainer(trainer.net, trainer.config, trainer.shuffle_rng.state(), n);

    const int begin = trainer.next_in_epoch;
    const int end = std::min(n, begin + batch_size_for(trainer));
    const double m = end - begin;

    for (Matrix& g : trainer.dtheta) std::fill(g.v.begin(), g.v.end(), 0.0);
    if (record) {
        record->batch.clear();
        record->caches.clear();
        record->epoch = trainer.epoch;
        record->step = trainer.steps;
    }
    const double loss_sum = record ? add_gradients_one_by_one(trainer, train, begin, end, record)
                                   : add_gradients_as_matrices(trainer, train, begin, end, loss);
    // ∂J/∂Θ = (1/m) Σ aⱼ δᵢ + λ ∂R/∂Θ
    for (Matrix& g : trainer.dtheta)
        for (double& value : g.v) value /= m;
    add_penalty_gradient(trainer.config.regularization, trainer.config.lambda, trainer.net.theta, trainer.dtheta);

    const double alpha = learning_rate_at(trainer.config.optimizer, trainer.epoch);
    optimizer_step(trainer.config.optimizer, alpha, trainer.optimizer, trainer.net.theta, trainer.dtheta,
                   record ? &record->applied : nullptr);
    if (record) {
        record->dtheta = trainer.dtheta;
        record->alpha = alpha;
        record->loss = loss_sum / m;
    }

    ++trainer.steps;
    trainer.next_in_epoch = end;
    if (end == n) {  // a full pass over the training data: one epoch
        ++trainer.epoch;
        trainer.next_in_epoch = 0;
        shuffle_order(trainer);
    }
    return loss == StepLoss::Computed || record ? loss_sum / m : std::numeric_limits<double>::quiet_NaN();
}

int predicted_class(const std::vector<double>& output) {
    if (output.size() == 1) return output[0] >= 0.5 ? 1 : 0;
    return static_cast<int>(std::max_element(output.begin(), output.end()) - output.begin());
}

Evaluation evaluate(const Network& net, Loss loss, const Dataset& data, Batch& scratch, std::vector<int>* predicted) {
    const int n = data.count();
    Evaluation result;
    const bool classify = data.task != Task::Regression;
    if (predicted) predicted->assign(classify ? static_cast<size_t>(n) : 0, -1);
    if (n == 0) return result;
    double sum = 0.0;
    int correct = 0;
    int rows[kBatchColumns];
    for (int first = 0; first < n; first += kBatchColumns) {
        const int m = std::min(kBatchColumns, n - first);
        for (int e = 0; e < m; ++e) rows[e] = first + e;
        load_batch(net, data, rows, m, scratch);
        forward_batch(net, scratch);
        const std::vector<double>& losses = batch_losses(loss, scratch);
        for (int e = 0; e < m; ++e) {
            const int i = first + e;
            sum += losses[static_cast<size_t>(e)];
            if (!classify) continue;
            const int k = batch_predicted_class(scratch, e);
            if (k == data.label(i)) ++correct;
            if (predicted) (*predicted)[static_cast<size_t>(i)] = k;
        }
    }
    result.loss = sum / n;
    result.accuracy = classify ? static_cast<double>(correct) / n : 0.0;
    return result;
}

uint64_t weights_hash(const Network& net) {
    uint64_t hash = 14695981039346656037ULL;  // FNV-1a offset basis
    for (const Matrix& t : net.theta) {
        for (double w : t.v) {
            unsigned char bytes[sizeof(double)];
            std::memcpy(bytes, &w, sizeof w);
            for (unsigned char b : bytes) hash = (hash ^ b) * 1099511628211ULL;  // FNV prime
        }
    }
    return hash;
}

}  // namespace core
