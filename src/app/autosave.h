// Autosave: the lab's state kept between runs, so that a crash, a closed tab or a reload loses nothing. This file is
// the policy — what a saved session holds, when to write it, what to offer at start; where the text is kept is the
// platform's (app/platform_autosave.h: localStorage in the browser, a file in the config directory natively).
//
// The state itself is App::export_state's JSON, the text import_state reads back; the saved session wraps it with
// the time it was saved and the facts the restore prompt shows, so that the prompt (and the page's crash banner)
// need not parse the state.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace app {

constexpr double kAutosaveIntervalSeconds = 2.0;  // at most one write this often while something changes
// The state is at most 16 MB (the import's limit; a state of the largest network is well under 1 MB), and the
// wrapper escapes it as a JSON string, which at most doubles it.
constexpr size_t kMaxSavedSessionBytes = 32u << 20;

struct SavedSession {
    std::string state;        // App::export_state: what App::import_state reads back
    double saved_at_ms = 0;   // milliseconds since 1970-01-01 UTC (JS Date.now())
    int lesson = 0;           // the lesson's number, 0 = none
    long long steps = 0;      // updates trained
};

// The text kept in the slot: {"format": "backprop-lab autosave", "version": 1, "saved_at": …, "lesson": …,
// "steps": …, "state": "<the state JSON as a string>"}.
std::string encode_saved_session(const SavedSession& session);
// False with `error` saying why for a text that is not a saved session of this version (or too large).
bool decode_saved_session(const std::string& text, SavedSession& out, std::string& error);
// What the prompt says: "Lesson 16 · Backprop — 340 steps, saved 3 min ago".
std::string describe_saved_session(const SavedSession& session, double now_ms);

// The restore prompt's content; `after_link`: a link (or a lesson, state or file given at start) is open, and the
// offer is to go back to the saved session instead of it.
struct RestoreOffer {
    SavedSession session;
    bool after_link = false;
};

// When to write, and what to offer. Revisions are the App's change counter (App::revision); `acted` counts only
// what the student (or the JS API) did, not training that runs by itself.
class AutosavePolicy {
public:
    // At start, once the link (if any) is open: what the slot held and the counters as they are now. Until the
    // student changes something or answers the offer, the slot is held: the saved session is not overwritten.
    void start(std::optional<SavedSession> saved, bool after_link, uint64_t revision, uint64_t acted);
    // Whether to write now: the state changed since the last write, the slot is not held, and (unless `flush`,
    // for page hide and quit) the interval since the last write has passed. `now_s`: a monotonic clock.
    bool should_save(uint64_t revision, uint64_t acted, double now_s, bool flush) const;
    void saved(uint64_t revision, double now_s);
    // The offer until it is answered (restored or dismissed).
    const std::optional<RestoreOffer>& offer() const { return offer_; }
    void answered() { offer_.reset(); }

private:
    std::optional<RestoreOffer> offer_;
    uint64_t saved_revision_ = 0;  // the revision last written (or found at start: nothing new to write yet)
    uint64_t acted_at_start_ = 0;
    double saved_at_s_ = -1e300;
};

}  // namespace app
