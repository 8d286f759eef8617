// Every panel in its place (app/layout.h), and the panels' own UI state. Each panel has one shape (chips'
// debugger windows; ui/step_bar.h is the model): a const view of what it shows, the panel's own UI state if it
// has any, and the actions the user asked for as its result —
//     XActions x_panel(const XView& view[, XPanelState& own]);
// Panels never compute and never change the lab: draw() returns every panel's actions, and the App applies them
// after the frame is drawn. A new panel: a row in app/panel_table.h, its view and call here, its action applied in
// app.cpp.
#pragma once
#include <optional>
#include <string>

#include "app/layout.h"
#include "app/lecture.h"
#include "app/panel_table.h"
#include "lab/lessons/graph_lesson.h"
#include "lab/lessons/lesson_state.h"
#include "lab/lessons/lessons.h"
#include "lab/teach/gradcheck_run.h"
#include "lab/teach/live_losses.h"
#include "lab/teach/stepper.h"
#include "render/plot_area.h"
#include "ui/capacity_panel.h"
#include "ui/controls_panel.h"
#include "ui/data_panel.h"
#include "ui/digits_panel.h"
#include "ui/divergence_banner.h"
#include "ui/equation_panel.h"
#include "ui/export_panel.h"
#include "ui/gradcheck_panel.h"
#include "ui/graph_panel.h"
#include "ui/lecture_bar.h"
#include "ui/narration_panel.h"
#include "ui/network_view.h"
#include "ui/place_switcher.h"
#include "ui/point_tip.h"
#include "ui/prediction_panel.h"
#include "ui/step_bar.h"
#include "ui/surface_panel.h"

namespace app {

// What the panels show this frame: the App's state, read-only.
struct PanelsView {
    const Layout& layout;
    const lab::Stepper& stepper;
    const lab::Lesson* lesson;           // nullptr: a custom configuration
    const Lecture& lecture;
    const core::Network& shown;          // Θ as of the cursor, what every view draws
    const lab::LiveLosses& live_losses;  // the loss table, the live point and the confusion matrix of `shown`
    const lab::GraphLesson& graph;
    const lab::GradCheckRun& gradcheck;
    bool gradcheck_stale;                // Θ or the step changed since the check (lab::gradcheck_stale)
    const ui::SurfacePanelView& surface;
    const render::PlotArea& plane;       // the input plane the data panel frames
    ui::StepBarView play;                // the play settings and the timeline
    const std::string& files_message;    // the last export's or import's result
    bool show_help;
    std::optional<PanelId> bring_to_front;  // a network tab the JS API or SurfaceHost asked for, this frame
    const lab::LinkReplay* replay = nullptr;  // a link's training replaying over frames (progress bar), or none
    const lab::HealthComparison* health = nullptr;  // lesson 5's gradient sizes and unit marks, while shown
    const lab::Prediction* prediction = nullptr;    // predict, then reveal: what is hidden, the score
    const std::string* prediction_note = nullptr;   // the App's last refusal there
    ui::CapacityPanelView capacity{};               // lesson 6's three runs
};

// What the user asked for this frame, per panel (defaults: nothing), and where things went on screen.
struct PanelsActions {
    ui::LectureActions lecture;
    ui::ControlsActions controls;
    ui::ExportActions files;
    ui::NetworkViewActions network;
    ui::SurfacePanelActions surface;
    ui::GraphActions graph;
    ui::DigitsActions digits;
    ui::GradCheckActions gradcheck;
    ui::StepActions steps;
    ui::DivergenceActions rescue;
    ui::EquationActions equation;
    ui::NarrationActions narration;
    ui::PredictionActions prediction;
    ui::CapacityPanelActions capacity;
    bool close_help = false;
    bool dismiss_notices = false;
    bool cancel_replay = false;

    std::optional<PanelId> network_tab;   // the network area's tab in front (none when the area is hidden)
    bool surface_shown() const { return network_tab == PanelId::Surface; }  // the loss-surface tab was drawn
    std::optional<PanelId> equation_tab;  // the equation area's, likewise
    ui::DataPlot plot;                   // where the data panel put the square plot (size 0: none)
};

class Panels {
public:
    PanelsActions draw(const PanelsView& view);

    // The panels' own UI state, between frames. The JS API reads where things were drawn.
    ui::NetworkViewState network_view;
    ui::ControlsState controls;
    ui::NodeRef mapped_unit;     // the unit whose map the data plot shows instead of h(x) (none: layer −1)
    ui::GraphPanelState graph;
    ui::DigitsPanelState digits;
    ui::NarrationPanelState narration;
    ui::PredictionPanelState prediction;
    ui::StepActions step_bar;    // the step bar's last answer: where its timeline is, the height it needed
    float controls_scroll = 0;   // how far the controls place is scrolled (touch tests)
    // A phone's place switcher (app/layout.h): the place in front, and where the switcher's tabs and the tab bars'
    // tabs were drawn last (the JS API's touch targets).
    PanelId phone_front = PanelId::Network;
    std::vector<ui::TapRect> switcher_tabs, tab_bar_tabs;
    ui::PointTipState point_tips;  // a touch screen: the data point a tap pinned the tip of
    std::optional<PanelId> stepped_tab;  // the tab a tab bar's ◀ or ▶ (a touch screen) brings to the front next frame
    std::optional<PanelId> stepping_to;  // this frame's: stepped_tab taken as the frame starts (if its bar is not
                                         // drawn in that frame, the request lapses)

    // Before the layout: a just-opened lesson brings the place of the first tab it selects that is not a place's
    // own (the loss surface: the network place; the gradient check: the equation's) to the front of a phone's
    // switcher, else the network; a tab the JS API asked for (`tab_asked`, a network tab) brings the network.
    PanelId front_place(const Lecture& lecture, bool tab_asked);
    float controls_overflow = 0;  // how far it could scroll: 0 when everything in it is in view (layout tests)

private:
    void draw_controls_and_loss(const PanelsView& view, PanelsActions& out);
    void draw_network_area(const PanelsView& view, const Rect& place, PanelsActions& out);
    void draw_equation_area(const PanelsView& view, PanelsActions& out);
    void draw_overlays(const PanelsView& view, PanelsActions& out);  // divergence banner, help, notices, replay
    void draw_switcher(const Layout& layout);
    bool tab(PanelId panel, const PanelsView& view);  // begin_tab, its rectangle noted in tab_bar_tabs
    void step_tabs(bool steppers, const std::optional<PanelId>& front);  // the ◀ ▶ of a tab bar, when it has them
    void draw_prediction(const PanelsView& view, PanelsActions& out);  // the prediction's row, when there is a place
};

}  // namespace app
