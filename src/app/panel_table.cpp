#include "app/panel_table.h"

#include "lab/io/json.h"

namespace app {

// The table is in enum order, so an id is its row.
static_assert([] {
    for (size_t k = 0; k < kPanels.size(); ++k)
        if (static_cast<size_t>(kPanels[k].id) != k) return false;
    return true;
}(), "kPanels must list the panels in PanelId order");

const PanelInfo& panel_info(PanelId id) { return kPanels[static_cast<size_t>(id)]; }

bool parse_panel(const std::string& name, PanelId& out) {
    for (const PanelInfo& panel : kPanels)
        if (name == panel.name) {
            out = panel.id;
            return true;
        }
    return false;
}

std::string place_names() {
    std::string names;
    for (const PanelInfo& panel : kPanels)
        if (is_place(panel.id)) names += (names.empty() ? "" : ", ") + std::string(panel.name);
    return names;
}

std::string network_tab_names() {
    std::string names;
    for (const PanelInfo& panel : kPanels)
        if (panel.network_tab) names += (names.empty() ? "" : ", ") + std::string(panel.name);
    return names;
}

std::string network_tab_names_json() {
    lab::JsonWriter out;
    out.begin_array();
    for (const PanelInfo& panel : kPanels)
        if (panel.network_tab) out.value(panel.name);
    out.end_array();
    return out.str();
}

}  // namespace app
