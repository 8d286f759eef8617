#include "core/features.h"

#include "core/vocabulary.h"

namespace core {

int feature_count(FeatureSet set) {
    int n = 0;
    for (int i = 0; i < kFeatureCount; ++i) n += (set >> i) & 1u;
    return n;
}

std::vector<Feature> feature_list(FeatureSet set) {
    std::vector<Feature> list;
    for (const FeatureInfo& f : kFeatures)
        if (set & feature_bit(f.kind)) list.push_back(f.kind);
    return list;
}

const FeatureInfo& feature_info(Feature f) { return *entry_of(kFeatures, f); }

FeatureSet toggled(FeatureSet chosen, Feature f) {
    const FeatureSet after = chosen ^ feature_bit(f);
    return (after & kAllFeatures) ? after : chosen;
}

bool parse_feature(const std::string& id, Feature& out) { return parse_id(kFeatures, id, out); }

FeatureSet applied_features(FeatureSet chosen, int n_in) {
    chosen &= kAllFeatures;
    if (n_in != 2 || chosen == 0 || chosen == kRawInputs) return 0;
    return chosen;
}

void feature_vector(FeatureSet set, double x1, double x2, double* out) {
    int k = 0;
    for (const FeatureInfo& f : kFeatures)
        if (set & feature_bit(f.kind)) out[k++] = f.phi(x1, x2);
}

Dataset with_features(const Dataset& points, FeatureSet set) {
    if (set == 0 || points.n_in != 2) return points;
    Dataset out = points;
    out.n_in = feature_count(set);
    out.x.assign(static_cast<size_t>(points.count()) * static_cast<size_t>(out.n_in), 0.0);
    for (int i = 0; i < points.count(); ++i) {
        const double* x = points.x_row(i);
        feature_vector(set, x[0], x[1], out.x.data() + static_cast<size_t>(i) * static_cast<size_t>(out.n_in));
    }
    return out;
}

}  // namespace core
