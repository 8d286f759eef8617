// Lesson 5's diagnosis of a network over its training data: how large the gradient is layer by layer, and which
// hidden units pass no gradient back.
//   dead:       a ReLU unit with z ≤ 0 on every example looked at: g′ = 0 always, so its weights never change
//   saturated:  a squashing unit (sigmoid, tanh) with |g′(z)| < 0.01 on most examples
//   layer size: ‖∂J/∂Θ⁽ˡ⁾‖ = sqrt(Σᵢⱼ (∂J/∂Θᵢⱼ⁽ˡ⁾)²) of the mean data loss, and mean |δ⁽ˡ⁺¹⁾| over units and examples
// In a deep sigmoid net both shrink towards the input layer (each layer multiplies by g′ ≤ 0.25); with ReLU they
// do not. Regularization and dropout are left out: the diagnosis is about g.
#pragma once
#include <array>
#include <vector>

#include "core/dataset.h"
#include "core/network.h"

namespace lab {

enum class UnitHealth { Healthy, Dead, Saturated };

struct UnitHealthInfo {
    UnitHealth kind;
    const char* name;    // the mark's word in the network view and the state JSON
    const char* legend;  // the network view's legend, the rule in the lecture's notation
};

inline constexpr std::array<UnitHealthInfo, 3> kUnitHealth = {{
    {UnitHealth::Healthy, "healthy", ""},
    {UnitHealth::Dead, "dead", "dead: ReLU with z ≤ 0 on every example (g′ = 0)"},
    {UnitHealth::Saturated, "saturated", "saturated: |g′(z)| < 0.01 on most examples"},
}};
const UnitHealthInfo& unit_health_info(UnitHealth kind);

inline constexpr double kSaturatedSlope = 0.01;  // |g′(z)| below this passes (almost) nothing back
inline constexpr int kHealthExamples = 256;      // the first training examples looked at (enough to judge a unit)

struct LayerGradientSize {
    double theta_norm = 0.0;      // ‖∂J/∂Θ⁽ˡ⁾‖
    double mean_abs_delta = 0.0;  // mean |δ⁽ˡ⁺¹⁾|
};

struct NetworkHealth {
    std::vector<std::vector<UnitHealth>> units;  // [layer][unit], 0-based layers; the input and output: Healthy
    std::vector<LayerGradientSize> layers;       // [l] for Θ⁽ˡ⁺¹⁾ (0-based, as net.theta)
    int examples = 0;                            // how many examples were looked at
    int count(UnitHealth kind) const;
};

// Whether g can saturate (bounded and smooth: sigmoid, tanh) or die (ReLU) — the activation table decides.
bool can_saturate(core::Activation g);
bool can_die(core::Activation g);

// The network as it is, over the first kHealthExamples training examples (fewer if the data has fewer).
NetworkHealth network_health(const core::Network& net, const core::Dataset& data, core::Loss loss);

// The same Θ with another hidden g beside it, so the slide's comparison is live: ReLU beside any other g, sigmoid
// beside ReLU.
struct HealthComparison {
    NetworkHealth net;       // the network as it is
    core::Activation compared_g = core::Activation::ReLU;
    NetworkHealth compared;  // the same Θ with compared_g in the hidden layers
};
HealthComparison compare_health(const core::Network& net, const core::Dataset& data, core::Loss loss);

}  // namespace lab
