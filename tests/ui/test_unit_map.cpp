// The large neuron map: the network cut after a unit computes that unit's a_j⁽ˡ⁾(x), for every x.
#include <catch2/catch.hpp>

#include "core/init.h"
#include "core/network.h"
#include "core/rng.h"
#include "ui/unit_map.h"

TEST_CASE("unit map: the cut network's output is the unit's activation") {
    core::Network net = core::make_network({2, 4, 3, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    core::Rng rng(7);
    core::initialize(net, core::Init::Uniform, rng, 0.8);  // biases too
    core::Cache full, cut_cache;
    for (int layer = 1; layer <= 3; ++layer) {
        for (int unit = 0; unit < net.sizes[static_cast<size_t>(layer)]; ++unit) {
            core::Network cut;
            REQUIRE(ui::unit_map_network(net, layer, unit, cut));
            CHECK(cut.sizes.back() == 1);
            CHECK(cut.layer_count() == layer + 1);
            for (const double x1 : {-3.0, 0.2, 2.5})
                for (const double x2 : {-1.5, 0.0, 4.0}) {
                    const double x[2] = {x1, x2};
                    core::forward(net, x, full);
                    const double a = core::forward(cut, x, cut_cache)[0];
                    CHECK(a == full.a[static_cast<size_t>(layer)][static_cast<size_t>(unit)]);
                }
        }
    }
}

TEST_CASE("unit map: none for inputs, units out of range, a softmax output or more than two inputs") {
    core::Network net = core::make_network({2, 3, 3}, core::Activation::ReLU, core::Activation::Softmax);
    core::Network cut;
    CHECK_FALSE(ui::unit_map_network(net, 0, 0, cut));  // an input
    CHECK_FALSE(ui::unit_map_network(net, 1, 3, cut));  // no fourth unit
    CHECK_FALSE(ui::unit_map_network(net, 2, 0, cut));  // softmax: the whole layer
    CHECK(ui::unit_map_network(net, 1, 2, cut));
    CHECK(cut.output == core::Activation::ReLU);  // the unit's own g
    CHECK_FALSE(ui::has_unit_map(core::make_network({4, 3, 1}, core::Activation::Tanh, core::Activation::Sigmoid), 1, 0));
}
