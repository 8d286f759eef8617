// Tooltips a finger can use (ui/tip_place.h): a tap near a small node finds it, the nearest of two; a pinned tip
// stays inside the window whatever the anchor; the wrap width fits a phone.
#include <catch2/catch.hpp>

#include "ui/tip_place.h"

namespace {

// Two 3 px nodes 30 px apart and one far away, as layout_network() would place them.
ui::NetworkLayout three_nodes() {
    ui::NetworkLayout layout;
    for (float x : {100.0f, 130.0f, 300.0f}) {
        ui::NodePlace n;
        n.cx = x;
        n.cy = 200;
        n.r = 3;
        layout.nodes.push_back(n);
    }
    return layout;
}

}  // namespace

TEST_CASE("tips: a tap within the reach of a small node finds it, the nearest when two are in reach") {
    const ui::NetworkLayout layout = three_nodes();
    CHECK(ui::node_near(layout, 100, 200, 22) == 0);          // on it
    CHECK(ui::node_near(layout, 100, 200 + 20, 22) == 0);     // 20 px below its centre: a fingertip's miss
    CHECK(ui::node_near(layout, 100, 200 + 20, 0) == -1);     // a mouse pointer must be on it
    CHECK(ui::node_near(layout, 118, 200, 22) == 1);          // between two: the nearer
    CHECK(ui::node_near(layout, 112, 200, 22) == 0);
    CHECK(ui::node_near(layout, 200, 200, 22) == -1);         // nothing in reach
    CHECK(ui::node_near(layout, 300 + 15, 200 - 15, 22) == 2);  // 21.2 px away diagonally
}

TEST_CASE("tips: a pinned tip stays inside the window, below and right of its node when there is room") {
    const float w = 390, h = 844, margin = 4;
    const ui::TipBox free = ui::place_tip(50, 100, 200, 150, w, h, margin);
    CHECK(free.x == Approx(66));
    CHECK(free.y == Approx(116));
    CHECK(free.w == Approx(200));
    for (float ax : {0.0f, 180.0f, 385.0f, 390.0f})
        for (float ay : {0.0f, 400.0f, 840.0f}) {
            const ui::TipBox box = ui::place_tip(ax, ay, 340, 260, w, h, margin);
            INFO(ax << ", " << ay);
            CHECK(box.x >= margin);
            CHECK(box.x + box.w <= w - margin + 0.01f);
            CHECK(box.y >= margin);
            CHECK(box.y + box.h <= h - margin + 0.01f);
        }
    // no room below the node: above it, clear of the finger
    const ui::TipBox above = ui::place_tip(200, 800, 200, 150, w, h, margin);
    CHECK(above.y + above.h <= 800 - 16 + 0.01f);
    // taller than the window: its top (the tip's first lines) on screen
    CHECK(ui::place_tip(200, 300, 200, 900, w, 390, margin).y == Approx(margin));
}

TEST_CASE("tips: a tooltip wraps at 34 ems on a desktop and inside the window on a phone") {
    CHECK(ui::tip_wrap_width(544, 1280, 4, 8) == Approx(544));
    CHECK(ui::tip_wrap_width(544, 390, 4, 8) == Approx(390 - 8 - 16));
}
