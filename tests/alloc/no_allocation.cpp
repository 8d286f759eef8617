// Free-running training allocates nothing per step: core::train_step without a StepRecord (the batched path,
// core/batch.h, in blocks of kBatchColumns examples when the mini-batch is longer), for every optimizer,
// regularizer, dropout, softmax and regression; lab::Session::train_steps and lab::Stepper::run_steps (the App's
// "train" mode: no trace, a snapshot per step into a ring that is full after kTimelineSteps steps), whose only
// allocations are the per-epoch loss history growing, amortized.
//
// A test executable of its own, because it replaces the global operator new to count calls — a test-only global
// that must not leak into bplab_tests. Exits non-zero and names the case if anything allocated.
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>

#include "core/dataset.h"
#include "core/init.h"
#include "core/train.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/session.h"
#include "lab/teach/stepper.h"

namespace {
long long g_allocations = 0;  // operator new calls so far (test-only global: what this program measures)
}  // namespace

void* operator new(std::size_t size) {
    ++g_allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace {

int failures = 0;

void expect_at_most(const std::string& name, long long allocations, long long allowed) {
    const bool ok = allocations <= allowed;
    std::printf("%s %s: %lld allocations (allowed %lld)\n", ok ? "ok  " : "FAIL", name.c_str(), allocations, allowed);
    if (!ok) ++failures;
}

struct Case {
    std::string name;
    core::DatasetKind data;
    core::Activation hidden, output;
    core::Loss loss;
    core::OptimizerKind optimizer;
    core::Regularization regularization;
    double dropout;
    int batch_size = 10;
};

// Warm up for two epochs (buffers sized, shuffles done), then 1,000 more steps must not allocate at all.
void check_train_step(const Case& c) {
    const core::Dataset data = core::make_dataset(c.data, 200, 0.1, 7);
    std::vector<int> sizes = {data.n_in, 8, 8, data.n_out};
    core::Network net = core::make_network(sizes, c.hidden, c.output);
    core::Rng rng(3);
    core::initialize(net, core::Init::Xavier, rng, 0.5);
    core::TrainConfig config;
    config.loss = c.loss;
    config.optimizer.kind = c.optimizer;
    config.regularization = c.regularization;
    config.lambda = c.regularization == core::Regularization::None ? 0.0 : 1e-3;
    config.dropout.rate = c.dropout;
    config.batch_size = c.batch_size;
    core::Trainer trainer = core::make_trainer(net, config, 5, data.count());
    for (int k = 0; k < 40; ++k) core::train_step(trainer, data);
    const long long before = g_allocations;
    for (int k = 0; k < 1000; ++k) core::train_step(trainer, data);
    const long long allocations = g_allocations - before;  // read before building the name (which may allocate)
    expect_at_most("train_step " + c.name, allocations, 0);

    // and evaluation, on a scratch Batch that has been through one pass
    core::Batch scratch;
    std::vector<int> predicted;
    core::evaluate(trainer.net, c.loss, data, scratch, &predicted);
    const long long before_evaluation = g_allocations;
    for (int k = 0; k < 20; ++k) core::evaluate(trainer.net, c.loss, data, scratch, &predicted);
    const long long evaluation_allocations = g_allocations - before_evaluation;  // before the name allocates
    expect_at_most("evaluate " + c.name, evaluation_allocations, 0);
}

}  // namespace

int main() {
    using core::Activation;
    using core::DatasetKind;
    using core::Loss;
    using core::OptimizerKind;
    using core::Regularization;
    const Case cases[] = {
        {"sgd tanh/sigmoid bce", DatasetKind::Spiral, Activation::Tanh, Activation::Sigmoid, Loss::BinaryCrossEntropy,
         OptimizerKind::SGD, Regularization::None, 0.0},
        {"sgd tanh/sigmoid bce, 150 a batch (blocks)", DatasetKind::Spiral, Activation::Tanh, Activation::Sigmoid,
         Loss::BinaryCrossEntropy, OptimizerKind::SGD, Regularization::None, 0.0, 150},
        {"momentum relu l2", DatasetKind::Circle, Activation::ReLU, Activation::Sigmoid, Loss::BinaryCrossEntropy,
         OptimizerKind::Momentum, Regularization::L2, 0.0},
        {"adam sigmoid l1 dropout", DatasetKind::Xor, Activation::Sigmoid, Activation::Sigmoid,
         Loss::BinaryCrossEntropy, OptimizerKind::Adam, Regularization::L1, 0.2},
        {"softmax cross-entropy", DatasetKind::Spiral3, Activation::Tanh, Activation::Softmax,
         Loss::SoftmaxCrossEntropy, OptimizerKind::SGD, Regularization::None, 0.0},
        {"hinge", DatasetKind::Spiral3, Activation::LeakyReLU, Activation::Linear, Loss::MulticlassHinge,
         OptimizerKind::SGD, Regularization::None, 0.0},
        {"regression mse", DatasetKind::Plane2D, Activation::Tanh, Activation::Linear, Loss::MSE, OptimizerKind::SGD,
         Regularization::None, 0.0},
        {"sigmoid mse, not a matched pair", DatasetKind::Circle, Activation::Tanh, Activation::Sigmoid, Loss::MSE,
         OptimizerKind::SGD, Regularization::None, 0.3},
    };
    for (const Case& c : cases) check_train_step(c);

    // The app's loop: Session::train_steps. 2,000 steps of the default lesson are 80 epochs; each epoch appends
    // one record to the loss history, whose vector grows by doubling: a handful of allocations, none per step.
    lab::Session session(lab::LabConfig{});
    session.train_steps(60);
    const long long before = g_allocations;
    session.train_steps(2000);
    const long long session_allocations = g_allocations - before;  // before the name's string allocates
    expect_at_most("Session::train_steps (80 epochs)", session_allocations, 8);

    lab::Stepper stepper(lab::LabConfig{});
    stepper.run_steps(lab::Stepper::kTimelineSteps + 10);  // the snapshot ring filled once
    const long long before_stepper = g_allocations;
    stepper.run_steps(2000);
    const long long stepper_allocations = g_allocations - before_stepper;
    expect_at_most("Stepper::run_steps (80 epochs)", stepper_allocations, 8);
    expect_at_most("Stepper::run_steps leaves no trace", stepper.trace() == nullptr ? 0 : 1, 0);

    std::printf("%s\n", failures == 0 ? "all passed" : "FAILED");
    return failures == 0 ? 0 : 1;
}
