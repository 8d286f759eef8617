// The step trace: one training step (one example or a whole mini-batch) as an ordered list of events, each with
// its formula in the lecture's notation, the same formula with the numbers substituted, and the result.
//
// The events are read off the training cache of a real core::train_step — there is no second, "teaching"
// implementation that could disagree with the one that trains.
//
// Order: for each example of the batch — forward nodes layer by layer, the loss, the output δs, the hidden δs from
// the last hidden layer back; then for the batch — ∂J/∂Θ row by row (one event per node's incoming weights), from
// the last Θ back; then the updates, row by row.
#pragma once
#include <string>
#include <vector>

#include "core/features.h"
#include "core/train.h"

namespace lab {

enum class Phase { Forward, Loss, OutputDelta, HiddenDelta, Gradient, Update };

// The phases in the order a step computes them, with the names views, exports and the JS API use, and the words
// the narration (narration.h) says: a node's phase is said with its layer and unit, Θ's with its layer and row.
struct PhaseEntry {
    Phase phase;
    const char* name;
    const char* spoken;
};
inline constexpr PhaseEntry kPhases[] = {{Phase::Forward, "forward", "Forward pass"},
                                         {Phase::Loss, "loss", "Loss"},
                                         {Phase::OutputDelta, "output δ", "Output delta"},
                                         {Phase::HiddenDelta, "hidden δ", "Hidden delta"},
                                         {Phase::Gradient, "gradient", "Gradient"},
                                         {Phase::Update, "update", "Update"}};

struct TraceEvent {
    Phase phase = Phase::Forward;
    int example = -1;  // position in the batch for per-example events; −1 for Gradient and Update
    int layer = 0;     // Forward/δ: the node's layer (0-based, 0 = input); Gradient/Update: l of Θ⁽ˡ⁺¹⁾ (0-based)
    int unit = 0;      // Forward/δ: the node (0-based); Gradient/Update: row i of Θ (the receiving node)
    std::string formula;   // e.g. "δ₁⁽³⁾ = a₁⁽³⁾ − y₁"
    std::string numbers;   // e.g. "δ₁⁽³⁾ = 0.7311 − 1 = −0.2689"
    double result = 0.0;   // a (Forward), J (Loss), δ (deltas), ∂J/∂Θᵢ₀ (Gradient), new Θᵢ₀ (Update)
    std::vector<double> values;  // Gradient: ∂J/∂Θᵢⱼ, j = 0..s_l; Update: ΔΘᵢⱼ (Θ_after = Θ_before + ΔΘ)
    // Forward and hidden δ events under dropout, the two factors of a = g(z) · m / (1 − p) apart: the mask m (1 kept,
    // 0 dropped) and the rescale 1/(1 − p). m = −1 without dropout.
    double dropout_m = -1.0;
    double dropout_rescale = 1.0;
};

struct StepTrace {
    core::StepRecord record;      // what train_step computed: batch, caches, ∂J/∂Θ, ΔΘ, α
    core::Network before;         // Θ before the update
    core::Network after;          // Θ after
    std::vector<TraceEvent> events;
};

// Performs one real training step on `trainer` and records it. `features`: what the input layer holds (train's rows
// are their values, core/features.h); the first layer's z names them (Θ₁₃⁽¹⁾x₁x₂) instead of a⁽¹⁾.
StepTrace trace_step(core::Trainer& trainer, const core::Dataset& train, core::FeatureSet features = 0);

// Θ_before + ΔΘ from the Update events: reproduces trace.after bit for bit.
core::Network apply_updates(const StepTrace& trace);

const char* phase_name(Phase phase);  // its name in kPhases

}  // namespace lab
