// Export and import: buttons for the canvas as PNG, the step trace as CSV, the network and state as JSON, and
// reading such a JSON back; the last result (where a file went, or what was wrong with an import) underneath.
#pragma once
#include <string>

namespace ui {

struct ExportActions {
    bool png = false;
    std::string png_place;  // with png: "" the whole lab, or a place alone (a panel's name: network, data, …)
    bool csv = false;
    bool json = false;
    bool import = false;
};

// Draws into the current ImGui window (the controls' "Export…" popup).
ExportActions export_panel(const std::string& last_message);

}  // namespace ui
