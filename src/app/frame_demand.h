// Render on demand: a frame is drawn only when something on screen may change — input, training or stepping, a
// replay, an animation, a surface still being sampled, an export — so that a paused lab with nothing changing leaves
// the CPU (and a laptop's or phone's battery) alone. After input the frames go on for kSettleSeconds and at least
// kSettleFrames frames (on a slow machine a frame can take longer than the whole time): ImGui needs a few frames to
// settle (a click's down and up, a tab selected, a tooltip's hover delay, a button's highlight going away).
#pragma once
#include <algorithm>

namespace app {

class FrameDemand {
public:
    static constexpr double kSettleSeconds = 0.6;  // > ImGui's hover delay for tooltips (0.4 s)
    static constexpr int kSettleFrames = 4;        // a tab selected in one frame shows in the next, and so on

    // Input came, or the JS API changed something: draw for a while from `now` (seconds, monotonic).
    void wake(double now) {
        awake_until_ = std::max(awake_until_, now + kSettleSeconds);
        frames_owed_ = kSettleFrames;
    }
    void frame_drawn() { frames_owed_ = std::max(0, frames_owed_ - 1); }
    // Whether the frame at `now` must be drawn: `busy` is what goes on by itself (playing, a replay, an animation).
    bool wanted(double now, bool busy) const { return busy || now < awake_until_ || frames_owed_ > 0; }

private:
    double awake_until_ = 0.0;
    int frames_owed_ = kSettleFrames;  // the first frames are drawn whatever the time
};

}  // namespace app
