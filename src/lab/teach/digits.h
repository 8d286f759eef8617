// The "draw your number" lesson: an 8×8 pad the student paints on, and the network's two best guesses.
#pragma once
#include <array>

#include "core/network.h"

namespace lab {

constexpr int kPadSide = 8;  // the digits data set's 8×8 pixels, values scaled to [0, 1] (16 = full ink)

struct DrawPad {
    std::array<double, kPadSide * kPadSide> pixels{};  // row-major, row 0 at the top, like the data set

    // A round brush at (x, y) in pad units (0..8 across), adding ink that fades over `radius`; values stay ≤ 1.
    void paint(double x, double y, double radius = 0.9);
    void clear() { pixels.fill(0.0); }
    bool empty() const;
};

struct DigitGuess {
    int first = -1, second = -1;          // the classes with the highest and second-highest probability
    double first_p = 0.0, second_p = 0.0;
    std::array<double, 10> probability{};
};

// Runs the network (64 inputs, 10 softmax outputs) on the pad; a network of another shape gives no guess (−1).
DigitGuess guess_digit(const core::Network& net, const DrawPad& pad, core::Cache& cache);

}  // namespace lab
