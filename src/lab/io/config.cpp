#include "lab/io/config.h"

namespace lab {

std::vector<int> layer_sizes(const LabConfig& config, const core::Dataset& data) {
    std::vector<int> sizes;
    sizes.push_back(data.n_in);
    for (int units : config.hidden) sizes.push_back(units);
    sizes.push_back(data.n_out);
    return sizes;
}

}  // namespace lab
