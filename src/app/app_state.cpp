// The App's state for the JS API: lab::state_json plus where things are on screen.
#include <algorithm>

#include "app/app.h"
#include "imgui.h"
#include "lab/io/json.h"
#include "lab/io/state_json.h"
#include "lab/surface/surface_view.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace app {

std::string App::state_json() const {
    lab::StateExtras extras;
    extras.lesson = lesson_ ? lesson_->number : 0;
    extras.caption = lesson_ ? lesson_->caption : "";
    extras.playing = playing_;
    lab::JsonWriter out;  // one object: the lab's state, then "view", "surface", "graph" and "digits"
    out.begin_object();
    lab::write_state_members(stepper_, extras, out);

    lab::JsonWriter view;
    view.begin_object();
    view.key("play_mode").value(mode_ == ui::PlayMode::Train ? "train" : "events");
    view.key("steps_per_frame").value(steps_per_frame_);
    view.key("events_per_second").value(static_cast<double>(events_per_second_));
    view.key("help").value(show_help_);
    view.key("keyboard_captured").value(ImGui::GetIO().WantCaptureKeyboard);  // a field has the keys: no stepping
    view.key("divergence");  // null, or the banner's text
    if (session().divergence().happened()) view.value(lab::divergence_message(session().divergence()));
    else view.value_null();
    view.key("rising_loss");  // null, or the warning's text (training goes on)
    if (session().rising_loss().warning) view.value(lab::rising_loss_message(session().rising_loss()));
    else view.value_null();
    view.key("timeline").begin_object();
    view.key("first").value(session().steps() - stepper_.timeline_length());
    view.key("last").value(std::max(timeline_last_, session().steps()));
    view.key("x").value(static_cast<double>(panels_.step_bar.timeline_x));  // the slider, w = 0 while it is hidden
    view.key("y").value(static_cast<double>(panels_.step_bar.timeline_y));
    view.key("w").value(static_cast<double>(panels_.step_bar.timeline_w));
    view.key("h").value(static_cast<double>(panels_.step_bar.timeline_h));
    view.end_object();
    // what the step bar drew: its right edge and the height it needed (the layout's "steps" place must hold both)
    view.key("step_bar").begin_object();
    view.key("right").value(static_cast<double>(panels_.step_bar.content_right));
    view.key("height").value(static_cast<double>(panels_.step_bar.content_height));
    view.key("steps").value(graph_steps() ? "graph" : "network");  // what Space, Next and bplab.step move
    view.key("status").value(panels_.step_bar.status);
    view.key("next").begin_object();  // the "Next →" button
    view.key("x").value(static_cast<double>(panels_.step_bar.next_x));
    view.key("y").value(static_cast<double>(panels_.step_bar.next_y));
    view.key("w").value(static_cast<double>(panels_.step_bar.next_w));
    view.key("h").value(static_cast<double>(panels_.step_bar.next_h));
    view.end_object();
    view.end_object();
    // Positions in CSS pixels from the canvas' top left (ImGui's logical pixels), for tests and embedding pages.
    // The lecture's display: hidden places (a link's hide=), each place's rectangle (empty when hidden), projector
    // mode and theme, the last link's notices.
    view.key("hidden").begin_array();
    for (PanelId place : lecture_.hidden) view.value(panel_name(place));
    view.end_array();
    view.key("layout").begin_object();
    for (const PanelInfo& panel : kPanels) {
        if (!is_place(panel.id)) continue;
        const Rect& r = place_of(layout_, panel.id);
        view.key(panel.name).begin_object();
        view.key("x").value(static_cast<double>(r.x)).key("y").value(static_cast<double>(r.y));
        view.key("w").value(static_cast<double>(r.w)).key("h").value(static_cast<double>(r.h));
        view.end_object();
    }
    view.end_object();
    view.key("controls_scroll").value(static_cast<double>(panels_.controls_scroll));
    view.key("controls_overflow").value(static_cast<double>(panels_.controls_overflow));
    // the data plot's background: "h" (the network's output) or a hovered unit's map, lecture numbering
    const ui::NodeRef mapped = panels_.mapped_unit;
    view.key("data_map").value(mapped.valid() ? "a" + std::to_string(mapped.layer + 1) + "_" + std::to_string(mapped.unit + 1)
                                              : std::string("h"));
    view.key("projector").value(lecture_.presentation);  // presentation mode, by its link word's older name
    view.key("presentation").value(lecture_.presentation);
    view.key("controls_shown").value(shown(layout_.controls));
    view.key("text_scale").value(static_cast<double>(ui::ui_scale()));        // the chrome's
    view.key("content_scale").value(static_cast<double>(ui::content_scale()));  // formulas, node values, labels
    view.key("theme").value(lecture_.light ? "light" : "dark");
    view.key("palette").value(ui::palette_info(lecture_.palette).id);
    view.key("notices").begin_array();
    for (const std::string& notice : lecture_.notices) view.value(notice);
    view.end_array();
    view.key("replay");  // null, or a link's training replaying over frames: {"done": steps, "total": steps}
    if (replay_) view.begin_object().key("done").value(replay_->done).key("total").value(replay_->total).end_object();
    else view.value_null();
    view.key("plot").begin_object();
    view.key("left").value(static_cast<double>(plot_screen_.left));
    view.key("top").value(static_cast<double>(plot_screen_.top));
    view.key("size").value(static_cast<double>(plot_screen_.size));
    view.end_object();
    view.key("nodes").begin_array();
    for (const ui::NodeSpot& n : panels_.network_view.nodes) {
        view.begin_object();
        view.key("l").value(n.layer + 1).key("j").value(n.unit + 1);  // lecture numbering; j = 0: bias unit
        view.key("x").value(static_cast<double>(n.x)).key("y").value(static_cast<double>(n.y));
        view.key("r").value(static_cast<double>(n.r));
        view.end_object();
    }
    view.end_array();
    view.key("layer_buttons").begin_array();  // the network view's + and −; l: the hidden layer (lecture numbering)
    for (const ui::EditButtonSpot& b : panels_.network_view.edit_buttons) {
        view.begin_object().key("change").value(lab::architecture_change_name(b.edit.change));
        view.key("l").value(b.edit.layer + 2).key("enabled").value(b.enabled);
        view.key("x").value(static_cast<double>(b.x)).key("y").value(static_cast<double>(b.y));
        view.key("w").value(static_cast<double>(b.w)).key("h").value(static_cast<double>(b.h));
        view.end_object();
    }
    view.end_array();
    view.key("tab").value(panel_name(network_tab_));
    view.key("files_message").value(files_message_);  // the export panel's last result (a PNG's size, an import's problem)
    view.key("surface_view").value(lab::surface_view_words(surface_.view()));  // as a link's surf= writes it
    write_lesson_views(view);  // "gradcheck", "health" (app_lesson_views.cpp)
    view.key("autosave");  // app_autosave.cpp: on, the restore prompt's offer, the last storage error
    write_autosave_state(view);
    view.key("graph_box").begin_object();
    view.key("left").value(static_cast<double>(panels_.graph.expression_box[0]));
    view.key("top").value(static_cast<double>(panels_.graph.expression_box[1]));
    view.key("width").value(static_cast<double>(panels_.graph.expression_box[2]));
    view.key("height").value(static_cast<double>(panels_.graph.expression_box[3]));
    view.end_object();
    view.key("pad").begin_object();
    view.key("left").value(static_cast<double>(panels_.digits.pad_left));
    view.key("top").value(static_cast<double>(panels_.digits.pad_top));
    view.key("size").value(static_cast<double>(panels_.digits.pad_side));
    view.end_object();
    view.end_object();

    out.key("view").value(view);
    out.key("surface");
    surface_.write_state(out);
    // The computational-graph lesson's state (lab/lessons/graph_lesson.h) and the digits pad's guess.
    out.key("graph");
    lab::write_graph_json(graph_, out);
    out.key("predict");
    lab::write_prediction_json(prediction_, out);
    out.key("digits").begin_object();
    core::Cache cache;
    const lab::DigitGuess guess = lab::guess_digit(shown_, panels_.digits.pad, cache);
    out.key("pad_empty").value(panels_.digits.pad.empty());
    out.key("first").value(guess.first).key("first_p").value(guess.first_p);
    out.key("second").value(guess.second).key("second_p").value(guess.second_p);
    out.key("probability").numbers(std::vector<double>(guess.probability.begin(), guess.probability.end()));
    out.end_object();
    out.end_object();
    return out.str();
}

}  // namespace app
