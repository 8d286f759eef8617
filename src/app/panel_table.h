// The lab's panels, named once. Every other place — the layout's places, a link's hide= list, the lessons' panel
// lists, the tab bars, the state JSON's "tab" and "layout", the JS API's openTab — loops over this table.
//
// A panel either is a place of its own on screen (its id is its place: controls, loss, network, equation, data,
// steps — the ids hide= may name), or a tab in another panel's place (the network area's larger views, the
// equation area's smaller ones). A new panel is a row here, its drawing call in app/panels.cpp, and its view.
#pragma once
#include <array>
#include <string>

namespace app {

enum class PanelId {
    Controls, Loss, Network, Surface, Graph, Digits, Capacity, Equation, GradCheck, Gallery, Gradients, Narration, Data, Steps
};

struct PanelInfo {
    PanelId id;
    const char* name;   // in links (hide=), lessons (Lesson::panels), the state JSON and the JS API
    PanelId place;      // where it is drawn: itself, or the place whose tab bar holds it
    const char* title;  // the window's or the tab's label
    bool network_tab;   // a tab of the network area: the JS API's openTab may bring it to the front
};

inline constexpr std::array<PanelInfo, 14> kPanels = {{
    {PanelId::Controls, "controls", PanelId::Controls, "Lesson", false},
    {PanelId::Loss, "loss", PanelId::Loss, "Loss", false},
    {PanelId::Network, "network", PanelId::Network, "Network", true},
    {PanelId::Surface, "surface", PanelId::Network, "Loss surface", true},
    {PanelId::Graph, "graph", PanelId::Network, "Graph", true},
    {PanelId::Digits, "digits", PanelId::Network, "Digits", true},
    {PanelId::Capacity, "capacity", PanelId::Network, "3 · 6 · 20 units", true},  // lesson 6's small multiples
    {PanelId::Equation, "equation", PanelId::Equation, "Equation", false},
    {PanelId::GradCheck, "gradcheck", PanelId::Equation, "Gradient check", false},
    {PanelId::Gallery, "gallery", PanelId::Equation, "g and g′", false},
    {PanelId::Gradients, "gradients", PanelId::Equation, "Gradient size", false},
    {PanelId::Narration, "narration", PanelId::Equation, "Narration", false},
    {PanelId::Data, "data", PanelId::Data, "Data", false},
    {PanelId::Steps, "steps", PanelId::Steps, "Steps", false},
}};

const PanelInfo& panel_info(PanelId id);
inline const char* panel_name(PanelId id) { return panel_info(id).name; }
// false for a name the table does not have
bool parse_panel(const std::string& name, PanelId& out);
// A place of its own (hide= may name it).
inline bool is_place(PanelId id) { return panel_info(id).place == id; }
// A tab in a tab bar: the network area's and the equation area's panels.
inline bool is_tab(PanelId id) {
    const PanelId place = panel_info(id).place;
    return place == PanelId::Network || place == PanelId::Equation;
}
// "controls, loss, network, equation, data, steps": the places' names, for messages.
std::string place_names();
// "network, surface, graph, digits": the network area's tabs' names, for messages.
std::string network_tab_names();
// The network area's tabs as a JSON array of names (the JS API's openTab list).
std::string network_tab_names_json();

}  // namespace app
