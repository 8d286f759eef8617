// The network view's + and − (TF Playground's): one hidden layer more or fewer, one unit more or fewer in a
// hidden layer. The sizes stay within the "hidden" config field's rule (lab/io/config_fields.h) — the same limits a
// typed config, a link or a JSON file meets — and an edit that would leave them says why and changes nothing.
#pragma once
#include <string>
#include <vector>

namespace lab {

enum class ArchitectureChange { AddLayer, RemoveLayer, AddUnit, RemoveUnit };

// Names for the JS API's view of the buttons ("add_layer", …), in enum order.
inline constexpr const char* kArchitectureChangeNames[] = {"add_layer", "remove_layer", "add_unit", "remove_unit"};
inline const char* architecture_change_name(ArchitectureChange c) { return kArchitectureChangeNames[static_cast<int>(c)]; }

struct ArchitectureEdit {
    ArchitectureChange change = ArchitectureChange::AddLayer;
    int layer = -1;  // AddUnit / RemoveUnit: which hidden layer, 0 = the first (lecture layer 2); else unused
};

// Applies `edit` to the hidden sizes s₂ … s_{L−1}. Returns "" when it did; otherwise the reason, and `hidden` is
// unchanged. A new layer repeats the last one's size (4 when there is none), as the controls always did.
std::string apply_architecture_edit(const ArchitectureEdit& edit, std::vector<int>& hidden);

}  // namespace lab
