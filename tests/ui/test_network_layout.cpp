// The network view's pure parts: layout geometry, hit testing, colours, thumbnails.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/init.h"
#include "core/rng.h"
#include "lab/teach/heatmap.h"
#include "ui/network_layout.h"
#include "ui/neuron_thumbnails.h"
#include "ui/value_colours.h"

namespace {

using ui::Box;
using ui::NodePlace;

bool inside(const Box& box, const NodePlace& n) {
    const float right = n.thumb.w > 0 ? n.thumb.x + n.thumb.w : n.cx + n.r;
    return n.cx - n.r >= box.x && right <= box.x + box.w && n.cy - n.r >= box.y && n.cy + n.r <= box.y + box.h;
}

// Node bodies (with their thumbnails) as boxes; no two may overlap.
bool overlap(const NodePlace& a, const NodePlace& b) {
    auto body = [](const NodePlace& n) {
        const float right = n.thumb.w > 0 ? n.thumb.x + n.thumb.w : n.cx + n.r;
        const float half_h = std::max(n.r, 0.5f * n.thumb.h);
        return Box{n.cx - n.r, n.cy - half_h, right - (n.cx - n.r), 2 * half_h};
    };
    const Box p = body(a), q = body(b);
    return p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
}

void check_clean(const std::vector<int>& sizes, const Box& box, bool thumbnails) {
    ui::LayoutOptions options;
    options.thumbnails = thumbnails;
    const ui::NetworkLayout layout = ui::layout_network(sizes, box, options);
    size_t expected = 0;
    for (size_t l = 0; l < sizes.size(); ++l) expected += static_cast<size_t>(sizes[l]) + (l + 1 < sizes.size() ? 1 : 0);
    REQUIRE(layout.nodes.size() == expected);
    for (size_t i = 0; i < layout.nodes.size(); ++i) {
        INFO("node " << i << " layer " << layout.nodes[i].layer << " unit " << layout.nodes[i].unit);
        CHECK(inside(box, layout.nodes[i]));
        for (size_t j = i + 1; j < layout.nodes.size(); ++j) CHECK_FALSE(overlap(layout.nodes[i], layout.nodes[j]));
    }
    for (size_t l = 1; l < sizes.size(); ++l) CHECK(layout.column_x[l] > layout.column_x[l - 1]);
}

}  // namespace

TEST_CASE("network layout: 2-4-2-1 with thumbnails fits its box, bias units on top, nothing overlaps") {
    const std::vector<int> sizes = {2, 4, 2, 1};
    const Box box{100, 50, 800, 450};
    check_clean(sizes, box, true);
    const ui::NetworkLayout layout = ui::layout_network(sizes, box, ui::LayoutOptions{true});
    CHECK(layout.thumb_size >= 20);
    CHECK(layout.radius >= 15);  // room for the value inside a node
    for (int l = 0; l < 3; ++l) {
        const NodePlace& bias = layout.nodes[static_cast<size_t>(layout.index(l, -1))];
        CHECK(bias.unit == -1);
        CHECK(bias.square);
        CHECK(bias.cy < layout.nodes[static_cast<size_t>(layout.index(l, 0))].cy);
        CHECK(bias.thumb.w == 0);
    }
    CHECK(layout.index(3, -1) == -1);  // the output layer has no bias unit
    CHECK(layout.index(3, 0) == static_cast<int>(layout.nodes.size()) - 1);
    CHECK(layout.index(1, 4) == -1);
}

TEST_CASE("network layout: a short region (a phone) drops the column headers and gives the nodes their room") {
    const std::vector<int> sizes = {2, 4, 2, 1};
    ui::LayoutOptions options;
    options.text_height = 13;
    const Box tall{0, 0, 360, 300}, short_box{0, 0, 360, 90};
    const ui::NetworkLayout with_headers = ui::layout_network(sizes, tall, options);
    CHECK(with_headers.headers);
    CHECK(with_headers.nodes.front().cy - with_headers.nodes.front().r >= 2 * 13);  // below the two header lines
    const ui::NetworkLayout without = ui::layout_network(sizes, short_box, options);
    CHECK_FALSE(without.headers);
    check_clean(sizes, short_box, false);
    // the tallest column (4 units + bias) fills the whole short height: the pitch is (90 − 8) / 5
    CHECK(without.pitch == Approx((90.0f - 8.0f) / 5.0f));
}

TEST_CASE("network layout: digits 64-16-10 puts the inputs in a compact grid") {
    const Box box{0, 0, 700, 480};
    check_clean({64, 16, 10}, box, false);
    const ui::NetworkLayout layout = ui::layout_network({64, 16, 10}, box, ui::LayoutOptions{});
    CHECK(layout.compact[0]);
    CHECK_FALSE(layout.compact[1]);
    // 8 × 8: the first row's cells share a y, the ninth cell starts the next row
    const NodePlace& first = layout.nodes[static_cast<size_t>(layout.index(0, 0))];
    CHECK(layout.nodes[static_cast<size_t>(layout.index(0, 7))].cy == Approx(first.cy));
    CHECK(layout.nodes[static_cast<size_t>(layout.index(0, 8))].cy > first.cy);
}

TEST_CASE("network layout: six hidden layers of 16 units still fit without overlaps") {
    check_clean({2, 16, 16, 16, 16, 16, 16, 1}, Box{0, 0, 760, 460}, true);
    check_clean({2, 16, 16, 16, 16, 16, 16, 1}, Box{0, 0, 400, 300}, true);
}

TEST_CASE("network layout: hit testing finds nodes and edges") {
    const std::vector<int> sizes = {2, 3, 1};
    const ui::NetworkLayout layout = ui::layout_network(sizes, Box{0, 0, 600, 400}, ui::LayoutOptions{true});
    const int k = layout.index(1, 2);
    const NodePlace& n = layout.nodes[static_cast<size_t>(k)];
    CHECK(ui::node_at(layout, n.cx, n.cy) == k);
    CHECK(ui::node_at(layout, n.thumb.x + 1, n.thumb.y + 1) == k);  // the thumbnail belongs to its node
    CHECK(ui::node_at(layout, 1, 399) == -1);

    const ui::EdgeRef edge{0, 1, 2};  // Θ₂₂⁽¹⁾: from a₂⁽¹⁾ to a₂⁽²⁾
    float x0, y0, x1, y1;
    ui::edge_endpoints(layout, edge, x0, y0, x1, y1);
    const ui::EdgeRef hit = ui::edge_at(layout, sizes, 0.75f * x0 + 0.25f * x1, 0.75f * y0 + 0.25f * y1, 4);  // not the middle, where edges cross
    CHECK(hit.layer == 0);
    CHECK(hit.row == 1);
    CHECK(hit.column == 2);
    CHECK_FALSE(ui::edge_at(layout, sizes, n.cx, n.cy, 4).valid());  // on a node, not an edge
}

TEST_CASE("value colours: the diverging scale and activation shades") {
    const ui::Rgb orange = ui::diverging_colour(-1), middle = ui::diverging_colour(0), blue = ui::diverging_colour(2);
    CHECK((orange.r == 245 && orange.g == 147 && orange.b == 34));
    CHECK((middle.r == 232 && middle.g == 234 && middle.b == 235));
    CHECK((blue.r == 8 && blue.g == 119 && blue.b == 189));
    CHECK(ui::activation_shade(core::Activation::Sigmoid, 0.5) == Approx(0.0));
    CHECK(ui::activation_shade(core::Activation::Tanh, -0.25) == Approx(-0.25));
    CHECK(ui::activation_shade(core::Activation::ReLU, 1.0) == Approx(0.5));
    CHECK(ui::prefers_dark_text(middle));
    CHECK_FALSE(ui::prefers_dark_text(blue));
    CHECK(ui::gradient_colour(1).r != ui::sign_colour(1).r);  // gradients look different from weights
}

TEST_CASE("neuron thumbnails agree with lab::evaluate_unit_grid for every unit") {
    core::Network net = core::make_network({2, 3, 2, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    core::Rng rng(7);
    core::initialize(net, core::Init::Xavier, rng);
    const lab::PlaneExtent extent{-3.0, 5.0};
    ui::NeuronThumbnails thumbs;
    ui::compute_thumbnails(net, extent, 9, thumbs);
    REQUIRE(thumbs.res == 9);
    std::vector<double> grid;
    for (int l = 0; l < 4; ++l)
        for (int u = 0; u < net.sizes[static_cast<size_t>(l)]; ++u) {
            lab::evaluate_unit_grid(net, l, u, extent, 9, grid);
            for (size_t c = 0; c < grid.size(); ++c)
                REQUIRE(thumbs.a[static_cast<size_t>(l)][static_cast<size_t>(u)][c] == Approx(grid[c]).margin(1e-6));
        }
    core::Network wide = core::make_network({3, 2, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    ui::compute_thumbnails(wide, extent, 9, thumbs);
    CHECK(thumbs.res == 0);  // no plane for 3 inputs
}

// Lessons switched faster than the thumbnails refresh (at most every 0.2 s while training): the view then draws a
// network of another shape with images made for the old one, and must not read a unit the old one did not have.
TEST_CASE("thumbnails answer only for the shape they were made for, and only for units they have", "[netview]") {
    core::Network small = core::make_network({2, 2, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    core::Network wide = core::make_network({2, 8, 1}, core::Activation::Tanh, core::Activation::Sigmoid);
    core::Rng rng(3);
    core::initialize(small, core::Init::Xavier, rng);
    core::initialize(wide, core::Init::Xavier, rng);
    ui::NeuronThumbnails thumbs;
    CHECK_FALSE(thumbs.made_for(small));  // none computed yet
    ui::compute_thumbnails(small, lab::PlaneExtent{}, 6, thumbs);
    CHECK(thumbs.made_for(small));
    CHECK_FALSE(thumbs.made_for(wide));  // same layer count, more units: the case that crashed the page
    REQUIRE(thumbs.image(1, 1) != nullptr);
    CHECK(thumbs.image(1, 1)->size() == 36u);
    CHECK(thumbs.image(1, 2) == nullptr);  // unit 3 of the hidden layer exists only in `wide`
    CHECK(thumbs.image(3, 0) == nullptr);
    CHECK(thumbs.image(-1, 0) == nullptr);
    CHECK(thumbs.image(0, -1) == nullptr);
    ui::compute_thumbnails(wide, lab::PlaneExtent{}, 6, thumbs);
    CHECK(thumbs.made_for(wide));
    CHECK(thumbs.image(1, 7) != nullptr);
}
