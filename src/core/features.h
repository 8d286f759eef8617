// Input features (TF Playground's INPUTS): the input layer a⁽¹⁾ holds φ₁(x), φ₂(x), … of the point x = (x₁, x₂)
// instead of x itself, so that a network without a hidden layer can draw a circle (x₁² + x₂²) or a spiral's arms
// (sin x₁, sin x₂). The transform happens before the network: core's forward and backward never see it.
//
// One table; the config (JSON, links, CLI), the step trace's names, the GPU boundary and the network view loop over it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/detmath.h"

namespace core {

enum class Feature { X1, X2, X1Squared, X2Squared, X1X2, SinX1, SinX2 };

struct FeatureInfo {
    Feature kind;
    const char* id;      // JSON, URL and CLI word: "x1sq"
    const char* label;   // the lecture's notation: "x₁²"
    const char* glsl;    // the same φ in GLSL, of float x1, x2 (render/boundary_renderer.cpp)
    bool reads_x2;       // false: φ depends on x₁ only
    double (*phi)(double x1, double x2);  // φ(x₁, x₂); sin through det::sin, so native and WASM agree bit for bit
};

inline constexpr FeatureInfo kFeatures[] = {
    {Feature::X1, "x1", "x₁", "x1", false, [](double x1, double) { return x1; }},
    {Feature::X2, "x2", "x₂", "x2", true, [](double, double x2) { return x2; }},
    {Feature::X1Squared, "x1sq", "x₁²", "x1 * x1", false, [](double x1, double) { return x1 * x1; }},
    {Feature::X2Squared, "x2sq", "x₂²", "x2 * x2", true, [](double, double x2) { return x2 * x2; }},
    {Feature::X1X2, "x1x2", "x₁x₂", "x1 * x2", true, [](double x1, double x2) { return x1 * x2; }},
    {Feature::SinX1, "sinx1", "sin x₁", "sin(x1)", false, [](double x1, double) { return det::sin(x1); }},
    {Feature::SinX2, "sinx2", "sin x₂", "sin(x2)", true, [](double, double x2) { return det::sin(x2); }},
};
inline constexpr int kFeatureCount = static_cast<int>(sizeof kFeatures / sizeof kFeatures[0]);

// A choice of features: bit i is kFeatures[i]. The input layer lists them in table order.
using FeatureSet = std::uint32_t;
constexpr FeatureSet feature_bit(Feature f) { return FeatureSet{1} << static_cast<int>(f); }
inline constexpr FeatureSet kRawInputs = feature_bit(Feature::X1) | feature_bit(Feature::X2);  // a⁽¹⁾ = x
inline constexpr FeatureSet kAllFeatures = (FeatureSet{1} << kFeatureCount) - 1;

int feature_count(FeatureSet set);
std::vector<Feature> feature_list(FeatureSet set);  // in table order
const FeatureInfo& feature_info(Feature f);
// `chosen` with f switched on or off; `chosen` itself when f is the only one left (at least one stays on).
FeatureSet toggled(FeatureSet chosen, Feature f);
bool parse_feature(const std::string& id, Feature& out);  // false for an unknown word

// The features the network of a data set with n_in inputs actually reads: the chosen ones on the plane (n_in = 2);
// data sets of other widths (a line, iris, digits) keep their raw inputs. 0 means "the raw inputs, untransformed",
// also when the choice is exactly x₁, x₂, so that every existing run stays bit for bit as it was.
FeatureSet applied_features(FeatureSet chosen, int n_in);

// φ(x) for each feature of `set` (≠ 0), in table order, into out[0 … feature_count(set)−1].
void feature_vector(FeatureSet set, double x1, double x2, double* out);

// The data set with each row x replaced by its feature vector (targets, names and task unchanged); `set` = 0 gives
// the data set itself.
Dataset with_features(const Dataset& points, FeatureSet set);

}  // namespace core
