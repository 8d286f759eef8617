// The autosave's policy (app/autosave.h): the saved session's text round-trips and refuses what it is not; the
// prompt's summary; when the slot may be written — after a change, at most every interval, at once on a flush —
// and that an unanswered offer holds the slot until the student changes something.
#include <catch2/catch.hpp>

#include "app/autosave.h"

namespace {

app::SavedSession sample() {
    app::SavedSession s;
    s.state = R"({"lesson":16,"config":{"alpha":0.1},"caption":"a \"quoted\" ·")";
    s.saved_at_ms = 1.7e12;
    s.lesson = 16;
    s.steps = 340;
    return s;
}

}  // namespace

TEST_CASE("autosave: a saved session reads back as it was written") {
    const app::SavedSession written = sample();
    app::SavedSession read;
    std::string error;
    REQUIRE(app::decode_saved_session(app::encode_saved_session(written), read, error));
    CHECK(read.state == written.state);
    CHECK(read.saved_at_ms == written.saved_at_ms);
    CHECK(read.lesson == 16);
    CHECK(read.steps == 340);
}

TEST_CASE("autosave: text that is not a saved session of this version is refused with a reason") {
    app::SavedSession read;
    std::string error;
    CHECK_FALSE(app::decode_saved_session("{\"lesson\": 16", read, error));
    CHECK(error.find("not valid JSON") != std::string::npos);
    std::string other = app::encode_saved_session(sample());
    other.replace(other.find("\"version\":1"), 11, "\"version\":2");
    CHECK_FALSE(app::decode_saved_session(other, read, error));
    CHECK(error.find("version") != std::string::npos);
    CHECK_FALSE(app::decode_saved_session(R"({"format":"backprop-lab autosave","version":1,"lesson":3})", read, error));
    CHECK(error.find("'state'") != std::string::npos);
    CHECK_FALSE(app::decode_saved_session(std::string(app::kMaxSavedSessionBytes + 1, ' '), read, error));
    CHECK(error.find("larger") != std::string::npos);
}

TEST_CASE("autosave: the prompt names the lesson, the steps and how long ago") {
    const app::SavedSession s = sample();
    CHECK(app::describe_saved_session(s, s.saved_at_ms + 3.5 * 60000) == "Lesson 16 · Backprop through the MLP — 340 steps, saved 3 min ago");
    CHECK(app::describe_saved_session(s, s.saved_at_ms + 20000).find("saved just now") != std::string::npos);
    CHECK(app::describe_saved_session(s, s.saved_at_ms + 5 * 3600000.0).find("saved 5 h ago") != std::string::npos);
}

TEST_CASE("autosave: written after a change, at most every interval, at once on a flush") {
    app::AutosavePolicy policy;
    policy.start(std::nullopt, false, 7, 2);
    CHECK_FALSE(policy.should_save(7, 2, 100.0, true));  // nothing changed since start: the lesson's own state
    CHECK(policy.should_save(8, 3, 100.0, false));
    policy.saved(8, 100.0);
    CHECK_FALSE(policy.should_save(9, 3, 100.0 + 0.5 * app::kAutosaveIntervalSeconds, false));
    CHECK(policy.should_save(9, 3, 100.0 + 0.5 * app::kAutosaveIntervalSeconds, true));  // page hide, quit
    CHECK(policy.should_save(9, 3, 100.0 + app::kAutosaveIntervalSeconds, false));
    CHECK_FALSE(policy.offer());
}

TEST_CASE("autosave: an unanswered offer holds the slot until the student acts, or answers") {
    for (const bool after_link : {false, true}) {
        app::AutosavePolicy policy;
        policy.start(sample(), after_link, 10, 4);
        REQUIRE(policy.offer());
        CHECK(policy.offer()->after_link == after_link);
        CHECK_FALSE(policy.should_save(25, 4, 1e6, true));  // training the lesson started by itself: held
        CHECK(policy.should_save(26, 5, 1e6, true));         // the student changed something in the new state
        policy.answered();
        CHECK_FALSE(policy.offer());
        CHECK(policy.should_save(25, 4, 1e6, true));  // answered: the new state is the one to keep
    }
}
