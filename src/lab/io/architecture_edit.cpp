#include "lab/io/architecture_edit.h"

#include "lab/io/config_fields.h"

namespace lab {

std::string apply_architecture_edit(const ArchitectureEdit& edit, std::vector<int>& hidden) {
    const ConfigField& field = *find_config_field("hidden");
    const int layers = static_cast<int>(hidden.size());
    const int most_units = static_cast<int>(field.hi), fewest_units = static_cast<int>(field.lo);
    switch (edit.change) {
        case ArchitectureChange::AddLayer:
            if (layers >= field.max_items)
                return "at most " + std::to_string(field.max_items) + " hidden layers: none added";
            hidden.push_back(hidden.empty() ? 4 : hidden.back());
            return "";
        case ArchitectureChange::RemoveLayer:
            if (layers == 0) return "no hidden layer to remove";
            hidden.pop_back();
            return "";
        case ArchitectureChange::AddUnit:
        case ArchitectureChange::RemoveUnit: {
            if (edit.layer < 0 || edit.layer >= layers)
                return "there is no hidden layer " + std::to_string(edit.layer + 2);  // lecture numbering
            int& units = hidden[static_cast<size_t>(edit.layer)];
            const std::string name = "layer " + std::to_string(edit.layer + 2);
            if (edit.change == ArchitectureChange::AddUnit) {
                if (units >= most_units) return name + " has the most units allowed, " + std::to_string(most_units);
                ++units;
            } else {
                if (units <= fewest_units)
                    return name + " has " + std::to_string(fewest_units) + " unit, the fewest allowed: remove the layer instead";
                --units;
            }
            return "";
        }
    }
    return "unknown change";
}

}  // namespace lab
