// Label placement: no two labels overlap, the higher priority wins.
#include <doctest/doctest.h>

#include "explorer/layout/label_layout.h"

using namespace ds;

TEST_CASE("labels never overlap: the higher priority wins, other rows are free") {
    const auto visible = place_labels({{0, 100, 0, 1}, {50, 150, 0, 5}, {160, 200, 0, 0}, {0, 100, 1, 0}});
    CHECK_FALSE(visible[0]);  // overlaps the more important label
    CHECK(visible[1]);
    CHECK(visible[2]);
    CHECK(visible[3]);  // another row
    // Many labels: whatever is shown does not overlap.
    std::vector<LabelRequest> many;
    for (int i = 0; i < 200; ++i) many.push_back({static_cast<float>(i * 7 % 500), static_cast<float>(i * 7 % 500 + 40), i % 3, static_cast<float>(i % 11)});
    const auto shown = place_labels(many, 2);
    for (std::size_t a = 0; a < many.size(); ++a) {
        for (std::size_t b = a + 1; b < many.size(); ++b) {
            if (!shown[a] || !shown[b] || many[a].row != many[b].row) continue;
            CHECK((many[a].x1 + 2 <= many[b].x0 || many[b].x1 + 2 <= many[a].x0));
        }
    }
}

TEST_CASE("boxes in two dimensions: overlapping lower-priority labels are hidden") {
    const auto shown = place_boxes({{0, 0, 100, 16, 1}, {50, 8, 150, 24, 2}, {50, 30, 150, 46, 0}, {200, 0, 260, 16, 0}});
    CHECK_FALSE(shown[0]);
    CHECK(shown[1]);
    CHECK(shown[2]);
    CHECK(shown[3]);
}

TEST_CASE("the label audit counts overlapping pairs and boxes that run out of their room") {
    // Three boxes in a row: the first two overlap, the third only touches the second.
    const std::vector<LabelBox> boxes = {{0, 0, 10, 10, 0}, {5, 2, 15, 12, 0}, {15, 0, 25, 10, 0}, {0, 20, 10, 30, 0}};
    CHECK(count_overlaps(boxes) == 1);
    CHECK(count_overlaps({}) == 0);
    // A thousand boxes on one spot: every pair overlaps.
    CHECK(count_overlaps(std::vector<LabelBox>(1000, LabelBox{0, 0, 5, 5, 0})) == 1000 * 999 / 2);
    const LabelBox room{0, 0, 100, 20, 0};
    CHECK_FALSE(runs_out({10, 2, 100.4f, 18, 0}, room));  // rounding
    CHECK(runs_out({10, 2, 101, 18, 0}, room));
    CHECK(runs_out({-2, 2, 50, 18, 0}, room));
    CHECK(runs_out({10, 2, 50, 21, 0}, room));
}
