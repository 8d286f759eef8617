// Lesson 13 as one run (SurfaceLab::follows, lab/surface/live_run.h): the exact surface is J(w, b) of the session's
// own data, its marker the network's own (w, b), its path the network's run, and the learning-rate presets act on
// the network — the run the data place's h(x) line shows.
#include <catch2/catch.hpp>

#include <cmath>

#include "lab/io/json.h"
#include "lab/lessons/lesson_state.h"
#include "lab/lessons/lessons.h"
#include "lab/surface/live_run.h"
#include "lab/surface/surface_lab.h"
#include "lab/surface/surface_state.h"
#include "lab/surface/surface_view.h"
#include "lab/teach/stepper.h"

using namespace lab;

namespace {

const Lesson& lesson_13() {
    const Lesson* lesson = find_lesson("gradient-descent");
    REQUIRE(lesson != nullptr);
    REQUIRE(lesson->number == 13);
    return *lesson;
}

SurfaceSettings lesson_settings(const Lesson& lesson) {
    SurfaceView view;
    std::string error;
    REQUIRE(parse_surface_view(lesson.surface_view, view, error));
    view.settings.resolution = 33;  // quick grids
    return view.settings;
}

// The surface as SurfaceHost keeps it: configured on the session, recording after every update.
void configure(SurfaceLab& lab, const Stepper& stepper, const SurfaceSettings& settings) {
    const Session& s = stepper.session();
    REQUIRE(lab.configure(settings, s.network(), s.train_set(), s.trainer().config));
}

void train(Stepper& stepper, SurfaceLab& lab, int steps) {
    for (int k = 0; k < steps; ++k) {
        stepper.run_steps(1);
        const Session& s = stepper.session();
        lab.record(s.network(), s.steps(), s.trainer().config.optimizer);
    }
}

// Lesson 13 loaded into a stepper, with its surface configured on the session.
struct Lesson13 {
    const Lesson& lesson = lesson_13();
    Stepper stepper{lesson.config};
    SurfaceLab lab;
    Lesson13() {
        load_lesson(stepper, lesson);
        configure(lab, stepper, lesson_settings(lesson));
    }
};

PlanePoint marker(const SurfaceLab& lab) {
    PlanePoint at;
    REQUIRE(lab.current_point(at));
    return at;
}

}  // namespace

TEST_CASE("lesson 13's surface marks the network's own (w, b) and draws its run", "[surface][lesson13]") {
    Lesson13 fixture;
    Stepper& stepper = fixture.stepper;
    SurfaceLab& lab = fixture.lab;
    REQUIRE(lab.follows());
    CHECK(marker(lab).u == -2.0);  // the lecture's start, the lesson's preset Θ⁽¹⁾ = [b  w] = [−2  −2]
    CHECK(marker(lab).v == -2.0);

    lab.record(stepper.session().network(), 0, stepper.session().trainer().config.optimizer);  // a frame, no update
    train(stepper, lab, 30);
    const core::Network& net = stepper.session().network();
    CHECK(marker(lab).u == net.theta[0](0, 1));  // w
    CHECK(marker(lab).v == net.theta[0](0, 0));  // b
    REQUIRE(lab.paths().size() == 1);
    CHECK(lab.paths()[0].points.size() == 31);   // the start and one point per update
    CHECK(lab.total_steps() == 30);
    CHECK(lab.followed_steps() == 30);
    // the surface is the session's J: the marker's height is the network's training loss
    CHECK(lab.paths()[0].J.back() == Approx(stepper.session().current().train_loss).epsilon(1e-12));
    // the state JSON says so too
    JsonWriter out;
    write_surface_state(lab, SurfaceViewInfo{}, out);
    Json state;
    std::string error;
    REQUIRE(parse_json(out.str(), state, error));
    REQUIRE(state.find("follows") != nullptr);
    CHECK(state.find("follows")->boolean);
    const Json* at = state.find("marker");
    REQUIRE(at != nullptr);
    REQUIRE(at->items.size() == 2);
    CHECK(at->items[0].number == net.theta[0](0, 1));
    CHECK(at->items[1].number == net.theta[0](0, 0));
}

TEST_CASE("a learning-rate preset changes the network's α and its path", "[surface][lesson13]") {
    Lesson13 fixture;
    const Lesson& lesson = fixture.lesson;
    Stepper& stepper = fixture.stepper;
    SurfaceLab& lab = fixture.lab;
    train(stepper, lab, 20);
    const std::vector<PlanePoint> slow = lab.paths()[0].points;
    const double slow_J = lab.paths()[0].J.back();

    const double good = preset_alpha(lab.problem(), RatePreset::Good);
    REQUIRE(good != lesson.config.train.optimizer.alpha);
    restart_with_alpha(stepper, good);
    CHECK(stepper.session().trainer().config.optimizer.alpha == good);
    CHECK(stepper.session().steps() == 0);
    CHECK(stepper.session().network().theta[0].v == std::vector<double>{-2.0, -2.0});  // from the start again
    REQUIRE(lab.restart_run(stepper.session().network(), stepper.session().trainer().config.optimizer));
    CHECK(lab.paths()[0].points.size() == 1);
    train(stepper, lab, 20);
    const std::vector<PlanePoint>& fast = lab.paths()[0].points;
    REQUIRE(fast.size() == slow.size());
    CHECK(fast[0].u == slow[0].u);
    CHECK(fast[1].u != slow[1].u);  // the first step is already another one
    CHECK(lab.paths()[0].J.back() < 0.1 * slow_J);  // the good α is near the bottom where α = 0.1 still crawls
    CHECK(lab.paths()[0].label.find("0.999") != std::string::npos);
    CHECK(marker(lab).u == stepper.session().network().theta[0](0, 1));
}

TEST_CASE("a click on the map moves the network's start; a reset goes back to it", "[surface][lesson13]") {
    const Lesson& lesson = lesson_13();
    Stepper stepper(lesson.config);
    load_lesson(stepper, lesson);
    REQUIRE(restart_at(stepper, 1.5, -3.0));
    CHECK(weight_w(stepper.session().network()) == 1.5);
    CHECK(weight_b(stepper.session().network()) == -3.0);
    stepper.run_steps(5);
    stepper.reset();
    CHECK(weight_w(stepper.session().network()) == 1.5);
    CHECK_FALSE(restart_at(stepper, std::nan(""), 0.0));
    CHECK(weight_w(stepper.session().network()) == 1.5);  // refused: nothing changed
}

TEST_CASE("a network that is not the problem's 1→1 one keeps the simulated paths", "[surface][lesson13]") {
    Stepper stepper(find_lesson("backprop")->config);
    SurfaceSettings settings = lesson_settings(lesson_13());
    SurfaceLab lab;
    configure(lab, stepper, settings);
    CHECK_FALSE(lab.follows());
    CHECK(lab.total_steps() == settings.steps);  // descend() from (w₀, b₀)
    settings.live = false;
    Stepper regression(lesson_13().config);
    configure(lab, regression, settings);
    CHECK_FALSE(lab.follows());
}

TEST_CASE("surface view words: live and simulated", "[surface][lesson13]") {
    SurfaceView view;
    std::string error;
    REQUIRE(parse_surface_view("exact,rate,live", view, error));
    CHECK(view.settings.live);
    CHECK(surface_view_words(view).find("live") != std::string::npos);
    REQUIRE(parse_surface_view(surface_view_words(view), view, error));
    CHECK(view.settings.live);
    REQUIRE(parse_surface_view("simulated", view, error));
    CHECK_FALSE(view.settings.live);
}
