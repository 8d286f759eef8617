#include "app/panels.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "imgui.h"
#include "lab/lessons/worked_examples.h"
#include "render/boundary_renderer.h"
#include "ui/activation_gallery.h"
#include "ui/equation_panel.h"
#include "ui/gradient_size_panel.h"
#include "ui/help_overlay.h"
#include "ui/lesson_panel.h"
#include "ui/loss_panel.h"
#include "ui/point_tip.h"
#include "ui/replay_bar.h"
#include "ui/tab_steppers.h"
#include "ui/theme.h"
#include "ui/unit_map.h"

namespace app {
namespace {

// A tab bar too narrow for its labels (a phone) scrolls, with arrows, rather than cutting every label to "Net…":
// a tab is only useful if its name can be read.
constexpr ImGuiTabBarFlags kTabBarFlags = ImGuiTabBarFlags_FittingPolicyScroll;

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

// Opens a fixed, title-less window over `r`, named after its panel; the caller draws into it and calls End().
void begin_place(PanelId panel, const Rect& r, ImGuiWindowFlags extra = 0) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
    ImGui::Begin(panel_info(panel).title, nullptr, kFixedWindow | extra);
}

// A tab of its place's tab bar; brought to the front while a just-opened lesson selects it, or when asked.
bool begin_tab(PanelId panel, const PanelsView& view, bool stepped_to) {
    const bool select = view.lecture.selects(panel) || view.bring_to_front == panel || stepped_to;
    return ImGui::BeginTabItem(panel_info(panel).title, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
}

// The smallest rectangle holding both.
Rect bounding(const Rect& a, const Rect& b) {
    const float x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return {x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}

// The tabs of a place's tab bar, in the table's order.
std::vector<PanelId> tabs_of(PanelId place) {
    std::vector<PanelId> tabs;
    for (const PanelInfo& panel : kPanels)
        if (panel.place == place && is_tab(panel.id)) tabs.push_back(panel.id);
    return tabs;
}

// On a touch screen, does the tab bar about to be drawn need the steppers (ui/tab_steppers.h)?
bool needs_steppers(PanelId place) {
    if (!ui::touch_style()) return false;
    std::vector<const char*> labels;
    for (PanelId tab : tabs_of(place)) labels.push_back(panel_info(tab).title);
    return ui::tabs_overflow(labels, ImGui::GetContentRegionAvail().x);
}

// The tab `step` places from `front` in its bar (no further than the ends).
PanelId tab_beside(PanelId front, int step) {
    const std::vector<PanelId> tabs = tabs_of(panel_info(front).place);
    const auto at = std::find(tabs.begin(), tabs.end(), front) - tabs.begin();
    return tabs[static_cast<size_t>(std::clamp<long>(at + step, 0, static_cast<long>(tabs.size()) - 1))];
}

int lesson_number(const lab::Lesson* lesson) { return lesson ? lesson->number : 0; }

void loss(const PanelsView& view) {
    ui::loss_panel(view.stepper.session(), view.live_losses.record(), view.live_losses.epoch_x(),
                   view.stepper.displayed_steps());
}

}  // namespace

// Every panel in its place. The optional panels are tabs of the network or the equation area, so the main views
// stay where the lecturer expects them.
PanelsActions Panels::draw(const PanelsView& view) {
    PanelsActions out;
    const Layout& layout = view.layout;
    tab_bar_tabs.clear();
    stepping_to = std::exchange(stepped_tab, std::nullopt);
    draw_switcher(layout);
    draw_controls_and_loss(view, out);

    // The loss surface needs room for a square picture under its controls: while its tab is open the network
    // place reaches down over the equation's.
    const bool surface_tall = view.surface.info.open && shown(layout.equation);
    if (shown(layout.network))
        draw_network_area(view, surface_tall ? bounding(layout.network, layout.equation) : layout.network, out);
    if (!(surface_tall && out.surface_shown()) && shown(layout.equation)) draw_equation_area(view, out);

    // A hovered (or tapped) neuron's map fills the data plot while the network view is in front (ui/unit_map.h).
    mapped_unit = out.network_tab == PanelId::Network ? network_view.hovered : ui::NodeRef{};
    if (!ui::has_unit_map(view.shown, mapped_unit.layer, mapped_unit.unit)) mapped_unit = ui::NodeRef{};
    if (shown(layout.data)) {
        begin_place(PanelId::Data, layout.data, ImGuiWindowFlags_NoBackground);
        const render::PlotArea& p = view.plane;
        out.plot = ui::data_panel({view.stepper.session(), view.shown, view.stepper.trace(),
                                   view.stepper.current_event(), render::BoundaryRenderer::can_draw(view.shown, view.stepper.session().features()),
                                   p.x_min, p.x_max, p.y_min, p.y_max, layout.portrait || layout.phone,
                                   &view.live_losses.test_confusion(), view.lecture.palette, mapped_unit.layer,
                                   mapped_unit.unit});
        const bool taps_edit = view.stepper.session().config().dataset == core::DatasetKind::Custom;
        ui::point_tip({view.stepper.session().train_set(), out.plot, p.x_min, p.x_max, p.y_min, p.y_max, taps_edit},
                      point_tips);
        ImGui::End();
    }

    if (shown(layout.step_bar)) {
        begin_place(PanelId::Steps, layout.step_bar);
        ui::StepBarView play = view.play;
        play.phone = layout.phone;
        play.portrait = layout.portrait;
        out.steps = ui::step_bar(play);
        step_bar = out.steps;
        ImGui::End();
    }
    draw_overlays(view, out);
    return out;
}

// Portrait screens have no room for both columns: the controls and the loss share one place, as tabs. A place a
// link hid (hide=) is an empty rectangle: nothing is drawn there.
void Panels::draw_controls_and_loss(const PanelsView& view, PanelsActions& out) {
    const Layout& layout = view.layout;
    const lab::Session& session = view.stepper.session();
    const bool controls_shown = shown(layout.controls), loss_shown = shown(layout.loss);
    if (controls_shown || (layout.portrait && loss_shown)) {
        begin_place(PanelId::Controls, controls_shown ? layout.controls : layout.loss);
        const bool tabs = layout.portrait && controls_shown && loss_shown && ImGui::BeginTabBar("controls tabs");
        if (controls_shown && (!tabs || ImGui::BeginTabItem(panel_info(PanelId::Controls).title))) {
            const Lecture& lecture = view.lecture;
            out.lecture = ui::lecture_bar({lesson_number(view.lesson), lecture.presentation, lecture.content_zoom,
                                           lecture.light, lecture.link_message});
            ui::lesson_panel(view.lesson);
            ImGui::Separator();
            if (view.play.graph) {  // the graph steps: the network's settings and files are not this lesson's
                ImGui::TextWrapped("The graph has no training settings: type its expression and variables in the "
                                   "Graph tab. Another tab in front brings the network's settings back.");
            } else {
                out.controls = ui::controls_panel(
                    {session.config(), session.train_set().count(), view.files_message, view.lecture.palette}, controls);
                out.files = out.controls.files;
            }
            if (tabs) ImGui::EndTabItem();
        }
        if ((tabs && ImGui::BeginTabItem(panel_info(PanelId::Loss).title)) || (!controls_shown && loss_shown)) {
            loss(view);
            if (tabs) ImGui::EndTabItem();
        }
        if (tabs) ImGui::EndTabBar();
        controls_scroll = ImGui::GetScrollY();
        controls_overflow = ImGui::GetScrollMaxY();
        ImGui::End();
    }
    if (!layout.portrait && loss_shown) {
        begin_place(PanelId::Loss, layout.loss);
        loss(view);
        ImGui::End();
    }
}

// The network area's tabs (panel_table.h). A tab asked for (by a lesson, the JS API or the loss surface) comes to
// the front once; after that the student's clicks decide.
void Panels::draw_network_area(const PanelsView& view, const Rect& place, PanelsActions& out) {
    begin_place(PanelId::Network, place);
    const bool steppers = needs_steppers(PanelId::Network);
    if (ImGui::BeginTabBar("network tabs", kTabBarFlags)) {
        for (const PanelInfo& panel : kPanels) {
            if (panel.place != PanelId::Network || !tab(panel.id, view)) continue;
            out.network_tab = panel.id;
            switch (panel.id) {
            case PanelId::Network:
                network_view.health = view.health ? &view.health->net : nullptr;
                network_view.sign_cues = ui::palette_info(view.lecture.palette).shapes;
                network_view.prediction = view.prediction;
                out.network = ui::network_view(view.stepper, network_view);
                break;
            case PanelId::Surface:
                out.surface = ui::surface_panel(view.surface);
                break;
            case PanelId::Graph:
                draw_prediction(view, out);
                graph.prediction = view.prediction;
                out.graph = ui::graph_panel(view.graph, graph);
                break;
            case PanelId::Digits: {
                const bool training = view.play.playing && view.play.mode == ui::PlayMode::Train;
                out.digits = ui::digits_panel(
                    {view.stepper.session(), view.shown, training, view.live_losses.record().test_accuracy}, digits);
                break;
            }
            case PanelId::Capacity: out.capacity = ui::capacity_panel(view.capacity); break;
            default: break;
            }
            ImGui::EndTabItem();
        }
        if (view.lecture.presentation && ui::presentation_tab_button(view.lecture.controls_shown).toggle_controls)
            out.lecture.toggle_controls = true;
        step_tabs(steppers, out.network_tab);
        ImGui::EndTabBar();
    }
    ImGui::End();
}

void Panels::draw_equation_area(const PanelsView& view, PanelsActions& out) {
    begin_place(PanelId::Equation, view.layout.equation);
    const bool steppers = needs_steppers(PanelId::Equation);
    if (ImGui::BeginTabBar("equation tabs", kTabBarFlags)) {
        for (const PanelInfo& panel : kPanels) {
            if (panel.place != PanelId::Equation || !tab(panel.id, view)) continue;
            out.equation_tab = panel.id;
            switch (panel.id) {
            case PanelId::Equation: {
                const std::vector<std::string> worked = lab::worked_example(view.lesson ? view.lesson->id : "");
                ui::EquationView equation{view.stepper, view.lesson ? view.lesson->formula : std::string()};
                equation.worked_numbers = &worked;
                equation.graph_steps = view.play.graph != nullptr;
                equation.prediction = view.prediction;
                if (!equation.graph_steps) draw_prediction(view, out);
                out.equation = ui::equation_panel(equation);
                break;
            }
            case PanelId::GradCheck: {
                const std::vector<std::string> worked = lab::worked_example_on(view.lesson, panel_name(PanelId::GradCheck));
                const lab::Question* withheld = view.prediction ? view.prediction->hidden_gradient() : nullptr;
                out.gradcheck = ui::gradcheck_panel(
                    {view.gradcheck, view.gradcheck_stale, &worked, withheld ? withheld->symbol.c_str() : nullptr});
                break;
            }
            case PanelId::Gradients: ui::gradient_size_panel(view.health, view.shown.hidden); break;
            case PanelId::Gallery:
                // no mark at a z or a that a prediction waits for
                ui::activation_gallery(view.stepper, view.prediction && view.prediction->pending()
                                                         ? ui::NodeRef{} : ui::focus_node(network_view, view.stepper));
                break;
            case PanelId::Narration:
                narration.prediction = view.prediction;
                out.narration = ui::narration_panel(view.stepper, view.lecture.palette, narration);
                break;
            default: break;
            }
            ImGui::EndTabItem();
        }
        step_tabs(steppers, out.equation_tab);
        ImGui::EndTabBar();
    }
    ImGui::End();
}

PanelId Panels::front_place(const Lecture& lecture, bool tab_asked) {
    if (tab_asked) phone_front = PanelId::Network;
    if (lecture.select_tabs.empty()) return phone_front;
    phone_front = PanelId::Network;
    for (PanelId tab : lecture.select_tabs)
        if (!is_place(tab)) return phone_front = panel_info(tab).place;
    return phone_front;
}

// A phone's places behind one another: a tap on the switcher brings one to the front (from the next frame on).
void Panels::draw_switcher(const Layout& layout) {
    switcher_tabs.clear();
    if (!shown(layout.switcher)) return;
    std::vector<std::string> names;
    int front = 0;
    for (PanelId place : layout.switched) {
        if (place == layout.front) front = static_cast<int>(names.size());
        names.emplace_back(panel_info(place).title);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, 4));
    ImGui::SetNextWindowPos(ImVec2(layout.switcher.x, layout.switcher.y));
    ImGui::SetNextWindowSize(ImVec2(layout.switcher.w, layout.switcher.h));
    ImGui::Begin("Places", nullptr, kFixedWindow | ImGuiWindowFlags_NoScrollbar);
    const ui::PlaceSwitcherActions tapped = ui::place_switcher({names, front, !layout.portrait});
    ImGui::End();
    ImGui::PopStyleVar(2);
    switcher_tabs = tapped.tabs;
    if (tapped.chosen >= 0) phone_front = layout.switched[static_cast<size_t>(tapped.chosen)];
}

bool Panels::tab(PanelId panel, const PanelsView& view) {
    const bool open = begin_tab(panel, view, stepping_to == panel);
    const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
    tab_bar_tabs.push_back({panel_info(panel).title, min.x, min.y, size.x, size.y});
    return open;
}

void Panels::step_tabs(bool steppers, const std::optional<PanelId>& front) {
    if (!steppers) return;
    const int step = ui::tab_steppers(tab_bar_tabs);
    if (step != 0 && front) stepped_tab = tab_beside(*front, step);
}

void Panels::draw_prediction(const PanelsView& view, PanelsActions& out) {
    if (!view.prediction) return;
    out.prediction = ui::prediction_panel(*view.prediction, view.prediction_note ? *view.prediction_note : "", prediction);
    ImGui::Separator();
}

void Panels::draw_overlays(const PanelsView& view, PanelsActions& out) {
    // over the plot, or at the top of the data place when there is no plot
    const Rect& data = view.layout.data;
    const bool has_plot = out.plot.size > 0;
    const float x = has_plot ? out.plot.left : data.x + 8;
    const float y = (has_plot ? out.plot.top : data.y) + 8;
    const float w = std::max(320.0f, has_plot ? out.plot.size : data.w - 16);
    const lab::Session& session = view.stepper.session();
    if (session.divergence().happened()) out.rescue = ui::divergence_banner(session.divergence(), x, y, w);
    else ui::rising_loss_banner(session.rising_loss(), x, y, w);
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    out.close_help = view.show_help && ui::help_overlay(screen.x, screen.y, view.play.graph != nullptr);
    out.dismiss_notices = ui::notice_bar(view.lecture.notices_title, view.lecture.notices, screen.x);
    if (view.replay) out.cancel_replay = ui::replay_bar(*view.replay, screen.x, screen.y);
}

}  // namespace app
