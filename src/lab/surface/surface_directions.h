// The plane the loss surface is drawn on: Θ(u, v) = Θ_c + u·d₁ + v·d₂ around the current weights Θ_c.
//
// Random directions are filter-normalized as in Li et al. (2018), "Visualizing the Loss Landscape of Neural Nets":
// d ~ N(0, 1) per weight, then each filter — here each row of Θ⁽ˡ⁾, i.e. one unit's incoming weights — is
// rescaled to the norm of the same row of Θ:
//   dᵢ⁽ˡ⁾ := dᵢ⁽ˡ⁾ / ‖dᵢ⁽ˡ⁾‖ · ‖Θᵢ⁽ˡ⁾‖        (norms over the weight columns j ≥ 1)
// so that a step of u = 1 changes every unit by as much as its own weights are large, whatever the layer's scale.
// The bias column (j = 0) of a direction is set to 0, as the paper does for biases: the plane moves weights only.
#pragma once
#include <cstdint>
#include <vector>

#include "core/matrix.h"

namespace lab {

// One direction has the shapes of Θ: direction[l] is (s_{l+1}, s_l + 1), column 0 = bias.
using Direction = std::vector<core::Matrix>;

// ‖Θᵢ⁽ˡ⁾‖ over j ≥ 1 (the bias is not part of the filter).
double filter_norm(const core::Matrix& theta, int row);

// dᵢ⁽ˡ⁾ := dᵢ⁽ˡ⁾ / ‖dᵢ⁽ˡ⁾‖ · ‖Θᵢ⁽ˡ⁾‖ and the bias column := 0. A row of d that is all zeros stays zero.
void filter_normalize(Direction& d, const std::vector<core::Matrix>& theta);

// Two filter-normalized random directions; d₁ is drawn first, then d₂, both from core::Rng(seed), each in the
// order Θ⁽¹⁾ row by row, then Θ⁽²⁾ … The same seed gives the same plane on every platform.
void random_directions(const std::vector<core::Matrix>& theta, uint64_t seed, Direction& d1, Direction& d2);

// Θ flattened in the order Session::set_theta uses: Θ⁽¹⁾ row by row, then Θ⁽²⁾ …
std::vector<double> flatten(const std::vector<core::Matrix>& theta);

// The least-squares coordinates of a point in the plane. d₁ and d₂ are not orthogonal, so (u, v) comes from the
// normal equations of min ‖Θ_t − Θ_c − u d₁ − v d₂‖²:
//   [d₁·d₁  d₁·d₂] [u]   [d₁·Δ]
//   [d₁·d₂  d₂·d₂] [v] = [d₂·Δ],      Δ = Θ_t − Θ_c
class PlaneProjector {
public:
    PlaneProjector() = default;
    PlaneProjector(const std::vector<core::Matrix>& centre, const Direction& d1, const Direction& d2);

    // theta_flat as from flatten(); false (and u = v = 0) if its length is wrong or d₁ ∥ d₂.
    bool project(const std::vector<double>& theta_flat, double& u, double& v) const;

private:
    std::vector<double> centre_, d1_, d2_;
    double g11_ = 0.0, g12_ = 0.0, g22_ = 0.0;  // the Gram matrix dᵢ·dⱼ
};

}  // namespace lab
