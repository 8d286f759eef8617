// The loss-surface view by words (lab/surface/surface_view.h).
#include <catch2/catch.hpp>

#include "lab/lessons/lessons.h"
#include "lab/surface/surface_view.h"

namespace {
lab::SurfaceView parsed(const std::string& words, lab::SurfaceView view = {}) {
    std::string error;
    REQUIRE(lab::parse_surface_view(words, view, error));
    CHECK(error.empty());
    return view;
}
}  // namespace

TEST_CASE("surface view: the words set mode, problem, experiment, picture and evaluator") {
    const lab::SurfaceView v = parsed("3d,logistic,race,cpu,n=96,seed=7");
    CHECK(v.open);
    CHECK(v.three_d);
    CHECK(v.force_cpu);
    CHECK(v.settings.mode == lab::SurfaceMode::ExactTwoParameter);
    CHECK(v.settings.exact == lab::ExactKind::Logistic);
    CHECK(v.settings.experiment == lab::ExactExperiment::OptimizerRace);
    CHECK(v.settings.resolution == 96);
    CHECK(v.settings.seed == 7);
    CHECK(v.settings.span == 4.5);  // an exact problem's plane, as no span was given
    CHECK_FALSE(v.alpha_preset);

    const lab::SurfaceView back = parsed("picked,2d,gpu,closed", v);
    CHECK_FALSE(back.open);
    CHECK_FALSE(back.three_d);
    CHECK_FALSE(back.force_cpu);
    CHECK(back.settings.mode == lab::SurfaceMode::PickedWeights);
    CHECK(back.settings.resolution == 96);  // what the words do not name stays
    CHECK(parsed("", back).open);           // no words: shown
}

TEST_CASE("surface view: the α presets are named, not numbers, and a span given with an exact problem stays") {
    CHECK(parsed("exact,rate,small").alpha_preset == lab::RatePreset::TooSmall);
    CHECK(parsed("exact,good").alpha_preset == lab::RatePreset::Good);
    CHECK(parsed("large,small,large").alpha_preset == lab::RatePreset::TooLarge);  // the last word wins
    CHECK(parsed("span=2,exact").settings.span == 4.5);  // switching to exact after the span resets it
    CHECK(parsed("exact,span=2").settings.span == 2.0);
    lab::SurfaceView already_exact;
    already_exact.settings.mode = lab::SurfaceMode::ExactTwoParameter;
    already_exact.settings.span = 3.0;
    CHECK(parsed("regression", already_exact).settings.span == 3.0);  // no switch: the span stays
}

TEST_CASE("surface view: an unknown or out-of-range word is refused and named") {
    for (const char* words : {"3d,sideways", "n=16", "n=129", "n=6x", "span=0", "span=inf", "seed=0", "n=", "Open"}) {
        lab::SurfaceView view;
        std::string error;
        CHECK_FALSE(lab::parse_surface_view(words, view, error));
        CHECK(error.find("unknown or bad word") != std::string::npos);
    }
    lab::SurfaceView view;
    std::string error;
    lab::parse_surface_view("2d,wobble", view, error);
    CHECK(error == "surface view: unknown or bad word 'wobble'");
}

TEST_CASE("surface view: every lesson's view is understood") {
    for (const lab::Lesson& lesson : lab::lessons()) {
        lab::SurfaceView view;
        std::string error;
        INFO("lesson " << lesson.number << ": " << lesson.surface_view);
        CHECK(lab::parse_surface_view(lesson.surface_view, view, error));
    }
}

TEST_CASE("surface view: the words of a view read back to the same view, whatever view they are applied to") {
    lab::SurfaceView race;
    race.settings.mode = lab::SurfaceMode::ExactTwoParameter;
    race.settings.exact = lab::ExactKind::Logistic;
    race.settings.experiment = lab::ExactExperiment::OptimizerRace;
    race.settings.w0 = 1.25, race.settings.b0 = -3.0000000000000004;  // bit for bit
    race.settings.resolution = 96, race.settings.span = 3.5;
    race.three_d = true;
    race.camera = {2.5, 1.2, 4.0};
    lab::SurfaceView rate = race;
    rate.settings.experiment = lab::ExactExperiment::LearningRate;
    rate.settings.alpha = 0.37;
    rate.three_d = false;
    lab::SurfaceView picked;
    picked.settings.mode = lab::SurfaceMode::PickedWeights;
    picked.settings.first = {1, 0, 2}, picked.settings.second = {0, 3, 0};
    lab::SurfaceView random;
    random.settings.seed = 12;
    random.settings.span = 0.75;
    for (const lab::SurfaceView& view : {race, rate, picked, random}) {
        const std::string words = lab::surface_view_words(view);
        INFO(words);
        for (const lab::SurfaceView& before : {lab::SurfaceView{}, race, rate, picked}) {
            const lab::SurfaceView back = parsed(words, before);
            CHECK(lab::surface_view_words(back) == words);
            const lab::SurfaceSettings &a = view.settings, &b = back.settings;
            CHECK(a.mode == b.mode);
            CHECK(a.span == b.span);
            CHECK(a.resolution == b.resolution);
            CHECK(back.three_d == view.three_d);
            if (a.mode == lab::SurfaceMode::ExactTwoParameter) {
                CHECK((a.exact == b.exact && a.experiment == b.experiment && a.w0 == b.w0 && a.b0 == b.b0));
                if (a.experiment == lab::ExactExperiment::LearningRate) CHECK(a.alpha == b.alpha);
            }
            if (a.mode == lab::SurfaceMode::PickedWeights)
                CHECK((b.first.layer == 1 && b.first.i == 0 && b.first.j == 2 && b.second.i == 3));
            if (a.mode == lab::SurfaceMode::RandomDirections) CHECK(b.seed == 12);
            if (view.three_d)
                CHECK((back.camera.yaw == 2.5 && back.camera.pitch == 1.2 && back.camera.distance == 4.0));
        }
    }
    CHECK(lab::surface_view_words(race) ==
          "logistic,race,start=1.25:-3.0000000000000004,n=96,span=3.5,3d,yaw=2.5,pitch=1.2,dist=4");
    std::string error;
    lab::SurfaceView view;
    CHECK_FALSE(lab::parse_surface_view("start=1", view, error));       // two numbers
    CHECK_FALSE(lab::parse_surface_view("u=1:2", view, error));         // three indices
    CHECK_FALSE(lab::parse_surface_view("u=1:2:0.5", view, error));     // whole ones
    CHECK_FALSE(lab::parse_surface_view("dist=40", view, error));       // the camera's limits
    CHECK(error == "surface view: unknown or bad word 'dist=40'");
}
