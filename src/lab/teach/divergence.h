// Divergence: training that has blown up. After every update (free-running or traced) the session asks
// check_step() whether the step diverged; if so, training pauses there and the report says why.
//
// A step diverged when, after its update,
//   1. its batch loss J (measured before the update, as train_step reports it) is not finite (NaN or ±∞), or
//   2. some weight Θᵢⱼ⁽ˡ⁾ is not finite, or
//   3. J > 10⁶ · max(J₁, 1), where J₁ is the first finite batch loss since the run (re)started — "the loss grew a
//      millionfold". J₁ rather than the best loss so far: a run that fits its data to J ≈ 1e−9 must not be stopped
//      by an ordinary J = 0.01; the floor of 1 keeps a preset that starts near J = 0 from tripping on a normal loss.
//
// The check reads each weight once and allocates nothing.
#pragma once
#include <string>

#include "core/network.h"
#include "core/train.h"

namespace lab {

enum class DivergenceKind { None, LossNotFinite, WeightNotFinite, LossExploded };

constexpr double kExplosionFactor = 1e6;  // rule 3: J > kExplosionFactor · max(J₁, 1)

struct Divergence {
    DivergenceKind kind = DivergenceKind::None;
    long long step = 0;        // the update that diverged, counting from 1 (trainer.steps after it)
    long long epoch = 0;       // the epoch it belonged to (0-based, as the trainer counted before the update)
    double loss = 0.0;         // its batch loss J
    double reference = 0.0;    // J₁ of rule 3
    long long restores_to = 0; // trainer.steps of the state Session::restore_last_finite() brings back
    int layer = -1, row = -1, column = -1;  // the first non-finite weight (rule 2): theta[layer](row, column)
    double alpha = 0.0;        // α used by the step (after the schedule)
    double lambda = 0.0;       // λ, 0 when there is no regularization
    const char* regularization = "none";

    bool happened() const { return kind != DivergenceKind::None; }
};

// Finds the first weight that is not finite; false when all are finite. One pass, no allocation.
bool find_non_finite_weight(const core::Network& net, int& layer, int& row, int& column);

// Watches one run: remembers J₁ and judges each step. reset() when the run starts again.
class DivergenceWatch {
public:
    void reset() { reference_ = -1.0; }
    // After an update: `loss` is its batch loss, `trainer` the state after it. Returns what happened (kind None
    // when the step was fine).
    Divergence check_step(double loss, const core::Trainer& trainer, double alpha);

private:
    double reference_ = -1.0;  // J₁; negative until the first finite loss
};

// "Training stopped at step 37 (epoch 2): the loss became NaN (not a number)."
std::string divergence_summary(const Divergence& d);
// "Likely cause: the learning rate α = 30 is too large; try α = 3 or less." (names λ when α·λ is large)
std::string divergence_cause(const Divergence& d);
// Both, in one paragraph.
std::string divergence_message(const Divergence& d);

}  // namespace lab
