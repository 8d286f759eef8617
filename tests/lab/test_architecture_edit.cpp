// The network view's + and −: within the "hidden" field's limits, and a refusal that names the limit.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/limits.h"
#include "lab/io/architecture_edit.h"

using lab::ArchitectureChange;
using lab::ArchitectureEdit;
using Catch::Matchers::Contains;

TEST_CASE("architecture edit: + and − change layers and units within the hidden field's limits") {
    std::vector<int> hidden{4, 2};
    CHECK(lab::apply_architecture_edit({ArchitectureChange::AddUnit, 1}, hidden).empty());
    CHECK(hidden == std::vector<int>{4, 3});
    CHECK(lab::apply_architecture_edit({ArchitectureChange::RemoveUnit, 0}, hidden).empty());
    CHECK(hidden == std::vector<int>{3, 3});
    CHECK(lab::apply_architecture_edit({ArchitectureChange::AddLayer, -1}, hidden).empty());
    CHECK(hidden == std::vector<int>{3, 3, 3});  // a new layer repeats the last one's size
    CHECK(lab::apply_architecture_edit({ArchitectureChange::RemoveLayer, -1}, hidden).empty());
    CHECK(lab::apply_architecture_edit({ArchitectureChange::RemoveLayer, -1}, hidden).empty());
    CHECK(lab::apply_architecture_edit({ArchitectureChange::RemoveLayer, -1}, hidden).empty());
    CHECK(hidden.empty());
    CHECK(lab::apply_architecture_edit({ArchitectureChange::AddLayer, -1}, hidden).empty());
    CHECK(hidden == std::vector<int>{4});  // the first layer gets 4 units
}

TEST_CASE("architecture edit: at a limit nothing changes and the message says why") {
    SECTION("a layer more at the most layers") {
        std::vector<int> hidden(static_cast<size_t>(core::kMaxHiddenLayers), 3);
        const std::vector<int> before = hidden;
        CHECK_THAT(lab::apply_architecture_edit({ArchitectureChange::AddLayer, -1}, hidden),
                   Contains("at most " + std::to_string(core::kMaxHiddenLayers) + " hidden layers"));
        CHECK(hidden == before);
    }
    SECTION("a unit more at the most units") {
        std::vector<int> hidden{2, core::kMaxUnits};
        CHECK_THAT(lab::apply_architecture_edit({ArchitectureChange::AddUnit, 1}, hidden),
                   Contains("layer 3 has the most units allowed, " + std::to_string(core::kMaxUnits)));
        CHECK(hidden == std::vector<int>{2, core::kMaxUnits});
    }
    SECTION("a unit fewer at one unit") {
        std::vector<int> hidden{1};
        CHECK_THAT(lab::apply_architecture_edit({ArchitectureChange::RemoveUnit, 0}, hidden),
                   Contains("remove the layer instead"));
        CHECK(hidden == std::vector<int>{1});
    }
    SECTION("no layer to remove, no such layer") {
        std::vector<int> hidden;
        CHECK_THAT(lab::apply_architecture_edit({ArchitectureChange::RemoveLayer, -1}, hidden),
                   Contains("no hidden layer"));
        CHECK_THAT(lab::apply_architecture_edit({ArchitectureChange::AddUnit, 0}, hidden),
                   Contains("there is no hidden layer 2"));
        CHECK(hidden.empty());
    }
}
