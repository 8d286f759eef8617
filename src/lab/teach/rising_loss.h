// Rising loss: training that is getting worse without blowing up. The divergence check (divergence.h) pauses only
// on NaN, ∞ or a millionfold loss; a learning rate that is merely too large makes the loss climb steadily instead
// (α = 10 on the digits lesson: 2.3 → 31). This watch warns about that — without pausing — once per recorded epoch.
//
// With J the training loss of the whole training set at the end of an epoch (the loss curve's points), the warning
// is raised at epoch e when
//     J(e) > F · max(min{J(e−N) … J(e−1)}, s · J₀)         F = kRisingFactor, N = kRisingWindow, s = kRisingFloorShare
// where J₀ is the first loss of the run: the loss grew more than F-fold over the last N epochs. Full-set losses
// rather than batch losses, so the noise of small batches does not count; the floor s · J₀ keeps a run that has
// fitted its data to J ≈ 0.001 from warning about an ordinary wobble to 0.01; at least N epochs of the run (or since
// α changed) are needed, so the first epochs never warn.
// It stays raised until the loss falls back to F times the level it grew from, or α changes, or the run restarts.
#pragma once
#include <array>
#include <string>

namespace lab {

constexpr int kRisingWindow = 5;            // N: epochs looked back
constexpr double kRisingFactor = 5.0;       // F: growth that warns
constexpr double kRisingFloorShare = 0.1;   // s: rises from below s · J₀ do not count

struct RisingLoss {
    bool warning = false;
    long long from_epoch = 0, to_epoch = 0;  // the epoch of the lowest loss in the window, and the newest epoch
    double from_loss = 0.0, to_loss = 0.0;   // J at those epochs
    double alpha = 0.0;                      // α of the newest epoch's steps (after the schedule)
    double growth() const { return from_loss > 0.0 ? to_loss / from_loss : 0.0; }
};

class RisingLossWatch {
public:
    void reset();           // the run (re)starts: J₀ and the window are forgotten
    void restart_window();  // α changed or a weight was edited: the warning clears, the window starts again
    // After an epoch: its full-set training loss J and the α its steps used. Returns the state after it.
    const RisingLoss& add_epoch(long long epoch, double loss, double alpha);
    const RisingLoss& state() const { return state_; }

private:
    std::array<double, kRisingWindow> losses_{};   // the last N epochs' J before the newest, oldest overwritten
    std::array<long long, kRisingWindow> epochs_{};
    int count_ = 0;        // valid entries in the window (≤ N)
    int next_ = 0;         // where the next entry goes
    double first_ = -1.0;  // J₀; negative until the first finite loss
    RisingLoss state_;
};

// "The training loss grew ×15.5 over the last 5 epochs (from 2.0 to 31): the learning rate α = 10 may be too
// large. Try α = 1." Empty when there is no warning.
std::string rising_loss_message(const RisingLoss& rising);

}  // namespace lab
