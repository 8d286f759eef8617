// Update rules Θ := Θ − α · (something built from ∂J/∂Θ), and the learning-rate schedule.
#pragma once
#include <string>
#include <vector>

#include "matrix.h"

namespace core {

enum class OptimizerKind { SGD, Momentum, Adam };
enum class Schedule { Constant, StepDecay };

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::SGD;
    double alpha = 0.03;       // α, the learning rate
    double momentum = 0.9;     // μ:  v := μ v − α g,  Θ := Θ + v
    double beta1 = 0.9;        // Adam: m := β₁ m + (1 − β₁) g
    double beta2 = 0.999;      //       v := β₂ v + (1 − β₂) g²
    double adam_epsilon = 1e-8;//       Θ := Θ − α m̂ / (sqrt(v̂) + ε)
    Schedule schedule = Schedule::Constant;
    int decay_every = 100;     // step decay: α_t = α · decay_factor^⌊epoch / decay_every⌋
    double decay_factor = 0.5;
};

// What the optimizer remembers between steps.
struct OptimizerState {
    std::vector<Matrix> velocity;  // momentum's v, or Adam's first moment m
    std::vector<Matrix> second;    // Adam's second moment v
    long long steps = 0;           // t, number of updates so far
    double beta1_t = 1.0;          // β₁^t and β₂^t, kept as running products (no pow)
    double beta2_t = 1.0;
};

void reset_optimizer(OptimizerState& state, const std::vector<Matrix>& theta);
double learning_rate_at(const OptimizerConfig& config, long long epoch);
// One update of Θ with gradient g = dtheta and learning rate alpha (already scheduled): Θ := Θ + ΔΘ.
// When `applied` is given it receives ΔΘ, so that before + ΔΘ reproduces the new Θ bit for bit.
void optimizer_step(const OptimizerConfig& config, double alpha, OptimizerState& state, std::vector<Matrix>& theta,
                    const std::vector<Matrix>& dtheta, std::vector<Matrix>* applied = nullptr);

const char* optimizer_name(OptimizerKind kind);  // "sgd", "momentum", "adam"
bool parse_optimizer(const std::string& name, OptimizerKind& out);

}  // namespace core
