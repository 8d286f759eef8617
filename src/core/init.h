// Weight initialization: how Θ starts decides whether hidden units can ever differ (symmetry breaking).
#pragma once
#include <string>

#include "network.h"
#include "rng.h"
#include "vocabulary.h"

namespace core {

enum class Init { Zero, Uniform, Xavier, He };

struct InitInfo {
    Init kind;
    const char* id;       // JSON / URL / CLI word
    const char* label;    // the UI's name
    const char* formula;  // how each Θᵢⱼ is drawn
};
// The initializers, in the order the UI lists them (vocabulary.h).
inline constexpr InitInfo kInits[] = {
    {Init::Zero, "zero", "zero", "Θ = 0: all hidden units stay identical forever"},
    {Init::Uniform, "uniform", "uniform", "Θ ~ U[−ε, ε]"},
    {Init::Xavier, "xavier", "Xavier", "Θ = randn · sqrt(2 / n),  n = fan-in + fan-out;  bias 0"},
    {Init::He, "he", "He", "Θ = randn · sqrt(2 / n),  n = fan-in;  bias 0"},
};

void initialize(Network& net, Init init, Rng& rng, double epsilon = 0.5);

inline const char* init_name(Init init) { return id_of(kInits, init); }
inline bool parse_init(const std::string& name, Init& out) { return parse_id(kInits, name, out); }

}  // namespace core
