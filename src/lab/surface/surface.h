// The loss surface: J over an n × n grid of a plane through the current weights Θ_c,
//   J(u, v) = J(Θ_c + u·d₁ + v·d₂),   u, v ∈ [−span, span],
// with J = (1/m) Σᵢ J(h_Θ(x⁽ⁱ⁾), y⁽ⁱ⁾) + λ R(Θ) over the given data — the same number as core::objective.
//
// The sampler works on its own copies (network, data, core::PlaneLoss), never on the network being shown, and is
// spread over frames: start() once, then advance(budget) each frame until it returns true. It goes coarse to fine
// (progressive_order): every 4th row and column first (17 × 17 of a 65 × 65 grid), then every 2nd, then the
// rest, and a computed cell also stands in for the not yet computed cells it covers, so the whole picture shows
// after a few percent of the work and sharpens. The values are core::PlaneLoss's: J(Θ_c) exactly at the centre,
// within 1e−13 relative of the full forward pass elsewhere (plane_loss.h says why).
//
// Grid coordinates: n is odd and uₖ = span·(k − c)/c with c = (n − 1)/2, so the centre cell (c, c) is exactly
// u = v = 0, i.e. exactly Θ_c, and its value equals J(Θ_c) bit for bit; the grid is symmetric about it.
#pragma once
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/network.h"
#include "core/plane_loss.h"
#include "core/train.h"
#include "lab/surface/surface_directions.h"

namespace lab {

enum class SurfaceMode {
    PickedWeights,      // d₁, d₂ = unit vectors of two chosen weights; plane coordinates = the weights' values
    RandomDirections,   // two seeded, filter-normalized random directions; plane coordinates = (u, v)
    ExactTwoParameter,  // the 1→1 network of an ExactProblem: first = w = Θ₁₁, second = b = Θ₁₀ (absolute values);
                        // centre the view anywhere with start(spec, problem.network(w, b), problem.data, problem.config)
};

// One weight Θᵢⱼ⁽ˡ⁺¹⁾, 0-based like the code: layer 0 = Θ⁽¹⁾, j = 0 is the bias column.
struct WeightRef {
    int layer = 0;
    int i = 0;
    int j = 0;
};

struct SurfaceSpec {
    SurfaceMode mode = SurfaceMode::RandomDirections;
    int resolution = 65;      // requested n; clamped to 32..128, then made odd (even n → n + 1): 33..129
    double span = 1.0;        // u, v ∈ [−span, span]; for picked weights / exact mode in weight units
    WeightRef first;          // PickedWeights: the weight along u
    WeightRef second{0, 0, 1};//               the weight along v
    uint64_t direction_seed = 1;  // RandomDirections
};

constexpr int kMinSurfaceResolution = 32;
constexpr int kMaxSurfaceResolution = 128;

struct SurfaceGrid {
    int resolution = 0;            // n (odd): cells per side
    double span = 0.0;
    std::vector<double> axis_u;    // plane coordinate of column k (picked/exact: Θ_c's weight + uₖ; random: uₖ)
    std::vector<double> axis_v;    // plane coordinate of row k
    // J of cell (row r, column k) at values[r·n + k]. A cell not computed yet holds the value of the coarser cell
    // that covers it (or, while a recentred grid is refilled, its previous value); NaN before any.
    std::vector<double> values;
    int computed = 0;              // cells computed so far (in progressive_order)
    double min = 0.0;              // over the finite values computed so far
    double max = 0.0;
    int min_index = -1;            // r·n + k of the lowest cell, −1 before any finite value
    double centre_loss = 0.0;      // J(Θ_c): known at start(); the centre cell equals it exactly

    int centre() const { return resolution / 2; }  // c, the row and column of Θ_c
    double at(int row, int column) const { return values[static_cast<size_t>(row) * resolution + column]; }
};

// J(Θ) = mean data loss over all of `data` + λ R(Θ), summed in example order exactly as core::objective does,
// but with the caller's scratch Batch (no allocation once it fits the network).
double surface_objective(const core::Network& net, const core::TrainConfig& config, const core::Dataset& data,
                         core::Batch& cache);

// The order in which an n × n grid's cells are computed: level by level, the cells whose row and column are
// multiples of the level's stride (the first stride: the largest power of two that leaves at least 16 intervals a
// side, then halved down to 1), each level in row order and without the cells of the levels before. Every cell
// exactly once. stride[k] is the stride of the level that computes order[k], i.e. the side of the block of cells
// around it (rows and columns −stride/2 … stride/2 − 1 away) it stands in for until finer ones are computed.
struct ProgressiveOrder {
    std::vector<int> order;   // r·n + k
    std::vector<int> stride;
};
ProgressiveOrder progressive_order(int n);

class SurfaceSampler {
public:
    // Copies what it needs and computes J(Θ_c). False, with error() set and nothing to advance, when the spec does
    // not fit the network (weight out of range, the same weight twice, exact mode on a network that is not 1→1,
    // span not finite or ≤ 0, empty data). note() says how the resolution was clamped, if it was.
    // Started again with the same spec (a recentre), the previous values stay as the preview until overwritten.
    bool start(const SurfaceSpec& spec, const core::Network& network, const core::Dataset& data,
               const core::TrainConfig& config);
    // Computes up to max_evaluations more cells (one evaluation = J over all m examples).
    // Returns true when the grid is complete (or there is nothing to do).
    bool advance(int max_evaluations);

    bool started() const { return started_; }  // start() succeeded; the grid and project() are usable
    bool done() const { return !started_ || grid_.computed == cell_count(); }
    double progress() const;  // 0..1
    // Cells a side of the finest level computed so far (17, 33, then n for a 65 × 65 grid); 0 before the first.
    int detail() const;
    const SurfaceGrid& grid() const { return grid_; }
    const SurfaceSpec& spec() const { return spec_; }  // as used: resolution clamped, exact-mode weights filled in
    const std::string& note() const { return note_; }
    const std::string& error() const { return error_; }
    // d₁ (which = 1) or d₂ in Θ's shapes; picked/exact mode: all zeros but a 1 at the weight
    const Direction& direction(int which) const { return which == 1 ? d1_ : d2_; }

    // Plane coordinates of a weight vector (flattened as by flatten()), e.g. a point of a descent path:
    // picked/exact mode → the two weights' values; random mode → the (u, v) closest to it (PlaneProjector).
    bool project(const std::vector<double>& theta_flat, double& u, double& v) const;

private:
    int cell_count() const { return grid_.resolution * grid_.resolution; }
    bool fail(const std::string& message);
    void store(int cell, int stride, double J);  // the cell's value, standing in for the block it covers

    SurfaceSpec spec_;
    core::PlaneLoss plane_;   // J(Θ_c + u·d₁ + v·d₂) on its own copies
    core::Batch cache_;
    Direction d1_, d2_;
    size_t flat_first_ = 0, flat_second_ = 0;  // picked/exact: the two weights' positions in flatten(Θ)
    PlaneProjector projector_;
    SurfaceGrid grid_;
    std::vector<double> offsets_;  // uₖ = span·(k − c)/c, the same for rows (v) and columns (u)
    ProgressiveOrder order_;
    int weight_count_ = 0;
    bool started_ = false;
    std::string note_, error_;
};

}  // namespace lab
