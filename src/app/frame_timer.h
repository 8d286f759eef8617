// The App's own frame timer: the time from the start of one frame to the start of the next (what the viewer sees:
// training, UI, drawing and the wait for the display), kept for the last kCapacity frames in a ring.
// scripts/bench.sh reads it through the JS API for the frame-time median and p95.
#pragma once
#include <algorithm>
#include <array>
#include <vector>

namespace app {

class FrameTimer {
public:
    static constexpr int kCapacity = 600;

    // Call at the start of every frame with a monotonic clock in seconds.
    void frame_started(double now_seconds) {
        if (frames_ > 0) {
            ring_[static_cast<size_t>(next_)] = 1000.0 * (now_seconds - last_start_);
            next_ = (next_ + 1) % kCapacity;
        }
        last_start_ = now_seconds;
        ++frames_;
    }

    long long frames() const { return frames_; }  // frames started so far
    // The most recent intervals in milliseconds, oldest first (at most kCapacity, one fewer than frames()).
    std::vector<double> recent_ms() const {
        const long long intervals = frames_ > 0 ? frames_ - 1 : 0;
        const int kept = static_cast<int>(std::min<long long>(intervals, kCapacity));
        std::vector<double> out;
        out.reserve(static_cast<size_t>(kept));
        for (int k = 0; k < kept; ++k) out.push_back(ring_[static_cast<size_t>((next_ - kept + k + kCapacity) % kCapacity)]);
        return out;
    }

private:
    std::array<double, kCapacity> ring_{};
    int next_ = 0;  // where the next interval goes
    long long frames_ = 0;
    double last_start_ = 0.0;
};

}  // namespace app
