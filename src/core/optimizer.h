// Update rules Θ := Θ + ΔΘ, ΔΘ built from g = ∂J/∂Θ and the learning rate α, and the learning-rate schedule.
// Each vocabulary is one table (vocabulary.h): kOptimizers, kHyperParameters, kSchedules.
#pragma once
#include <string>
#include <vector>

#include "matrix.h"
#include "vocabulary.h"

namespace core {

enum class OptimizerKind { SGD, Momentum, Adam, RMSProp };
enum class Schedule { Constant, StepDecay };

struct OptimizerConfig {
    OptimizerConfig();  // every hyper-parameter at its kHyperParameters default
    OptimizerKind kind = OptimizerKind::SGD;
    double alpha = 0.03;  // α, the learning rate
    double momentum;      // μ   } the optimizers' hyper-parameters: which optimizer uses which, their ranges and
    double beta1;         // β₁  } defaults are in kHyperParameters and kOptimizers below
    double beta2;         // β₂  }
    double rho;           // ρ   }
    double epsilon;       // ε   }
    Schedule schedule = Schedule::Constant;
    int decay_every = 100;  // step decay: α_t = α · decay_factor^⌊epoch / decay_every⌋
    double decay_factor = 0.5;
};

struct HyperParameter {
    double OptimizerConfig::*field;
    const char* id;     // the JSON / URL key
    const char* label;  // the UI's slider label
    double lo, hi;      // the accepted range, for the UI and for untrusted input alike
    double fallback;    // the default
    bool logarithmic;   // spans decades: a slider should be logarithmic
};
inline constexpr HyperParameter kHyperParameters[] = {
    {&OptimizerConfig::momentum, "momentum", "momentum μ", 0.0, 0.999, 0.9, false},
    {&OptimizerConfig::beta1, "beta1", "β₁", 0.0, 0.999, 0.9, false},
    {&OptimizerConfig::beta2, "beta2", "β₂", 0.0, 0.99999, 0.999, false},
    {&OptimizerConfig::rho, "rho", "decay ρ", 0.0, 0.999, 0.9, false},
    {&OptimizerConfig::epsilon, "epsilon", "ε", 1e-12, 1e-2, 1e-8, true},
};
const HyperParameter* hyper_parameter(double OptimizerConfig::*field);  // its kHyperParameters entry

constexpr int kMaxHyperParameters = 3;
struct OptimizerInfo {
    OptimizerKind kind;
    const char* id;       // JSON / URL / CLI word
    const char* label;    // the UI's name
    const char* formula;  // the update rule in the lecture's notation, g = ∂J/∂Θ
    // Steps of about α per weight whatever the size of g: no fixed α is "too large" by curvature alone.
    bool scale_free;
    double OptimizerConfig::*uses[kMaxHyperParameters];  // the hyper-parameters it reads; unused slots nullptr
};
// The optimizers, in the order the UI and the optimizer race list them.
inline constexpr OptimizerInfo kOptimizers[] = {
    {OptimizerKind::SGD, "sgd", "SGD", "Θ := Θ − αg", false, {}},
    {OptimizerKind::Momentum, "momentum", "momentum", "v := μv − αg;  Θ := Θ + v", false, {&OptimizerConfig::momentum}},
    {OptimizerKind::Adam, "adam", "Adam",
     "m := β₁m + (1 − β₁)g;  v := β₂v + (1 − β₂)g²;  Θ := Θ − α m̂ / (√v̂ + ε),  m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)",
     true, {&OptimizerConfig::beta1, &OptimizerConfig::beta2, &OptimizerConfig::epsilon}},
    {OptimizerKind::RMSProp, "rmsprop", "RMSProp", "s := ρs + (1 − ρ)g²;  Θ := Θ − αg / (√s + ε)", true,
     {&OptimizerConfig::rho, &OptimizerConfig::epsilon}},
};
inline const OptimizerInfo& optimizer_info(OptimizerKind kind) {
    const OptimizerInfo* info = entry_of(kOptimizers, kind);
    return info ? *info : kOptimizers[0];
}

struct ScheduleInfo {
    Schedule kind;
    const char* id;       // JSON / URL / CLI word
    const char* label;    // the UI's name
    const char* formula;  // α_t, the rate used in epoch t
};
inline constexpr ScheduleInfo kSchedules[] = {
    {Schedule::Constant, "constant", "constant α", "α_t = α"},
    {Schedule::StepDecay, "step", "step decay of α", "α_t = α · f^⌊t / N⌋  (f = decay factor, N = every N epochs)"},
};

// What the optimizer remembers between steps.
struct OptimizerState {
    std::vector<Matrix> velocity;  // momentum's v, or Adam's first moment m
    std::vector<Matrix> second;    // Adam's second moment v, or RMSProp's running mean of g², s
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

inline const char* optimizer_name(OptimizerKind kind) { return id_of(kOptimizers, kind); }
inline bool parse_optimizer(const std::string& name, OptimizerKind& out) { return parse_id(kOptimizers, name, out); }
inline const char* schedule_name(Schedule schedule) { return id_of(kSchedules, schedule); }
inline bool parse_schedule(const std::string& name, Schedule& out) { return parse_id(kSchedules, name, out); }

}  // namespace core
