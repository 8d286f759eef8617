#include "ui/value_colours.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {

constexpr Rgb kOrange{245, 147, 34};
constexpr Rgb kNeutral{232, 234, 235};
constexpr Rgb kBlue{8, 119, 189};

Rgb mix(Rgb a, Rgb b, double t) {
    auto channel = [t](uint8_t x, uint8_t y) {
        return static_cast<uint8_t>(std::lround(static_cast<double>(x) + (static_cast<double>(y) - x) * t));
    };
    return Rgb{channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b)};
}

}  // namespace

Rgb diverging_colour(double t) {
    if (!std::isfinite(t)) return kNeutral;
    t = std::clamp(t, -1.0, 1.0);
    return t < 0 ? mix(kNeutral, kOrange, -t) : mix(kNeutral, kBlue, t);
}

Rgb sign_colour(double value) { return value < 0 ? kOrange : Rgb{40, 150, 230}; }

Rgb gradient_colour(double value) { return value < 0 ? Rgb{80, 200, 110} : Rgb{200, 110, 230}; }

double activation_shade(core::Activation g, double a) {
    switch (core::activation_info(g).range) {
        case core::ValueRange::Unit: return 2.0 * a - 1.0;
        case core::ValueRange::Symmetric: return a;
        case core::ValueRange::Unbounded: return a / (1.0 + std::fabs(a));
    }
    return 0.0;
}

bool prefers_dark_text(Rgb fill) {
    // relative luminance (sRGB weights, no gamma: enough to pick black or white)
    const double y = 0.2126 * fill.r + 0.7152 * fill.g + 0.0722 * fill.b;
    return y > 150;
}

}  // namespace ui
