// Opening a link as a whole or not at all (lab/io/url_state.h), and its replay of training in slices
// (lab/lessons/lesson_state.h) coming out bit for bit as the one-shot replay.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/rng.h"
#include "lab/io/state_json.h"
#include "lab/io/url_state.h"
#include "lab/lessons/lesson_state.h"

using namespace lab;

namespace {

bool has(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

TEST_CASE("a link where nothing applies says so and applies nothing", "[url][link]") {
    // the reproductions of issue 18 and the ways a field can be refused: unknown, bad value, beyond a limit, no
    // value, bad percent-encoding, an unknown lesson, every weight edit malformed
    const std::string refused[] = {
        "hidden=32,32,32,32,32,32,32", "alpha=NaN", "zz=1", "lesson=99", "w=garbage", "alpha",
        "alpha=%zz", "steps=-1&cursor=-7&proj=2", "zz=1&alpha=NaN&hidden=99&&", "hide=Loss!",
        "%G1=3", "=1", "lesson=0&ds=mnist",
    };
    for (const std::string& hash : refused) {
        INFO("hash: " << hash);
        const DecodedLink link = decode_link(hash);
        REQUIRE_FALSE(link.empty);
        REQUIRE(link.applied.empty());
        REQUIRE_FALSE(link.notices.empty());
    }
    // an unknown lesson on its own is not opened, so its notice must not say the default lesson is used
    const DecodedLink lesson = decode_link("lesson=99");
    REQUIRE(lesson.notices.size() == 1);
    REQUIRE(lesson.notices[0].find("; ignored") != std::string::npos);
    // too long: read no further, however good its start
    const DecodedLink long_link = decode_link("lesson=3&" + std::string(static_cast<size_t>(core::kMaxLinkLength), 'x'));
    REQUIRE(long_link.applied.empty());
    REQUIRE(long_link.notices.size() == 1);
    REQUIRE(long_link.notices[0].find("a link may have at most 1,048,576") != std::string::npos);
}

TEST_CASE("a partly refused link applies the rest and names what was ignored", "[url][link]") {
    DecodedLink link = decode_link("lesson=3&alpha=NaN&zz=1&steps=20");
    REQUIRE(link.applied == std::vector<std::string>{"lesson", "steps"});
    REQUIRE(link.notices.size() == 2);
    REQUIRE(link.state.lesson == 3);
    REQUIRE(link.state.steps == 20);

    link = decode_link("lesson=99&alpha=0.5");  // something applies: the default lesson stands in, and says so
    REQUIRE(link.applied == std::vector<std::string>{"alpha"});
    REQUIRE(link.notices.size() == 1);
    REQUIRE(link.notices[0].find("lesson " + std::to_string(default_lesson().number) + " used") != std::string::npos);
    REQUIRE(link.state.config.train.optimizer.alpha == 0.5);

    link = decode_link("w=garbage,0:0:1:0.75&hide=data,Loss!");  // a list with one good item applies
    REQUIRE(has(link.applied, "w"));
    REQUIRE(has(link.applied, "hide"));
    REQUIRE(link.state.edits.size() == 1);
    REQUIRE(link.notices.size() == 2);

    link = decode_link("lesson=6&hidden=32,32,32,32,32,32,32&seed=4");  // refused config field, good one beside it
    REQUIRE(link.applied == std::vector<std::string>{"lesson", "seed"});
}

TEST_CASE("an empty or all-separator link is no link: nothing to open, no notice", "[url][link]") {
    for (const std::string& hash : {std::string(), std::string("#"), std::string("&"), std::string("#&&&"),
                                    std::string(102400, '&')}) {
        INFO("hash of " << hash.size() << " characters");
        const DecodedLink link = decode_link(hash);
        REQUIRE(link.empty);
        REQUIRE(link.applied.empty());
        REQUIRE(link.notices.empty());
    }
    REQUIRE_FALSE(decode_link("lesson=3").empty);
}

TEST_CASE("a link's replay in slices is bit-identical to the one-shot replay", "[url][link]") {
    const std::string links[] = {
        "lesson=17&steps=300&cursor=5",
        "lesson=3&alpha=0.5&steps=257&w=0:0:1:0.75",
        "lesson=6&hidden=8,8&batch=7&opt=adam&steps=180&cursor=40",
        "lesson=16&alpha=10&steps=400&cursor=2",  // diverges: both stop at the same step
    };
    core::Rng rng(18);
    for (const std::string& hash : links) {
        INFO("link: " << hash);
        UrlState state;
        REQUIRE(decode(hash, state).empty());
        Stepper one_shot(state.config);
        const std::vector<std::string> one_shot_notices = apply_url_state(state, one_shot);

        Stepper sliced(state.config);
        std::vector<std::string> notices;
        int edits_applied = 0;
        LinkReplay replay = start_link(state, sliced, notices, edits_applied);
        REQUIRE(edits_applied == static_cast<int>(state.edits.size()));
        int slices = 0;
        while (!replay.finished(sliced)) {
            replay_steps(replay, sliced, 1 + rng.below(40));
            ++slices;
        }
        finish_link(replay, sliced, notices);
        REQUIRE(slices > 1);
        REQUIRE(notices == one_shot_notices);
        REQUIRE(sliced.session().steps() == one_shot.session().steps());
        REQUIRE(flat_theta(sliced.session().network()) == flat_theta(one_shot.session().network()));  // bit for bit
        REQUIRE(sliced.cursor() == one_shot.cursor());
        REQUIRE(state_json(sliced, {}) == state_json(one_shot, {}));  // optimizer state, history, trace, cursor
    }
}

TEST_CASE("the replay's progress and its stop say where it got to", "[url][link]") {
    LinkReplay replay;
    replay.total = 1000000;
    replay.done = 120000;
    REQUIRE(replay_progress_text(replay) == "Replaying the link's 1,000,000 training steps — 120,000 done (12 %)");
    REQUIRE(replay_stopped_notice(replay).find("stopped at step 120,000 of 1,000,000") != std::string::npos);
    REQUIRE(digits_grouped(0) == "0");
    REQUIRE(digits_grouped(999) == "999");
    REQUIRE(digits_grouped(1000) == "1,000");
    REQUIRE(digits_grouped(1048576) == "1,048,576");
}
