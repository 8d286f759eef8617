// The App's autosave (the policy in app/autosave.h, the storage in app/platform_autosave.h): the state is written a
// while after it changes and when the page is hidden or the app quits; at start the saved session is offered.
#include <chrono>

#include "app/app.h"
#include "app/platform.h"
#include "app/platform_autosave.h"
#include "imgui.h"
#include "lab/io/json.h"
#include "ui/start_card.h"

namespace app {
namespace {

double wall_clock_ms() {
    using namespace std::chrono;
    return static_cast<double>(duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

double monotonic_seconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

void App::note_change(bool by_action) {
    ++revision_;
    if (by_action) ++acted_;
}

void App::start_autosave(bool after_link, bool restore_now) {
    autosave_on_ = true;
    std::string text, error;
    std::optional<SavedSession> saved;
    if (read_autosave(text, error)) {
        SavedSession session;
        if (decode_saved_session(text, session, error)) saved = std::move(session);
    }
    autosave_error_ = error;
    autosave_.start(std::move(saved), after_link, revision_, acted_);
    if (restore_now && autosave_.offer()) restore_saved_session();
    // A first visit: nothing named at start, no saved session, the card never dismissed.
    start_card_ = !after_link && !saved && !restore_now && !start_card_dismissed();
    start_card_touch_ = touch_screen();
}

void App::draw_start_card() {
    if (!start_card_ || autosave_.offer()) return;
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    const ui::StartCardActions actions =
        ui::start_card({start_card_touch_, lesson_number(), lesson_ ? lesson_->title.c_str() : "", screen.x, screen.y});
    start_card_button_ = {actions.button_x, actions.button_y, actions.button_w, actions.button_h};
    if (!actions.dismiss) return;
    start_card_ = false;
    std::string error;
    if (!remember_start_card_dismissed(error)) autosave_error_ = error;
}

void App::autosave_tick(bool flush) {
    if (!autosave_on_) return;
    const double now = monotonic_seconds();
    if (!autosave_.should_save(revision_, acted_, now, flush)) return;
    SavedSession saving;
    saving.state = export_state();
    saving.saved_at_ms = wall_clock_ms();
    saving.lesson = lesson_number();
    saving.steps = session().steps();
    std::string error;
    // A refusal (storage full or unavailable) is remembered, not retried every frame: the next change tries again.
    autosave_error_ = write_autosave(encode_saved_session(saving), error) ? "" : error;
    autosave_.saved(revision_, now);
}

void App::save_session_now() { autosave_tick(true); }

std::vector<std::string> App::restore_saved_session() {
    if (!autosave_.offer()) return {"there is no saved session to restore"};
    const std::string state = autosave_.offer()->session.state;
    autosave_.answered();
    std::vector<std::string> problems = import_state(state);
    if (!problems.empty()) {
        std::string notice = "The saved session could not be restored:";
        for (const std::string& p : problems) notice += " " + p + ";";
        notice.back() = '.';
        lecture_.notices = {notice};
        lecture_.notices_title.clear();
    }
    return problems;
}

void App::dismiss_saved_session() { autosave_.answered(); }

void App::draw_restore_prompt() {
    restore_answer_ = {};
    if (!autosave_.offer()) return;
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    restore_answer_ = ui::restore_prompt({describe_saved_session(autosave_.offer()->session, wall_clock_ms()),
                                          autosave_.offer()->after_link, screen.x, screen.y});
}

void App::apply_restore_answer() {
    if (restore_answer_.restore) restore_saved_session();
    if (restore_answer_.dismiss) dismiss_saved_session();
    restore_answer_ = {};
}

void App::write_autosave_state(lab::JsonWriter& out) const {
    out.begin_object();
    out.key("on").value(autosave_on_);
    out.key("offer");
    if (const std::optional<RestoreOffer>& offer = autosave_.offer()) {
        out.begin_object();
        out.key("summary").value(describe_saved_session(offer->session, wall_clock_ms()));
        out.key("after_link").value(offer->after_link);
        out.key("steps").value(offer->session.steps);
        out.end_object();
    } else {
        out.value_null();
    }
    out.key("error").value(autosave_error_);
    out.key("start_card");  // null, or where its "Got it" button is
    if (start_card_ && !autosave_.offer()) {
        const Rect& b = start_card_button_;
        out.begin_object();
        out.key("button").begin_object();
        out.key("x").value(static_cast<double>(b.x)).key("y").value(static_cast<double>(b.y));
        out.key("w").value(static_cast<double>(b.w)).key("h").value(static_cast<double>(b.h));
        out.end_object();
        out.end_object();
    } else {
        out.value_null();
    }
    out.end_object();
}

}  // namespace app
