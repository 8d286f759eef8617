// Our own random numbers: the same sequence natively and in WASM (no std distributions, whose output
// differs between standard libraries).
#pragma once
#include <cstdint>

namespace core {

// splitmix64 (Steele, Lea & Flood 2014): a 64-bit state advanced by a constant, then mixed.
class Rng {
public:
    explicit Rng(uint64_t seed = 1) : state_(seed) {}
    uint64_t next_u64();
    double uniform();                       // [0, 1) with 53 random bits
    double uniform(double lo, double hi);   // [lo, hi)
    int below(int n);                       // 0 .. n−1
    double normal();                        // N(0, 1) by Marsaglia's polar method (needs only log and sqrt)
    uint64_t state() const { return state_; }

private:
    uint64_t state_;
    bool has_spare_ = false;
    double spare_ = 0.0;
};

}  // namespace core
