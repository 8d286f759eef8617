#include "ui/neuron_thumbnails.h"

#include "core/train.h"

namespace ui {

const std::vector<float>* NeuronThumbnails::image(int layer, int unit) const {
    if (layer < 0 || unit < 0 || static_cast<size_t>(layer) >= a.size()) return nullptr;
    const auto& units = a[static_cast<size_t>(layer)];
    if (static_cast<size_t>(unit) >= units.size()) return nullptr;
    const std::vector<float>& values = units[static_cast<size_t>(unit)];
    return values.size() == static_cast<size_t>(res) * static_cast<size_t>(res) ? &values : nullptr;
}

void compute_thumbnails(const core::Network& net, const lab::PlaneExtent& extent, int res, NeuronThumbnails& out,
                        core::FeatureSet features) {
    out.weights_hash = core::weights_hash(net);
    out.sizes = net.sizes;
    out.a.clear();
    if (net.sizes.empty() || net.sizes[0] != (features ? core::feature_count(features) : 2) || res <= 0) {
        out.res = 0;
        return;
    }
    out.res = res;
    const size_t cells = static_cast<size_t>(res) * static_cast<size_t>(res);
    out.a.resize(net.sizes.size());
    for (size_t l = 0; l < net.sizes.size(); ++l)
        out.a[l].assign(static_cast<size_t>(net.sizes[l]), std::vector<float>(cells, 0.0f));
    core::Cache cache;
    for (int row = 0; row < res; ++row) {
        for (int col = 0; col < res; ++col) {
            const double x[2] = {extent.to_plane((col + 0.5) / res), extent.to_plane((row + 0.5) / res)};
            double phi[core::kFeatureCount];
            if (features) core::feature_vector(features, x[0], x[1], phi);
            core::forward(net, features ? phi : x, cache);
            const size_t cell = static_cast<size_t>(row) * static_cast<size_t>(res) + static_cast<size_t>(col);
            for (size_t l = 0; l < net.sizes.size(); ++l)
                for (size_t u = 0; u < cache.a[l].size(); ++u) out.a[l][u][cell] = static_cast<float>(cache.a[l][u]);
        }
    }
}

}  // namespace ui
