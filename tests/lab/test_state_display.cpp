// The State JSON's "display" section (lab/io/state_json.h) goes out and comes back whole, the class colours'
// palette with it, so an exported file and the autosave reopen the colours the student picked.
#include <catch2/catch.hpp>

#include "lab/io/export.h"
#include "lab/io/state_json.h"
#include "lab/lessons/lessons.h"

using namespace lab;

namespace {

ImportedState read_back(const std::string& text) {
    ImportedState state;
    std::vector<std::string> problems;
    const bool ok = import_state(text, state, problems);
    INFO((problems.empty() ? "" : problems[0]));
    REQUIRE(ok);
    return state;
}

}  // namespace

TEST_CASE("state display: tab, surface, presentation and palette survive export and import", "[state_json]") {
    const Stepper stepper(find_lesson("xor")->config);
    StateExtras extras;
    extras.display = Display{"surface", "exp=contour", true, "cb"};
    const ImportedState back = read_back(state_json(stepper, extras));
    REQUIRE(back.display.has_value());
    CHECK(back.display->tab == "surface");
    CHECK(back.display->surface == "exp=contour");
    CHECK(back.display->presentation);
    CHECK(back.display->palette == "cb");
    CHECK(back.warnings.empty());
}

TEST_CASE("state display: a file without a palette reads back as the standard colours", "[state_json]") {
    const Stepper stepper(find_lesson("xor")->config);
    StateExtras extras;
    extras.display = Display{"network", "", false, ""};
    std::string text = state_json(stepper, extras);
    const std::string member = ",\"palette\":\"\"";
    const size_t at = text.find(member);
    REQUIRE(at != std::string::npos);  // the member is written, so cutting it makes an older file
    text.erase(at, member.size());
    const ImportedState back = read_back(text);
    REQUIRE(back.display.has_value());
    CHECK(back.display->palette.empty());
    CHECK(back.warnings.empty());
}
