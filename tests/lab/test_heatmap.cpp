#include <catch2/catch.hpp>

#include "core/init.h"
#include "lab/teach/heatmap.h"

using namespace lab;

TEST_CASE("unit grids are the network evaluated at the cell centres", "[heatmap]") {
    core::Network net = core::make_network({2, 3, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    core::Rng rng(4);
    core::initialize(net, core::Init::Uniform, rng, 1.0);
    const PlaneExtent extent{-6.0, 6.0};
    std::vector<double> grid;
    evaluate_unit_grid(net, 0, 0, extent, 8, grid);  // the input x₁ itself
    REQUIRE(grid[0] == Approx(-6.0 + 12.0 * 0.5 / 8));
    REQUIRE(grid[7] == Approx(-6.0 + 12.0 * 7.5 / 8));
    evaluate_unit_grid(net, 2, 0, extent, 8, grid);
    core::Cache cache;
    const double x[2] = {extent.to_plane(3.5 / 8), extent.to_plane(5.5 / 8)};  // column 3, row 5
    REQUIRE(grid[5 * 8 + 3] == core::forward(net, x, cache)[0]);
    evaluate_unit_grid(net, 1, 7, extent, 8, grid);  // no such unit: zeros, no crash
    REQUIRE(grid[0] == 0.0);
}

TEST_CASE("the plane extent covers the data with a margin", "[heatmap]") {
    const core::Dataset gates = core::make_dataset(core::DatasetKind::And, 4, 0.0, 1);
    const PlaneExtent extent = plane_extent(gates);
    REQUIRE(extent.lo < 0.0);
    REQUIRE(extent.hi > 1.0);
    REQUIRE(extent.to_unit(extent.to_plane(0.25)) == Approx(0.25));
    const core::Dataset circle = core::make_dataset(core::DatasetKind::Circle, 200, 0.0, 1);
    REQUIRE(plane_extent(circle).hi >= 5.0);
}
