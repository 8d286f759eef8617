// `bplab soak`: the long-run checks of the reliability brief, headless.
//   1. training: `steps` updates of a stable lesson through lab::Stepper (free-running, with a traced step every
//      10,000 updates and the timeline's snapshots), checking that nothing became NaN and that the resident memory
//      at the end is what it was after warming up;
//   2. switching: `switches` times, open the next lesson (all 17 in turn), train a few steps, step into the trace,
//      reset — again with the resident memory at start and end.
// Prints one line per phase and a verdict; returns 0 when memory stayed flat (growth ≤ kAllowedGrowthKb) and no
// value was NaN.
#pragma once
#include <string>

namespace cli {

constexpr long kAllowedGrowthKb = 1024;  // allocator noise; a leak per step or switch would be far larger

int soak(long long steps, long long switches, const std::string& lesson);

}  // namespace cli
