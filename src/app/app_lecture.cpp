// Lessons, links and the lecture's display: the lesson menu and keys, the state as a URL hash (open a link, capture
// one, hide= places), presentation mode and the light/dark themes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "app/app.h"
#include "app/app_keys.h"
#include "app/platform.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // the hovered window and whether the active widget uses the wheel (touch scrolling)
#include "lab/lessons/lesson_state.h"
#include "lab/io/url_state.h"
#include "lab/surface/surface_view.h"
#include "ui/fonts.h"

namespace app {
namespace {

constexpr Uint32 kSecondDigitMs = 1000;  // "1" then "7" within this: lesson 17
// A link's replay of training: up to half a second when it opens (most links are done by then); a longer one goes
// on over the frames, this much of each, so that keys, clicks and the JS API are answered in between.
constexpr double kOpenReplaySeconds = 0.5;
constexpr double kReplayFrameSeconds = 0.03;
constexpr long long kMaxReplayChunk = 64;  // steps between two looks at the clock
constexpr const char* kNotOpened = "Link not opened: nothing in it could be used, so the lab is as it was.";

// The network area's tab a lesson opens on: the first of its panels that is one (Lecture::selects), else Network.
PanelId lesson_tab(const lab::Lesson* lesson) {
    PanelId tab = PanelId::Network;
    for (const std::string& name : lesson ? lesson->panels : std::vector<std::string>{})
        if (parse_panel(name, tab) && panel_info(tab).network_tab) return tab;
    return PanelId::Network;
}

}  // namespace

void App::open_lesson(const lab::Lesson& lesson) {
    replay_.reset();  // the lesson replaces whatever a link's replay had trained
    lesson_ = &lesson;
    lab::load_lesson(stepper_, lesson);
    prediction_.new_lesson();
    session_replaced();
    open_lesson_views();
    lecture_.notices.clear();
    lecture_.link_message.clear();
}

void App::open_lesson_surface() {
    if (!lesson_) return;
    const auto& panels = lesson_->panels;
    const bool shown = std::find(panels.begin(), panels.end(), panel_name(PanelId::Surface)) != panels.end();
    std::string error;
    if (!surface_.set_view(lesson_->surface_view + (shown ? "" : ",closed"), session(), error))
        std::fprintf(stderr, "backprop_lab: lesson %d: %s\n", lesson_->number, error.c_str());
    lesson_surface_words_ = lab::surface_view_words(surface_.view());  // a link writes surf= only when it differs
}

// A link opens as a whole or not at all (lab/io/url_state.h): everything it describes is built and checked on the
// side — a new stepper, the lecture's display, the graph — and only when at least one field applied does it replace
// the lab's state. What only the App can check (panel ids, the theme, the graph's texts, weight edits against the
// network's shape) counts as refused here the same way decode's checks do.
std::vector<std::string> App::open_link(const std::string& hash) {
    lab::DecodedLink link = lab::decode_link(hash);
    if (link.empty) return {};
    const lab::UrlState& state = link.state;
    std::vector<std::string> notices = link.notices;
    auto refuse = [&applied = link.applied](const char* key) {
        applied.erase(std::remove(applied.begin(), applied.end(), key), applied.end());
    };

    Lecture display = lecture_;
    const std::vector<std::string> bad_places = display.hide(state.hidden_panels);
    notices.insert(notices.end(), bad_places.begin(), bad_places.end());
    if (!state.hidden_panels.empty() && display.hidden.empty()) refuse("hide");
    display.set_presentation(state.presentation);
    const std::string theme_notice = display.set_theme(state.theme);
    if (!theme_notice.empty()) notices.push_back(theme_notice), refuse("theme");
    if (!state.palette.empty() && !ui::parse_palette(state.palette, display.palette)) {
        notices.push_back("'palette': no palette '" + state.palette + "' (palettes: " + ui::palette_ids() + "); ignored");
        refuse("palette");
    }
    // the computational graph's texts ("" = the lecture's (x + y)z); a text that does not parse is a notice
    const std::string expression = state.expression.empty() ? lab::kGraphExpression : state.expression;
    const std::string variables = state.variables.empty() ? lab::kGraphVariables : state.variables;
    lab::GraphLesson trial_graph;
    const bool graph_parses = trial_graph.set(expression, variables);
    if (!graph_parses) {
        notices.push_back(std::string(trial_graph.error().in_variables ? "'vars'" : "'expr'") + ": " +
                          trial_graph.error().where.message + " — the graph stays as it was");
        refuse("expr"), refuse("vars");
    }
    PanelId tab = PanelId::Network;
    if (!state.tab.empty() && !(parse_panel(state.tab, tab) && panel_info(tab).network_tab)) {
        notices.push_back("'tab': no tab '" + state.tab + "' (tabs: " + network_tab_names() + "); ignored");
        refuse("tab");
    }
    lab::Stepper opened(state.config);
    int edits_applied = 0;
    const lab::LinkReplay replay = lab::start_link(state, opened, notices, edits_applied);
    if (!state.edits.empty() && edits_applied == 0) refuse("w");

    if (link.applied.empty()) {  // nothing in it applies: the lab stays as it was, a running replay too
        notices.insert(notices.begin(), kNotOpened);
        lecture_.notices = notices;
        lecture_.notices_title.clear();
        return notices;
    }
    replay_.reset();  // a replay still running belonged to the link this one replaces
    start_card_ = false;  // a link names where to start
    stepper_ = std::move(opened);
    if (const lab::Lesson* lesson = lab::find_lesson(std::to_string(state.lesson))) lesson_ = lesson;
    session_replaced();
    lecture_ = display;
    open_lesson_views();
    if (graph_parses) set_graph(expression, variables);
    std::string surface_error;  // the words were checked; a picked weight the network lacks is found here
    if (!state.surface.empty() && !surface_.set_view(state.surface + ",closed", session(), surface_error))
        notices.push_back("'surf': " + surface_error + "; the lesson's view is shown");
    if (!state.tab.empty() && std::find(link.applied.begin(), link.applied.end(), "tab") != link.applied.end())
        lecture_.select_tabs.insert(lecture_.select_tabs.begin(), tab);  // before the lesson's own
    lecture_.notices = notices;
    lecture_.notices_title = kLinkOpenedTitle;
    lecture_.link_message.clear();
    replay_ = replay;
    run_replay(kOpenReplaySeconds);  // a short replay ends here; a longer one goes on over the next frames
    set_predict(state.predict);
    return lecture_.notices;
}

// Called before anything that changes the training state (a step, play, reset, a new setting or weight, a lesson,
// an import): a replay still running stops where it is, keeps what it trained and says so.
void App::stop_replay() {
    if (!replay_) return;
    lecture_.notices = {lab::replay_stopped_notice(*replay_)};
    lecture_.notices_title.clear();
    replay_.reset();
    timeline_last_ = std::max(timeline_last_, session().steps());
}

bool App::cancel_replay() {
    const bool running = replay_.has_value();
    stop_replay();
    return running;
}

void App::finish_replay() { run_replay(std::numeric_limits<double>::infinity()); }

void App::advance_replay() { run_replay(kReplayFrameSeconds); }

// The link's replay for at most `seconds` (at least one step), in chunks that grow while they are quick; when it is
// done, its last notices (a divergence, the cursor) join the link's.
void App::run_replay(double seconds) {
    if (!replay_) return;
    const Uint64 start = SDL_GetPerformanceCounter();
    const double ticks_per_second = static_cast<double>(SDL_GetPerformanceFrequency());
    long long chunk = 1;
    while (!replay_->finished(stepper_)) {
        lab::replay_steps(*replay_, stepper_, chunk);
        if (static_cast<double>(SDL_GetPerformanceCounter() - start) > seconds * ticks_per_second) break;
        chunk = std::min(2 * chunk, kMaxReplayChunk);
    }
    timeline_last_ = std::max(timeline_last_, session().steps());
    if (!replay_->finished(stepper_)) return;
    lab::finish_link(*replay_, stepper_, lecture_.notices);
    replay_.reset();
}

std::vector<std::string> App::refuse_long_link(double length) {
    lecture_.notices = {kNotOpened, lab::link_too_long_notice(length)};
    lecture_.notices_title.clear();
    return lecture_.notices;
}

std::string App::link() const {
    bool restarted = false;
    lab::UrlState state = lab::capture_url_state(stepper_, lesson_number(), restarted);
    for (PanelId place : lecture_.hidden) state.hidden_panels.push_back(panel_name(place));
    state.presentation = lecture_.presentation;
    if (lecture_.light != lecture_.presentation) state.theme = lecture_.light ? "light" : "dark";  // not the default
    if (lecture_.palette != ui::Palette::Standard) state.palette = ui::palette_info(lecture_.palette).id;
    state.predict = prediction_.on();
    if (graph_.expression() != lab::kGraphExpression) state.expression = graph_.expression();
    if (graph_.variables() != lab::kGraphVariables) state.variables = graph_.variables();
    if (network_tab_ != lesson_tab(lesson_)) state.tab = panel_name(network_tab_);
    const std::string surface = lab::surface_view_words(surface_.view());
    if (surface != lesson_surface_words_) state.surface = surface;
    return lab::encode(state);
}

void App::copy_link() {
    bool restarted = false;
    lab::capture_url_state(stepper_, lesson_number(), restarted);
    const std::string hash = link();
    share_link(hash);  // the browser puts it in the address bar and the clipboard; natively the clipboard
    lecture_.link_message = restarted ? "Link copied. A weight was typed during training, so the link starts from the "
                                "current weights (no steps to replay)."
                              : "Link copied: it reopens this state.";
}

bool App::edit_weight(int layer, int row, int col, double value) {
    note_change(true);
    stop_replay();
    return stepper_.edit_weight(layer, row, col, value);
}

void App::set_presentation(bool on, float zoom) { lecture_.set_presentation(on, zoom); }

void App::set_light_theme(bool light) { lecture_.light = light; }

void App::apply(const ui::LectureActions& actions) {
    if (actions.open_lesson > 0)
        if (const lab::Lesson* lesson = lab::find_lesson(std::to_string(actions.open_lesson))) open_lesson(*lesson);
    if (actions.copy_link) copy_link();
    if (actions.toggle_presentation) set_presentation(!lecture_.presentation);
    if (actions.content_zoom > 0) set_presentation(lecture_.presentation, actions.content_zoom);
    if (actions.toggle_controls) lecture_.controls_shown = !lecture_.controls_shown;
    if (actions.set_light >= 0) set_light_theme(actions.set_light == 1);
}

// PageUp/PageDown: previous/next lesson. 1–9: that lesson; a second digit within a second makes 10–17 ("1", "7");
// Alt+0…7: lessons 10–17. F2: presentation mode; C: its controls and loss places. T: light/dark. L: copy the link. Each fires as that key only
// (app_keys.h): Shift+8 ('*') is no lesson, a 't' typed into a field does not switch the theme.
bool App::lecture_key() {
    const int count = static_cast<int>(lab::lessons().size());
    const int now = lesson_number();
    ui::LectureActions actions;
    bool pressed = false;
    const auto on = [&pressed](const Key& key) { return key_pressed(key) && (pressed = true); };
    if (on({ImGuiKey_PageUp, false, 0})) actions.open_lesson = std::max(1, now - 1);
    if (on({ImGuiKey_PageDown, false, 0})) actions.open_lesson = std::min(count, now + 1);
    if (on({ImGuiKey_F2, false, 0})) actions.toggle_presentation = true;
    if (on({ImGuiKey_C, false, 'c'}) && lecture_.presentation) actions.toggle_controls = true;
    if (on({ImGuiKey_T, false, 't'})) actions.set_light = lecture_.light ? 0 : 1;
    if (on({ImGuiKey_L, false, 'l'})) actions.copy_link = true;
    for (int digit = 0; digit <= 9; ++digit) {
        const char typed = static_cast<char>('0' + digit);
        const ImGuiKey row = static_cast<ImGuiKey>(ImGuiKey_0 + digit), pad = static_cast<ImGuiKey>(ImGuiKey_Keypad0 + digit);
        // every chord asked for each frame (app_keys.h), so no || that would skip the second
        const bool alt_row = on({ImGuiMod_Alt | row, false, typed}), alt_pad = on({ImGuiMod_Alt | pad, false, typed});
        const bool plain_row = on({row, false, typed}), plain_pad = on({pad, false, typed});
        if (alt_row || alt_pad) actions.open_lesson = 10 + digit <= count ? 10 + digit : 0;
        if (!plain_row && !plain_pad) continue;
        const Uint32 time = key_down_at_;  // when it was pressed, not when a slow frame got to it
        const int two = lecture_.typed_digit * 10 + digit;
        if (lecture_.typed_digit > 0 && time - lecture_.typed_at <= kSecondDigitMs && two <= count) {
            actions.open_lesson = two;
            lecture_.typed_digit = -1;
        } else {
            if (digit >= 1) actions.open_lesson = digit;
            lecture_.typed_digit = digit;
            lecture_.typed_at = time;
        }
    }
    if (pressed) apply(actions);
    return pressed;
}

// ImGui scrolls a window by the wheel or its scrollbar only; on a phone one finger dragging up or down over a panel
// should scroll it, as a web page does. SDL turns a touch into mouse events too (taps and drags reach ImGui's
// widgets); here a mostly vertical drag also becomes wheel steps for the panel under the finger, if it can scroll —
// also when the finger went down on a button (which then is not pressed: the finger leaves it) or a slider (which
// follows the horizontal position only). Two fingers are a pinch (the loss surface's 3-D view).
void App::touch_scroll(const SDL_TouchFingerEvent& finger) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (SDL_GetNumTouchFingers(finger.touchId) != 1 || std::fabs(finger.dy) <= 2.0f * std::fabs(finger.dx)) return;
    const ImGuiWindow* window = g.HoveredWindow;
    if (!window || window->ScrollMax.y <= 0.0f) return;
    if (g.ActiveId != 0 && ImGui::GetKeyOwner(ImGuiKey_MouseWheelY) == g.ActiveId) return;  // e.g. a slider's wheel
    int width = 0, height = 0;
    SDL_GetWindowSize(window_, &width, &height);
    // a stroke on the digits pad paints (a "1" is a vertical drag): it never scrolls the panel under it
    const ui::DigitsPanelState& digits = panels_.digits;
    const float x = finger.x * static_cast<float>(width), y = finger.y * static_cast<float>(height);
    const bool on_pad = x >= digits.pad_left && x <= digits.pad_left + digits.pad_side && y >= digits.pad_top &&
                        y <= digits.pad_top + digits.pad_side;
    if (network_tab_ == PanelId::Digits && shown(layout_.network) && (digits.painting || on_pad)) return;
    const float wheel_step = 5.0f * ImGui::GetFontSize();  // what ImGui scrolls per wheel notch (at most)
    ImGui::GetIO().MouseWheel += finger.dy * static_cast<float>(height) / wheel_step;
}

void App::update_theme() {
    const float ratio = pixel_ratio(window_);
    // Phones, either way round, get finger-size buttons and tabs (not a mouse pointer's).
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    const ui::Theme wanted{lecture_.light, lecture_.chrome_scale(screen.y), phone_screen(screen.x, screen.y),
                           lecture_.content_scale(screen.y)};
    const bool fonts_stale = (ratio > 0 && ratio != font_ratio_) || wanted.scale != built_theme_.scale ||
                             wanted.content_scale != built_theme_.content_scale;
    if (fonts_stale) {
        // A new pixel ratio (another screen, browser zoom) or presentation scale: glyphs again at one texel per
        // device pixel.
        if (ratio > 0) font_ratio_ = ratio;
        ui::load_fonts(font_ratio_, wanted.scale, wanted.content_scale);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (fonts_stale || wanted.light != built_theme_.light || wanted.touch != built_theme_.touch)
        ui::apply_style(wanted);
    built_theme_ = wanted;
}

}  // namespace app
