#include "app/lecture.h"

#include <algorithm>

#include "ui/lecture_bar.h"

namespace app {

void Lecture::select_lesson_tabs(const std::vector<std::string>& lesson_panels) {
    select_tabs.clear();
    for (const std::string& name : lesson_panels) {
        PanelId id;
        if (parse_panel(name, id)) select_tabs.push_back(id);
    }
}

bool Lecture::selects(PanelId tab) const {
    if (select_tabs.empty() || !is_tab(tab)) return false;
    const PanelId place = panel_info(tab).place;
    PanelId chosen = place;
    for (PanelId id : select_tabs)
        if (is_tab(id) && panel_info(id).place == place) {
            chosen = id;
            break;
        }
    return chosen == tab;
}

std::vector<std::string> Lecture::hide(const std::vector<std::string>& names) {
    std::vector<std::string> notices_out;
    hidden.clear();
    for (const std::string& name : names) {
        PanelId id;
        if (parse_panel(name, id) && is_place(id)) hidden.push_back(id);
        else notices_out.push_back("'hide': no panel '" + name + "' (panels: " + place_names() + ") — ignored");
    }
    return notices_out;
}

std::string Lecture::set_theme(const std::string& theme) {
    if (theme.empty() || theme == "light" || theme == "dark") {
        light = theme.empty() ? projector : theme == "light";
        return "";
    }
    light = projector;
    return "'theme' must be light or dark — ignored";
}

void Lecture::set_projector(bool on, float scale) {
    projector = on;
    if (scale > 0) projector_scale = std::clamp(scale, ui::kMinProjectorScale, ui::kMaxProjectorScale);
    light = on;  // the projector's high-contrast theme; the theme button switches back if wanted
}

}  // namespace app
