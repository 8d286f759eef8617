// Render on demand (app/frame_demand.h): input keeps frames coming for the settling time and frames, what runs by
// itself for as long as it runs, and nothing else.
#include <catch2/catch.hpp>

#include "app/frame_demand.h"

namespace {

// The frames owed at start (or after a wake), drawn.
void draw_settling_frames(app::FrameDemand& demand) {
    for (int k = 0; k < app::FrameDemand::kSettleFrames; ++k) demand.frame_drawn();
}

}  // namespace

TEST_CASE("frame demand: nothing asked, nothing running: no frame") {
    app::FrameDemand demand;
    CHECK(demand.wanted(100.0, false));  // the first frames are drawn whatever the time
    draw_settling_frames(demand);
    CHECK_FALSE(demand.wanted(100.0, false));
    CHECK(demand.wanted(100.0, true));  // playing, a replay, an animation
}

TEST_CASE("frame demand: input keeps frames coming for the settling time, then they stop") {
    app::FrameDemand demand;
    demand.wake(10.0);
    draw_settling_frames(demand);
    CHECK(demand.wanted(10.0, false));
    CHECK(demand.wanted(10.0 + 0.9 * app::FrameDemand::kSettleSeconds, false));
    CHECK_FALSE(demand.wanted(10.0 + app::FrameDemand::kSettleSeconds, false));
    // later input extends it; an earlier wake never shortens it
    demand.wake(10.5);
    demand.wake(10.1);
    draw_settling_frames(demand);
    CHECK(demand.wanted(10.5 + 0.9 * app::FrameDemand::kSettleSeconds, false));
    CHECK_FALSE(demand.wanted(10.5 + app::FrameDemand::kSettleSeconds, false));
}

TEST_CASE("frame demand: on a slow machine the settling counts frames, not only time") {
    app::FrameDemand demand;
    draw_settling_frames(demand);
    demand.wake(10.0);
    // frames of a second each: the time is over after the first, the frames owed are not
    for (int k = 0; k < app::FrameDemand::kSettleFrames; ++k) {
        CHECK(demand.wanted(11.0 + k, false));
        demand.frame_drawn();
    }
    CHECK_FALSE(demand.wanted(20.0, false));
}

TEST_CASE("frame demand: the settling outlasts ImGui's tooltip delay") {
    CHECK(app::FrameDemand::kSettleSeconds > 0.4);
}
