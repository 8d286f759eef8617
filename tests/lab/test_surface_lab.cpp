// The loss-surface panel's model (lab::SurfaceLab) and its state JSON: the grid around the live network, the live
// path growing as training moves Θ, the exact problems' drawn paths being the optimizer's iterates, the divergence
// banner, and the colour scale.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "lab/io/json.h"
#include "lab/teach/session.h"
#include "lab/surface/surface_lab.h"
#include "lab/surface/surface_state.h"

using namespace lab;

namespace {

LabConfig small_config() {
    LabConfig config;
    config.points = 100;  // 50 training points: quick grids
    return config;
}

SurfaceSettings settings_for(SurfaceMode mode, int resolution = 33) {
    SurfaceSettings s;
    s.mode = mode;
    s.resolution = resolution;
    if (mode == SurfaceMode::ExactTwoParameter) s.span = 4.5;
    return s;
}

Json state_of(const SurfaceLab& lab) {
    JsonWriter out;
    SurfaceViewInfo info;
    info.open = true;
    info.evaluator = "cpu";
    write_surface_state(lab, info, out);
    Json json;
    std::string error;
    REQUIRE(parse_json(out.str(), json, error));
    return json;
}

}  // namespace

TEST_CASE("the surface lab samples around the live network and its centre is J(Θ)", "[surface][lab]") {
    Session session(small_config());
    session.train_steps(20);
    SurfaceLab lab;
    REQUIRE(lab.configure(settings_for(SurfaceMode::RandomDirections), session.network(), session.train_set(),
                          session.trainer().config));
    REQUIRE_FALSE(lab.grid_complete());
    while (!lab.advance_cpu(50)) {
    }
    const SurfaceGrid& grid = lab.grid();
    REQUIRE(grid.resolution == 33);
    REQUIRE(grid.at(grid.centre(), grid.centre()) == grid.centre_loss);
    REQUIRE(lab.J_at(0.0, 0.0) == Approx(grid.centre_loss));
    REQUIRE(grid.min <= grid.centre_loss);
    REQUIRE(lab.scale().lo == grid.min);
}

TEST_CASE("picked weights that do not exist are refused and the previous picture stays", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    REQUIRE(lab.configure(settings_for(SurfaceMode::RandomDirections), session.network(), session.train_set(),
                          session.trainer().config));
    SurfaceSettings bad = settings_for(SurfaceMode::PickedWeights);
    bad.first = {7, 0, 0};
    REQUIRE_FALSE(lab.configure(bad, session.network(), session.train_set(), session.trainer().config));
    REQUIRE_FALSE(lab.error().empty());
    REQUIRE(lab.settings().mode == SurfaceMode::RandomDirections);
}

TEST_CASE("the live path grows while training and starts again after a reset", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    REQUIRE(lab.configure(settings_for(SurfaceMode::PickedWeights), session.network(), session.train_set(),
                          session.trainer().config));
    REQUIRE(lab.recorded_points() == 1);
    for (int frame = 0; frame < 5; ++frame) {
        session.train_steps(3);
        lab.record(session.network(), session.steps());
        lab.record(session.network(), session.steps());  // no training in between: nothing new
    }
    REQUIRE(lab.recorded_points() == 6);
    REQUIRE(lab.paths().size() == 1);
    REQUIRE(lab.paths()[0].points.size() == 6);
    // picked weights: the plane coordinates of the current point are the two weights themselves
    PlanePoint now;
    REQUIRE(lab.current_point(now));
    REQUIRE(now.u == session.network().theta[0](0, 1));
    REQUIRE(now.v == session.network().theta[0](1, 1));
    REQUIRE(state_of(lab).find("paths")->items[0].find("length")->number == 6);

    session.reset();
    lab.record(session.network(), session.steps());
    REQUIRE(lab.recorded_points() == 1);
}

TEST_CASE("values from elsewhere (the GPU) replace the grid; non-finite ones count as not computed", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    REQUIRE(lab.configure(settings_for(SurfaceMode::RandomDirections), session.network(), session.train_set(),
                          session.trainer().config));
    std::vector<float> values(33 * 33, 2.0f);
    values[5] = 0.5f;
    values[6] = std::numeric_limits<float>::infinity();
    lab.set_values(values);
    REQUIRE(lab.grid_complete());
    REQUIRE(lab.grid().min == 0.5);
    REQUIRE(lab.grid().max == 2.0);
    REQUIRE(std::isnan(lab.grid().values[6]));
    lab.set_values(std::vector<float>(10, 1.0f));  // the wrong size: ignored
    REQUIRE(lab.grid().min == 0.5);
}

TEST_CASE("the drawn exact-problem paths are the optimizer's iterates, revealed step by step", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    SurfaceSettings s = settings_for(SurfaceMode::ExactTwoParameter);
    s.experiment = ExactExperiment::OptimizerRace;
    REQUIRE(lab.configure(s, session.network(), session.train_set(), session.trainer().config));
    REQUIRE(lab.paths().size() == kRaceSize);
    REQUIRE(lab.paths()[0].points.size() == 1);  // only the start before the animation
    lab.animate(10);
    REQUIRE(lab.shown_steps() == 10);
    for (const ShownPath& path : lab.paths()) REQUIRE(path.points.size() == 11);
    lab.animate(1000);
    REQUIRE(lab.shown_steps() == lab.total_steps());

    DescentSpec spec;
    spec.w0 = s.w0, spec.b0 = s.b0, spec.steps = s.steps;
    const auto race = optimizer_race(lab.problem(), spec, default_race_alphas(lab.problem()));
    for (size_t k = 0; k < kRaceSize; ++k) {
        const ShownPath& shown = lab.paths()[k];
        REQUIRE(shown.points.size() == race[k].points.size());
        for (size_t p = 0; p < shown.points.size(); ++p) {
            REQUIRE(shown.points[p].u == race[k].points[p].w);
            REQUIRE(shown.points[p].v == race[k].points[p].b);
            REQUIRE(shown.J[p] == race[k].points[p].J);
        }
    }

    lab.set_start(1.0, 3.0);  // a click on the map
    REQUIRE(lab.shown_steps() == 0);
    REQUIRE(lab.paths()[0].points[0].u == 1.0);
    REQUIRE(lab.paths()[0].points[0].v == 3.0);
}

TEST_CASE("a too-large α shows the divergence message once the path gets there, and no NaN", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    SurfaceSettings s = settings_for(SurfaceMode::ExactTwoParameter);
    REQUIRE(lab.configure(s, session.network(), session.train_set(), session.trainer().config));
    s.alpha = preset_alpha(lab.problem(), RatePreset::TooLarge);
    REQUIRE(lab.configure(s, session.network(), session.train_set(), session.trainer().config));
    REQUIRE(lab.banner().empty());
    lab.animate(1000);
    REQUIRE(lab.banner().find("diverged") != std::string::npos);
    for (double J : lab.paths()[0].J) REQUIRE(std::isfinite(J));
    const Json state = state_of(lab);
    REQUIRE(state.find("banner")->text == lab.banner());
    REQUIRE(state.find("mode")->text == "exact");
    REQUIRE(state.find("experiment")->text == "learning_rate");
}

TEST_CASE("batch, mini-batch and SGD paths: the full batch is the smoothest", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    SurfaceSettings s = settings_for(SurfaceMode::ExactTwoParameter);
    s.experiment = ExactExperiment::Batches;
    s.alpha = 0.3;
    REQUIRE(lab.configure(s, session.network(), session.train_set(), session.trainer().config));
    REQUIRE(lab.descents().size() == 3);
    REQUIRE(lab.descents()[0].batch == BatchKind::Full);
    REQUIRE(lab.descents()[2].batch == BatchKind::Stochastic);
    // J along the full-batch path never rises at this α; SGD's does somewhere
    auto rises = [](const DescentPath& path) {
        for (size_t k = 1; k < path.points.size(); ++k)
            if (path.points[k].J > path.points[k - 1].J) return true;
        return false;
    };
    REQUIRE_FALSE(rises(lab.descents()[0]));
    REQUIRE(rises(lab.descents()[2]));
}

TEST_CASE("the colour scale maps [J_lo, J_hi] onto [0, 1] and back", "[surface][lab]") {
    SurfaceScale scale{0.25, 4.0};
    REQUIRE(scale.t(0.25) == 0.0);
    REQUIRE(scale.t(4.0) == Approx(1.0));
    REQUIRE(scale.t(100.0) == Approx(1.0));
    for (double J : {0.3, 1.0, 2.5}) REQUIRE(scale.J(scale.t(J)) == Approx(J));
    REQUIRE(scale.t(1.0) > (1.0 - 0.25) / (4.0 - 0.25));  // log-like: the low end gets more of the colours
}

TEST_CASE("weights picked in the network view become the axes, alternately, and swap when repeated", "[surface][lab]") {
    Session session(small_config());
    SurfaceLab lab;
    REQUIRE(lab.configure(settings_for(SurfaceMode::RandomDirections), session.network(), session.train_set(),
                          session.trainer().config));
    const auto pick = [&](WeightRef w, int axis) {
        return lab.pick_weight(w, axis, session.network(), session.train_set(), session.trainer().config);
    };
    REQUIRE(pick({1, 0, 2}, -1));  // the first pick: u
    REQUIRE(lab.settings().mode == SurfaceMode::PickedWeights);
    REQUIRE(lab.settings().first.layer == 1);
    REQUIRE(lab.settings().first.j == 2);
    REQUIRE(pick({0, 3, 0}, -1));  // the next: v
    REQUIRE(lab.settings().second.i == 3);
    REQUIRE(lab.settings().first.layer == 1);
    REQUIRE(pick({0, 3, 0}, 0));   // v's weight asked for on u: the two swap
    REQUIRE(lab.settings().first.i == 3);
    REQUIRE(lab.settings().second.layer == 1);
    REQUIRE_FALSE(pick({5, 0, 0}, 1));  // no such layer: refused, the plane stays
    REQUIRE_FALSE(lab.error().empty());
    REQUIRE(lab.settings().second.layer == 1);
}
