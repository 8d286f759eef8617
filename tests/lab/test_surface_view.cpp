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
