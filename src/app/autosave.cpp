#include "app/autosave.h"

#include <algorithm>
#include <cmath>

#include "lab/io/json.h"
#include "lab/lessons/lessons.h"

namespace app {
namespace {

constexpr const char* kFormat = "backprop-lab autosave";
constexpr int kVersion = 1;

// "just now", "3 min ago", "2 h ago", "5 days ago"
std::string time_ago(double ms) {
    const double minutes = std::floor(ms / 60000.0);
    if (minutes < 1) return "just now";
    if (minutes < 60) return std::to_string(static_cast<long long>(minutes)) + " min ago";
    const double hours = std::floor(minutes / 60);
    if (hours < 48) return std::to_string(static_cast<long long>(hours)) + " h ago";
    return std::to_string(static_cast<long long>(std::floor(hours / 24))) + " days ago";
}

}  // namespace

std::string encode_saved_session(const SavedSession& session) {
    lab::JsonWriter out;
    out.begin_object();
    out.key("format").value(kFormat);
    out.key("version").value(kVersion);
    out.key("saved_at").value(session.saved_at_ms);
    out.key("lesson").value(session.lesson);
    out.key("steps").value(session.steps);
    out.key("state").value(session.state);
    out.end_object();
    return out.str();
}

bool decode_saved_session(const std::string& text, SavedSession& out, std::string& error) {
    if (text.size() > kMaxSavedSessionBytes) {
        error = "the saved session is larger than " + std::to_string(kMaxSavedSessionBytes >> 20) + " MB";
        return false;
    }
    lab::Json root;
    if (!lab::parse_json(text, root, error)) {
        error = "the saved session is not valid JSON: " + error;
        return false;
    }
    const lab::Json* format = root.find("format");
    const lab::Json* version = root.find("version");
    if (!format || !format->is_string() || format->text != kFormat || !version || !version->is_number() ||
        version->number != kVersion) {
        error = "not a saved session of this version of the lab";
        return false;
    }
    const lab::Json* saved_at = root.find("saved_at");
    const lab::Json* lesson = root.find("lesson");
    const lab::Json* steps = root.find("steps");
    const lab::Json* state = root.find("state");
    if (!saved_at || !saved_at->is_number() || !lesson || !lesson->is_number() || !steps || !steps->is_number() ||
        !state || !state->is_string() || !(steps->number >= 0 && steps->number < 1e15)) {
        error = "the saved session lacks 'saved_at', 'lesson', 'steps' or 'state'";
        return false;
    }
    out.saved_at_ms = saved_at->number;
    out.lesson = lesson->number >= 0 && lesson->number <= 1000 ? static_cast<int>(lesson->number) : 0;
    out.steps = static_cast<long long>(steps->number);
    out.state = state->text;
    return true;
}

std::string describe_saved_session(const SavedSession& session, double now_ms) {
    const lab::Lesson* lesson = lab::find_lesson(std::to_string(session.lesson));
    std::string text = lesson ? "Lesson " + std::to_string(lesson->number) + " · " + lesson->title : "A session";
    text += " — " + std::to_string(session.steps) + (session.steps == 1 ? " step" : " steps");
    return text + ", saved " + time_ago(std::max(0.0, now_ms - session.saved_at_ms));
}

void AutosavePolicy::start(std::optional<SavedSession> saved, bool after_link, uint64_t revision, uint64_t acted) {
    offer_.reset();
    if (saved) offer_ = RestoreOffer{std::move(*saved), after_link};
    saved_revision_ = revision;  // what the lab shows at start is a lesson's or a link's: nothing of the student's yet
    acted_at_start_ = acted;
}

bool AutosavePolicy::should_save(uint64_t revision, uint64_t acted, double now_s, bool flush) const {
    if (revision == saved_revision_) return false;
    // An unanswered offer holds the slot until the student changes something: training that a lesson starts by
    // itself (the digits lesson) must not overwrite the session the offer is about.
    if (offer_ && acted == acted_at_start_) return false;
    return flush || now_s - saved_at_s_ >= kAutosaveIntervalSeconds;
}

void AutosavePolicy::saved(uint64_t revision, double now_s) {
    saved_revision_ = revision;
    saved_at_s_ = now_s;
}

}  // namespace app
