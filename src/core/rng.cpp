#include "rng.h"

#include <cmath>

#include "detmath.h"

namespace core {

uint64_t Rng::next_u64() {
    // splitmix64: add the golden-ratio increment, then two xor-shift-multiply rounds to mix the bits.
    state_ += 0x9E3779B97F4A7C15ULL;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double Rng::uniform() {
    // The top 53 bits fill a double's mantissa exactly: k / 2^53 is uniform on [0, 1).
    return static_cast<double>(next_u64() >> 11) * (1.0 / 9007199254740992.0);
}

double Rng::uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

int Rng::below(int n) { return n <= 0 ? 0 : static_cast<int>(uniform() * n); }

double Rng::normal() {
    // Marsaglia's polar method: a point u, v uniform in the unit disc gives two independent N(0,1) values
    // u·sqrt(−2 ln s / s) and v·sqrt(−2 ln s / s), s = u² + v². sqrt is exactly rounded everywhere; log is ours.
    if (has_spare_) {
        has_spare_ = false;
        return spare_;
    }
    double u, v, s;
    do {
        u = uniform(-1.0, 1.0);
        v = uniform(-1.0, 1.0);
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * det::log(s) / s);
    spare_ = v * factor;
    has_spare_ = true;
    return u * factor;
}

}  // namespace core
