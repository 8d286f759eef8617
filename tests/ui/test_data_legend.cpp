// The data panel's legend (ui/data_legend.h): every class of the data set, in the colour its points and the
// background use; regression data says what its two colours mean instead of naming classes.
#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "ui/data_legend.h"

namespace {

std::vector<std::string> labels(const std::vector<ui::LegendEntry>& entries) {
    std::vector<std::string> out;
    for (const ui::LegendEntry& e : entries) out.push_back(e.label);
    return out;
}

bool same(ui::Rgb a, ui::Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

}  // namespace

TEST_CASE("legend: the three-class spiral lists three classes, orange, blue and green as the shaders draw them") {
    const core::Dataset spiral3 = core::make_dataset(core::DatasetKind::Spiral3, 60, 0.0, 1);
    const auto entries = ui::data_legend(spiral3);
    REQUIRE(entries.size() == 3);
    CHECK(labels(entries) == std::vector<std::string>{"arm A", "arm B", "arm C"});
    CHECK(same(entries[0].colour, {245, 147, 34}));  // kOrange in points.frag and boundary.frag
    CHECK(same(entries[1].colour, {8, 119, 189}));   // kBlue
    CHECK(same(entries[2].colour, {58, 163, 78}));   // kGreen = vec3(0.227, 0.639, 0.306)
}

TEST_CASE("legend: two-class data names class 0 (orange) and class 1 (blue)") {
    for (core::DatasetKind kind : {core::DatasetKind::Circle, core::DatasetKind::Spiral, core::DatasetKind::And}) {
        const auto entries = ui::data_legend(core::make_dataset(kind, 40, 0.0, 1));
        CHECK(labels(entries) == std::vector<std::string>{"class 0", "class 1"});
        CHECK(same(entries[0].colour, ui::kClassColours[0]));
        CHECK(same(entries[1].colour, ui::kClassColours[1]));
    }
}

TEST_CASE("legend: regression data has no classes; its colours are the target's side of 0.5") {
    const auto entries = ui::data_legend(core::make_dataset(core::DatasetKind::Plane2D, 40, 0.0, 1));
    CHECK(labels(entries) == std::vector<std::string>{"y < 0.5", "y ≥ 0.5"});
}

TEST_CASE("legend: classes beyond the third share the boundary's grey, in one entry") {
    const auto iris = ui::data_legend(core::make_dataset(core::DatasetKind::Iris, 150, 0.0, 1));
    CHECK(iris.size() == 3);
    core::Dataset five;
    five.n_in = 2, five.n_out = 5, five.task = core::Task::MulticlassClassification;
    CHECK(labels(ui::data_legend(five)) ==
          std::vector<std::string>{"class 0", "class 1", "class 2", "classes 3–4"});
    five.n_out = 4;
    CHECK(labels(ui::data_legend(five)) == std::vector<std::string>{"class 0", "class 1", "class 2", "class 3"});
}

TEST_CASE("the colour-blind-safe palette gives the third class a shape and a colour apart from orange and blue",
          "[legend][palette]") {
    const core::Dataset spiral3 = core::make_dataset(core::DatasetKind::Spiral3, 60, 0.0, 1);
    const auto standard = ui::data_legend(spiral3);
    const auto safe = ui::data_legend(spiral3, ui::Palette::ColourBlind);
    REQUIRE(safe.size() == 3);
    for (int k = 0; k < 3; ++k) {
        CHECK(standard[static_cast<size_t>(k)].shape == 0);  // the standard palette: circles, as always
        CHECK(safe[static_cast<size_t>(k)].shape == k);      // circle, square, triangle
    }
    // the green that protanopes and deuteranopes confuse with the orange is gone: a neutral grey instead
    const ui::Rgb third = safe[2].colour;
    CHECK((third.r == third.g && third.g == third.b));
    CHECK(standard[2].colour.g != standard[2].colour.r);
    ui::Palette parsed;
    CHECK(ui::parse_palette("cb", parsed));
    CHECK(parsed == ui::Palette::ColourBlind);
    CHECK_FALSE(ui::parse_palette("rainbow", parsed));
}
