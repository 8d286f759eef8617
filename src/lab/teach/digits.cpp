#include "lab/teach/digits.h"

#include <cmath>

namespace lab {

void DrawPad::paint(double x, double y, double radius) {
    if (!(radius > 0.0) || !std::isfinite(x) || !std::isfinite(y)) return;
    for (int row = 0; row < kPadSide; ++row) {
        for (int col = 0; col < kPadSide; ++col) {
            // distance from the brush to the pixel's centre; full ink inside half the radius, fading to 0 at it
            const double dx = (col + 0.5) - x, dy = (row + 0.5) - y;
            const double d = std::sqrt(dx * dx + dy * dy);
            if (d >= radius) continue;
            const double ink = d <= 0.5 * radius ? 1.0 : 2.0 * (1.0 - d / radius);
            double& p = pixels[static_cast<size_t>(row * kPadSide + col)];
            p = p + ink > 1.0 ? 1.0 : p + ink;
        }
    }
}

bool DrawPad::empty() const {
    for (double p : pixels)
        if (p > 0.0) return false;
    return true;
}

DigitGuess guess_digit(const core::Network& net, const DrawPad& pad, core::Cache& cache) {
    DigitGuess guess;
    if (net.sizes.empty() || net.sizes.front() != kPadSide * kPadSide || net.sizes.back() != 10) return guess;
    const std::vector<double>& p = core::forward(net, pad.pixels.data(), cache);
    for (int k = 0; k < 10; ++k) {
        guess.probability[static_cast<size_t>(k)] = p[static_cast<size_t>(k)];
        if (guess.first < 0 || p[static_cast<size_t>(k)] > guess.first_p) {
            guess.second = guess.first;
            guess.second_p = guess.first_p;
            guess.first = k;
            guess.first_p = p[static_cast<size_t>(k)];
        } else if (guess.second < 0 || p[static_cast<size_t>(k)] > guess.second_p) {
            guess.second = k;
            guess.second_p = p[static_cast<size_t>(k)];
        }
    }
    return guess;
}

}  // namespace lab
