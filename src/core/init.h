// Weight initialization: how Θ starts decides whether hidden units can ever differ (symmetry breaking).
#pragma once
#include <string>

#include "network.h"
#include "rng.h"

namespace core {

enum class Init {
    Zero,     // every Θ = 0: all hidden units stay identical forever
    Uniform,  // Θ ~ U[−ε, ε]
    Xavier,   // Θ = randn · sqrt(2 / n), n = fan-in + fan-out  (as the lecture writes it)
    He,       // Θ = randn · sqrt(2 / n), n = fan-in
};

void initialize(Network& net, Init init, Rng& rng, double epsilon = 0.5);

const char* init_name(Init init);  // "zero", "uniform", "xavier", "he"
bool parse_init(const std::string& name, Init& out);

}  // namespace core
