#include "ui/unit_map.h"

namespace ui {

bool has_unit_map(const core::Network& net, int layer, int unit) {
    if (net.sizes.size() < 2 || net.sizes[0] != 2) return false;
    if (layer < 1 || layer >= net.layer_count() || unit < 0 || unit >= net.sizes[static_cast<size_t>(layer)]) return false;
    return net.activation_of(layer) != core::Activation::Softmax;
}

bool unit_map_network(const core::Network& net, int layer, int unit, core::Network& out) {
    if (!has_unit_map(net, layer, unit)) return false;
    const size_t l = static_cast<size_t>(layer);
    std::vector<int> sizes(net.sizes.begin(), net.sizes.begin() + static_cast<long>(l));
    sizes.push_back(1);
    core::Network cut = core::make_network(sizes, net.hidden, net.activation_of(layer));
    for (size_t k = 0; k + 1 < l; ++k) cut.theta[k] = net.theta[k];
    const core::Matrix& rows = net.theta[l - 1];
    for (int j = 0; j < rows.cols; ++j) cut.theta[l - 1](0, j) = rows(unit, j);
    out = std::move(cut);
    return true;
}

}  // namespace ui
