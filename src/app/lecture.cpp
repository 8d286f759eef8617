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
        light = theme.empty() ? presentation : theme == "light";
        return "";
    }
    light = presentation;
    return "'theme' must be light or dark — ignored";
}

void Lecture::set_presentation(bool on, float zoom) {
    if (on != presentation) controls_shown = false;  // each presentation starts with the content alone
    presentation = on;
    if (zoom > 0) content_zoom = std::clamp(zoom, ui::kMinContentZoom, ui::kMaxContentZoom);
    light = on;  // the projector's high-contrast theme; the theme button switches back if wanted
}

std::vector<PanelId> Lecture::hidden_places() const {
    std::vector<PanelId> places = hidden;
    if (presentation && !controls_shown)
        for (PanelId place : {PanelId::Controls, PanelId::Loss})
            if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(place);
    return places;
}

float Lecture::chrome_scale(float screen_height) const {
    return presentation ? std::clamp(screen_height / 800.0f, 1.0f, 1.4f) : 1.0f;
}

float Lecture::content_scale(float screen_height) const {
    return presentation ? chrome_scale(screen_height) * content_zoom : 1.0f;
}

}  // namespace app
