// Render on demand (app/frame_demand.h): input keeps frames coming for the settling time, what runs by itself for
// as long as it runs, and nothing else.
#include <catch2/catch.hpp>

#include "app/frame_demand.h"

TEST_CASE("frame demand: nothing asked, nothing running: no frame") {
    const app::FrameDemand demand;
    CHECK_FALSE(demand.wanted(100.0, false));
    CHECK(demand.wanted(100.0, true));  // playing, a replay, an animation
}

TEST_CASE("frame demand: input keeps frames coming for the settling time, then they stop") {
    app::FrameDemand demand;
    demand.wake(10.0);
    CHECK(demand.wanted(10.0, false));
    CHECK(demand.wanted(10.0 + 0.9 * app::FrameDemand::kSettleSeconds, false));
    CHECK_FALSE(demand.wanted(10.0 + app::FrameDemand::kSettleSeconds, false));
    // later input extends it; an earlier wake never shortens it
    demand.wake(10.5);
    demand.wake(10.1);
    CHECK(demand.wanted(10.5 + 0.9 * app::FrameDemand::kSettleSeconds, false));
    CHECK_FALSE(demand.wanted(10.5 + app::FrameDemand::kSettleSeconds, false));
}

TEST_CASE("frame demand: the settling outlasts ImGui's tooltip delay") {
    CHECK(app::FrameDemand::kSettleSeconds > 0.4);
}
