// A story step's note placed beside its mark, inside the plot.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>
#include <utility>

#include "explorer/layout/callout.h"

using namespace ds;

namespace {
bool inside(const CalloutBox& b, float w, float h) { return b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h; }
bool covers(const CalloutBox& b, float x, float y) { return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height; }
}  // namespace

TEST_CASE("a note goes above and to the right of its mark, and turns where the plot ends") {
    const float w = 600, h = 400, bw = 200, bh = 40;
    const CalloutBox middle = place_callout(300, 200, bw, bh, w, h);
    CHECK(middle.x > 300);
    CHECK(middle.y + middle.height < 200);
    // At the right edge it goes left; at the top it goes below; in the top right corner both.
    CHECK(place_callout(550, 200, bw, bh, w, h).x + bw < 550);
    CHECK(place_callout(300, 20, bw, bh, w, h).y > 20);
    const CalloutBox corner = place_callout(580, 10, bw, bh, w, h);
    CHECK(corner.x + bw < 580);
    CHECK(corner.y > 10);
    for (const auto& mark : {std::pair{300.0f, 200.0f}, std::pair{550.0f, 200.0f}, std::pair{300.0f, 20.0f}, std::pair{580.0f, 10.0f}, std::pair{5.0f, 395.0f}}) {
        const float x = mark.first, y = mark.second;
        CAPTURE(x);
        const CalloutBox b = place_callout(x, y, bw, bh, w, h);
        CHECK(inside(b, w, h));
        CHECK_FALSE(covers(b, x, y));  // the mark stays in sight
    }
    // A plot smaller than the note: kept inside from the top left as far as it goes.
    const CalloutBox tiny = place_callout(50, 20, bw, bh, 120, 30);
    CHECK(tiny.x == 0);
    CHECK(tiny.y == 0);
}

TEST_CASE("a note keeps off the names and nodes it is given, further out or in a corner, and on the nearest place that hides none") {
    const float w = 600, h = 400, bw = 200, bh = 40;
    // Names above the mark on both sides and right below it: the note goes further out.
    const std::vector<CalloutBox> names{{290, 140, 240, 46}, {70, 140, 240, 46}, {300, 210, 240, 40}};
    const CalloutBox placed = place_callout(300, 200, bw, bh, w, h, 14, names);
    CHECK(inside(placed, w, h));
    CHECK_FALSE(covers(placed, 300, 200));
    for (const CalloutBox& n : names) {
        const bool overlaps = placed.x < n.x + n.width && n.x < placed.x + placed.width && placed.y < n.y + n.height && n.y < placed.y + placed.height;
        CHECK_FALSE(overlaps);
    }
    // With nothing in the way it is where it always was.
    const CalloutBox plain = place_callout(300, 200, bw, bh, w, h, 14, {});
    CHECK(plain.x == 314);
    CHECK(plain.y == 200 - 14 - bh);
}

TEST_CASE("a note nearly as wide as the plot goes right above or below its mark, not to a far corner") {
    // A phone's plot: 390 wide, the note 340; the mark in the middle with a name right above it.
    const float w = 390, h = 700, bw = 340, bh = 44;
    const CalloutBox open = place_callout(160, 400, bw, bh, w, h);
    CHECK(inside(open, w, h));
    CHECK_FALSE(covers(open, 160, 400));
    CHECK(open.y + open.height == doctest::Approx(400 - 14));  // right above it
    const std::vector<CalloutBox> name_above{{100, 350, 120, 20}};
    const CalloutBox below = place_callout(160, 400, bw, bh, w, h, 14, name_above);
    CHECK(below.y == doctest::Approx(400 + 14));
    CHECK(below.x == doctest::Approx(0));  // moved in from the left side, as far as it must
}

TEST_CASE("a note's leader does not strike through a name: the note goes where its line passes clear") {
    const float w = 600, h = 400, bw = 200, bh = 40;
    // A short name just above and right of the mark, between it and the usual place (its box clear
    // of the name, its leader through it), and the mark's own node, which every leader leaves.
    const std::vector<CalloutBox> names{{303, 190, 8, 6}, {292, 192, 16, 16}};
    const CalloutBox placed = place_callout(300, 200, bw, bh, w, h, 14, names);
    CHECK(placed.x + placed.width < 300);  // above-left instead
    CHECK(placed.y + placed.height < 200);
}

TEST_CASE("a note that must cover something covers what weighs least: a faded name rather than the step's own") {
    const float bw = 200, bh = 40, w = 534, h = 200;  // the mark at the plot's foot: no room below it
    // Names right above the mark on both sides (the right one the step's own, heavy) and a band of
    // faded names along the top: every place covers something.
    const std::vector<CalloutBox> names{{86, 146, bw, bh, 1}, {314, 146, bw, bh, 20}, {0, 0, w, 120, 1}};
    const CalloutBox placed = place_callout(300, 200, bw, bh, w, h, 14, names);
    CHECK(placed.x + placed.width <= 300);  // left of the mark, over faded names
    const bool over_heavy = placed.x < 514 && 314 < placed.x + placed.width && placed.y < 186 && 146 < placed.y + placed.height;
    CHECK_FALSE(over_heavy);
}

TEST_CASE("a note touches a small faded name beside its mark rather than stand in a far corner at the end of a long line") {
    const float w = 600, h = 400, bw = 200, bh = 40, gap = 14;
    // A small name in each place beside the mark and a little further out; the corners are clear.
    std::vector<CalloutBox> names;
    for (const float x : {300 + gap + 5, 300 - gap - 15, 300 + 3 * gap + 5, 300 - 3 * gap - 15, 295.0f})
        for (const float y : {200 - gap - 15, 200 + gap + 5, 200 - 3 * gap - 15, 200 + 3 * gap + 5}) names.push_back({x, y, 10, 10, 1});
    const CalloutBox placed = place_callout(300, 200, bw, bh, w, h, gap, names);
    const float dx = std::clamp(300.0f, placed.x, placed.x + bw) - 300, dy = std::clamp(200.0f, placed.y, placed.y + bh) - 200;
    CHECK(std::hypot(dx, dy) <= 2 * gap + 1);
}
