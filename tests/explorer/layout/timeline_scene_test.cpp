// The timeline's scene on the seed data: columns, lane names that fit, amount labels that never
// cover a mark or each other, hit testing, the selection, and what a cluster click and a brush do.
#include <doctest/doctest.h>


#include <algorithm>
#include <cmath>
#include <array>

#include "core/articles/date_text.h"
#include "core/articles/time_span.h"
#include "core/text/utf8.h"
#include "explorer/actions.h"
#include "explorer/app_state.h"
#include "core/events/event_format.h"
#include "explorer/layout/label_layout.h"
#include "explorer/layout/timeline_scene.h"
#include "support/fixed_width_text.h"

using namespace ds;

namespace {

constexpr auto measure = test::fixed_width;

TimelineFrame frame_of(float width, float height) {
    TimelineFrame f;
    f.width = width;
    f.height = height;
    f.measure = measure;
    return f;
}

bool overlap(float a0, float a1, float b0, float b1) { return a0 < b1 && b0 < a1; }

}  // namespace

TEST_CASE("timeline scene: lane names fit their column, cut on whole characters") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    for (const float width : {1280.0f, 390.0f}) {
        const TimelineScene scene = build_timeline_scene(state, frame_of(width, 700));
        const TimelineGeometry& g = scene.geometry;
        CHECK(g.label_width == doctest::Approx(width >= 834 ? 150.0f : std::max(width * 0.18f, 80.0f)));
        CHECK(g.axis_x + g.plot_width <= width);
        REQUIRE(scene.lanes.size() == state.derived.timeline.lanes.size());
        bool cut = false;
        for (const TimelineLaneRow& lane : scene.lanes) {
            CHECK(measure(lane.name) <= g.label_width - 8);
            CHECK_FALSE(find_invalid_utf8(lane.name).has_value());
            cut |= lane.name.ends_with("…");
        }
        if (width < 400) CHECK(cut);  // 80 px hold 10 characters: some seed names are longer
        // A name too long for its column gives way to a shorter name of the same entity that fits.
        const auto aws = std::find_if(scene.lanes.begin(), scene.lanes.end(), [&](const TimelineLaneRow& lane) { return state.derived.timeline.lanes[lane.lane].key == "aws"; });
        REQUIRE(aws != scene.lanes.end());
        CHECK(aws->name == (width < 400 ? "AWS" : "Amazon Web Services"));
    }
}

TEST_CASE("timeline scene: lanes by type widen their column to hold each type's name on a phone, as far as a third of it, else its one word") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions by_type;
    by_type.set_lanes = LaneMode::type;
    apply_actions(state, by_type);
    for (const Language lang : {Language::en, Language::de}) {
        state.view.language = lang;
        const TimelineScene scene = build_timeline_scene(state, frame_of(390, 700));
        const TimelineGeometry& g = scene.geometry;
        REQUIRE_FALSE(scene.lanes.empty());
        CHECK(g.label_width > 80);  // "funding round" takes 13 characters of 8 px
        CHECK(g.label_width <= 390 * kTimelineMaxNameShare);
        CHECK(g.axis_x + g.plot_width <= 390);
        for (const TimelineLaneRow& lane : scene.lanes) {
            const std::string full = event_type_label(state.derived.timeline.lanes[lane.lane].key, lang);
            CHECK(measure(lane.name) <= g.label_width - 8);
            if (measure(full) + 8 <= 390 * kTimelineMaxNameShare) CHECK(lane.name == full);
            // Longer ones go by their one word, never cut ("exclusivity cha…", "Rechenleistun…").
            else CHECK(lane.name == event_type_short_label(state.derived.timeline.lanes[lane.lane].key, lang));
            CHECK_FALSE(lane.name.ends_with("…"));
        }
    }
    // Lanes of parties keep their column: their names have shorter forms ("AWS").
    Actions by_entity;
    by_entity.set_lanes = LaneMode::entity;
    apply_actions(state, by_entity);
    CHECK(build_timeline_scene(state, frame_of(390, 700)).geometry.label_width == doctest::Approx(80));
}

TEST_CASE("timeline scene: amount labels cover no mark and no other label") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    REQUIRE_FALSE(scene.marks.empty());
    REQUIRE_FALSE(scene.amounts.empty());
    for (std::size_t i = 0; i < scene.amounts.size(); ++i) {
        const TimelineLabel& a = scene.amounts[i];
        const float a1 = a.x + measure(a.text);
        for (std::size_t j = i + 1; j < scene.amounts.size(); ++j) {
            const TimelineLabel& b = scene.amounts[j];
            if (a.y == b.y) CHECK_FALSE(overlap(a.x, a1, b.x, b.x + measure(b.text)));
        }
        for (const TimelineMarkShape& m : scene.marks) {
            if (m.cy - 16.0f / 2 != a.y) continue;  // another lane
            const float m0 = m.shape == MarkShape::cluster ? m.cx - m.radius : m.x0 - m.radius;
            const float m1 = m.shape == MarkShape::cluster ? m.cx + m.radius : std::max(m.x1, m.x0 + m.radius);
            CHECK_FALSE(overlap(a.x, a1, m0, m1));
        }
    }
}

TEST_CASE("timeline scene: only the lanes in the visible part are laid out") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(state.derived.timeline.lanes.size() > 4);
    TimelineFrame frame = frame_of(1280, 800);
    const TimelineGeometry all = build_timeline_scene(state, frame).geometry;  // lanes are as tall as their rows
    frame.visible_top = all.lane_top(2) + 1;  // scrolled past two lanes
    frame.visible_bottom = all.lane_top(4) + 1;
    const TimelineScene scene = build_timeline_scene(state, frame);
    CHECK(scene.first_lane == 2);
    CHECK(scene.last_lane == 5);
    REQUIRE(scene.lanes.size() == 3);
    CHECK(scene.lanes.front().top == doctest::Approx(all.lane_top(2)));
    for (const TimelineMarkShape& m : scene.marks) CHECK((m.cy > scene.lanes.front().top && m.cy < scene.lanes.back().top + scene.lanes.back().height));
}

TEST_CASE("timeline scene: a graphic shows the busiest lanes that fit whole and says how many it left out, instead of scrolling") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const std::size_t lanes = state.derived.timeline.lanes.size();
    REQUIRE(lanes > 6);
    TimelineFrame frame = frame_of(390, 600);
    const TimelineScene scrolling = build_timeline_scene(state, frame);  // the explorer: every lane, scrolled
    CHECK(scrolling.geometry.height > 600);
    CHECK(scrolling.lanes_left_out == 0);
    frame.lanes_that_fit = true;
    const TimelineScene graphic = build_timeline_scene(state, frame);
    CHECK(graphic.geometry.height == doctest::Approx(600));
    REQUIRE(graphic.lanes_left_out > 0);
    CHECK(graphic.lanes.size() + graphic.lanes_left_out == lanes);
    CHECK(graphic.lanes.front().lane == 0);  // the busiest lane first
    CHECK(graphic.geometry.content_height + frame.line_height <= 600);  // the lanes and the line under them fit
    for (const TimelineMarkShape& m : graphic.marks) CHECK(m.cy < graphic.geometry.content_height);
    CHECK(graphic.left_out_text == "+" + std::to_string(graphic.lanes_left_out) + " more parties in the full explorer");
    CHECK(graphic.wanted_height == doctest::Approx(scrolling.geometry.content_height));  // what the post is asked for
    // The lanes kept spread into the room the next one did not fit in: no blank band above the line.
    CHECK(graphic.geometry.content_height + frame.line_height > 600 - 60);
    // Room for all: nothing left out.
    frame.height = scrolling.geometry.content_height + 10;
    CHECK(build_timeline_scene(state, frame).lanes_left_out == 0);
}

TEST_CASE("timeline scene: a point finds the mark under it, the selection is ringed and reported") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    std::size_t selected = 0;
    for (std::size_t k = 0; k < scene.marks.size(); ++k) {
        const TimelineMarkShape& m = scene.marks[k];
        const auto hit = timeline_mark_at(scene, m.cx, m.cy);
        REQUIRE(hit.has_value());
        const TimelineMarkShape& h = scene.marks[*hit];
        CHECK(*hit >= k);  // itself, or one drawn later on top of it
        CHECK(std::abs(h.cy - m.cy) < kTimelineLaneHeight);
        if (m.selected) {
            ++selected;
            REQUIRE(scene.selected_x.has_value());
            CHECK(*scene.selected_x == doctest::Approx(m.cx - scene.geometry.axis_x));
            CHECK(state.data.events.events[m.first_event].id == "oracle-openai-10b");
        }
    }
    CHECK(selected >= 1);  // one mark per lane the event is in
    CHECK_FALSE(timeline_mark_at(scene, 2, kTimelineAxisHeight + kTimelineLaneHeight / 2));  // the lane names
    CHECK_FALSE(timeline_mark_at(scene, 640, 4));                                            // the axis
}

TEST_CASE("timeline scene: clusters when squeezed, coloured by the kinds they hold, zoomable to their events, a brush gives its days") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.view.time = fit_range(static_cast<double>(days_from_civil(1990, 1, 1)), static_cast<double>(days_from_civil(2040, 1, 1)));  // more rows than a lane may stack
    const TimelineScene scene = build_timeline_scene(state, frame_of(300, 800));
    const TimelineMarkShape* cluster = nullptr;
    for (const TimelineMarkShape& m : scene.marks) {
        if (m.shape == MarkShape::cluster) cluster = &m;
    }
    REQUIRE(cluster != nullptr);
    CHECK(scene.clusters > 0);
    CHECK(cluster->count > 1);
    CHECK(cluster->radius >= kTimelineClusterRadius);
    CHECK(timeline_mark_at(scene, cluster->cx, cluster->cy).has_value());
    // Its colours count its events by type family: every event once, in its own family.
    const TimelineMark& mark = scene.layout.marks[cluster->mark];
    std::array<int, std::size(kTypeFamilies)> expected{};
    for (const std::size_t i : mark.events) ++expected[static_cast<std::size_t>(type_family(state.data.events.events[i].type))];
    CHECK(cluster->family_counts == expected);
    CHECK(std::count_if(expected.begin(), expected.end(), [](int n) { return n > 0; }) >= 2);  // the seed clusters mix kinds
    // The detail zooms to the cluster's events: every one of them is inside the new range.
    const TimeScale before = state.view.time;
    const auto zoomed = fit_events(state, mark.events);
    REQUIRE(zoomed.has_value());
    CHECK((zoomed->end - zoomed->start) < (before.end - before.start));
    for (const std::size_t i : mark.events) {
        if (const auto span = timex_span(state.data.events.events[i].date.value)) CHECK((zoomed->start <= span->start && span->end <= zoomed->end));
    }

    const TimelineGeometry& g = scene.geometry;
    const auto [from, to] = brushed_days(before, scene, g.axis_x + g.plot_width, g.axis_x);  // dragged right to left
    CHECK(from == static_cast<long>(before.start));
    CHECK(to == static_cast<long>(before.end));
}

TEST_CASE("timeline scene: at the landing view marks that would overlap stack into rows, none is hidden in a cluster") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    for (const float width : {1280.0f, 390.0f}) {
        CAPTURE(width);
        const TimelineScene scene = build_timeline_scene(state, frame_of(width, 800));
        CHECK(scene.clusters == 0);
        CHECK(scene.hidden_events == 0);
        CHECK(scene.label_overlaps == 0);
        CHECK(scene.clipped_labels == 0);
        // Some lane needs more than one row (OpenAI's January 2023 alone has several events).
        bool stacked = false;
        for (const TimelineLaneRow& lane : scene.lanes) stacked |= lane.height > kTimelineLaneHeight;
        CHECK(stacked);
        // No two marks of one row overlap.
        for (std::size_t i = 0; i < scene.marks.size(); ++i) {
            const TimelineMarkShape& a = scene.marks[i];
            for (std::size_t j = i + 1; j < scene.marks.size(); ++j) {
                const TimelineMarkShape& b = scene.marks[j];
                if (a.cy != b.cy) continue;
                const float a0 = a.x0 - a.radius, a1 = std::max(a.x1, a.x0 + a.radius), b0 = b.x0 - b.radius, b1 = std::max(b.x1, b.x0 + b.radius);
                CHECK_FALSE(overlap(a0, a1, b0, b1));
            }
        }
    }
}

TEST_CASE("timeline stacking: rows depend on the zoom alone, and a crowded lane clusters instead") {
    const AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    std::vector<std::size_t> all(state.data.events.events.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    const TimelineIndex index = index_timeline(state.data.events, all, state.data.gazetteer, LaneMode::entity);
    const TimelineStacking wide = stack_timeline(index, 1.0);     // a pixel a day: little overlaps
    const TimelineStacking narrow = stack_timeline(index, 0.05);  // twenty days a pixel: much does
    int wide_rows = 0, narrow_rows = 0;
    for (std::size_t l = 0; l < index.lanes.size(); ++l) wide_rows += wide.row_counts[l], narrow_rows += narrow.row_counts[l];
    CHECK(narrow_rows > wide_rows);
    const TimelineStacking capped = stack_timeline(index, 0.05, kMaxStackedItems, 2);
    bool clustered = false;
    for (std::size_t l = 0; l < index.lanes.size(); ++l) clustered |= capped.rows[l].empty() && !index.items[l].empty();
    CHECK(clustered);  // a lane that needs more than two rows is left to clusters
    const TimelineStacking none = stack_timeline(index, 0.05, 3);  // more items than allowed: no lane stacks
    for (std::size_t l = 0; l < index.lanes.size(); ++l) CHECK(none.row_counts[l] == 1);
}

TEST_CASE("timeline: a tap on an edge marker widens the view to the nearest event beyond it, keeping what was in view") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const TimelineScene scene = build_timeline_scene(state, frame_of(390, 844));
    REQUIRE_FALSE(scene.edge_markers.empty());
    const TimelineEdgeMarker& marker = scene.edge_markers.front();
    // Found under the arrowhead and under its words, not a finger's width beyond them.
    CHECK(timeline_edge_marker_at(scene, marker.x, marker.y) == std::optional<std::size_t>(0));
    const float inward = marker.before ? marker.x + marker.width - 2 : marker.x - marker.width + 2;
    CHECK(timeline_edge_marker_at(scene, inward, marker.y) == std::optional<std::size_t>(0));
    CHECK_FALSE(timeline_edge_marker_at(scene, marker.x, marker.y + 30));
    const TimeScale panned = reach_marker(state.view.time, marker);
    CHECK(panned.end == state.view.time.end);  // what was in view stays in view
    CHECK(marker.nearest > panned.start);
    CHECK(marker.nearest < panned.end);
    CHECK(panned.start > marker.nearest - (panned.end - panned.start) * 0.1);  // just beyond it, not far
    // The lane's nearest event beyond the edge is in view there: that marker is gone or counts fewer.
    state.view.time = panned;
    const TimelineScene after = build_timeline_scene(state, frame_of(390, 844));
    for (const TimelineEdgeMarker& e : after.edge_markers) {
        if (e.lane == marker.lane && e.before == marker.before) CHECK(e.count < marker.count);
    }
    // Panned back a long way, later events stand beyond the right edge. Every marker stands in a
    // gutter beside the plot, so none covers a mark: the plot is narrower by them.
    const TimeScale span = state.view.time;
    state.view.time = pan_by(span, -(span.end - span.start) * 0.6);
    const TimelineScene back = build_timeline_scene(state, frame_of(390, 844));
    REQUIRE(std::any_of(back.edge_markers.begin(), back.edge_markers.end(), [](const TimelineEdgeMarker& e) { return !e.before; }));
    const TimelineGeometry& g = back.geometry;
    for (const TimelineEdgeMarker& e : back.edge_markers) {
        CAPTURE(e.text);
        if (e.before) CHECK(e.x + e.width <= g.axis_x);
        else CHECK(e.x - e.width >= g.axis_x + g.plot_width);
        CHECK(e.x - (e.before ? 7 : e.width + 1) >= g.label_width - 1);  // and not over the lane names
    }
    // The landing view has a gutter on the left only (the 2015 founding); panned back, on the right only.
    CHECK(scene.geometry.axis_x > scene.geometry.label_width);
    CHECK(g.axis_x == g.label_width);
    CHECK(g.axis_x + g.plot_width < scene.geometry.axis_x + scene.geometry.plot_width);
}

TEST_CASE("timeline: a phone's axis names its last year, by two digits where four do not fit, each label over its own line, none running into another") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    for (const int end_month : {1, 2, 3, 4, 5, 6}) {
        CAPTURE(end_month);
        state.view.time = {static_cast<double>(days_from_civil(2021, 6, 1)), static_cast<double>(days_from_civil(2026, end_month, 20))};
        const TimelineScene scene = build_timeline_scene(state, frame_of(366, 700));
        REQUIRE_FALSE(scene.ticks.empty());
        const TimelineTickLine& last = scene.ticks.back();
        std::string axis;
        for (const TimelineTickLine& t : scene.ticks) axis += std::to_string(static_cast<int>(t.x)) + ":" + t.label + "@" + std::to_string(static_cast<int>(t.label_x)) + " ";
        axis += "plot ends " + std::to_string(scene.geometry.axis_x + scene.geometry.plot_width);
        CAPTURE(axis);
        CHECK((last.label == "2026" || last.label == "26"));
        CHECK(scene.clipped_labels == 0);
        float end = -1e9f;  // where the label before ends
        for (const TimelineTickLine& t : scene.ticks) {
            if (t.label.empty()) continue;
            CHECK(t.label_x >= end);
            end = t.label_x + measure(t.label);
            // Over its line: a deal on the 2023 line stands under "2023" (or "23"), not beside "2022".
            CHECK((t.label_x <= t.x && t.x <= end));
        }
    }
}

TEST_CASE("timeline: the landing range leaves out the lone 2015 founding, which shows as an edge marker") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    CHECK(state.view.time.start > static_cast<double>(days_from_civil(2018, 1, 1)));
    CHECK(state.view.time.end > static_cast<double>(days_from_civil(2025, 6, 1)));
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    bool openai = false;
    for (const TimelineEdgeMarker& e : scene.edge_markers) openai |= e.before && e.count == 1 && state.derived.timeline.lanes[e.lane].key == "openai" && e.text == "1 earlier";
    CHECK(openai);
    // The year the view ends in is named at every width.
    bool left_of_line = false;
    for (const float width : {600.0f, 640.0f, 700.0f, 800.0f, 1280.0f}) {
        CAPTURE(width);
        const TimelineScene at_width = build_timeline_scene(state, frame_of(width, 800));
        const auto year_2026 = std::find_if(at_width.ticks.begin(), at_width.ticks.end(), [](const TimelineTickLine& t) { return t.label == "2026"; });
        REQUIRE(year_2026 != at_width.ticks.end());
        left_of_line |= year_2026->label_x < year_2026->x;
        CHECK(at_width.clipped_labels == 0);
    }
    // A view that ends a week into a year names it left of its line.
    state.view.time = {static_cast<double>(days_from_civil(2023, 6, 1)), static_cast<double>(days_from_civil(2026, 1, 8))};
    const TimelineScene ending = build_timeline_scene(state, frame_of(1280, 800));
    for (const TimelineTickLine& t : ending.ticks) left_of_line |= t.label == "2026" && t.label_x < t.x;
    CHECK(left_of_line);
    CHECK(ending.clipped_labels == 0);
    // In words where the plot has room, in the reader's language (a phone's too); a very narrow plot keeps the number.
    state.view.language = Language::de;
    for (const TimelineEdgeMarker& e : build_timeline_scene(state, frame_of(1280, 800)).edge_markers) CHECK(e.text == std::to_string(e.count) + (e.before ? " früher" : " später"));
    for (const TimelineEdgeMarker& e : build_timeline_scene(state, frame_of(390, 844)).edge_markers) CHECK(e.text == std::to_string(e.count));
    // Fit all still shows everything, and zoom and pan stay near the data.
    CHECK(fit_all_events(state).start < static_cast<double>(days_from_civil(2015, 12, 31)));
    const TimeScale bounds = time_bounds(state);
    const TimeScale far = keep_within(TimeScale{0, static_cast<double>(days_from_civil(2060, 1, 1))}, bounds);
    CHECK(far.start >= bounds.start);
    CHECK(far.end <= bounds.end);
}

TEST_CASE("timeline scene: while a query stands, the marks holding its hits are marked") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    CHECK(build_timeline_scene(state, frame_of(1280, 800)).matched == 0);
    state.view.query = "Microsoft OpenAI";
    refresh_derived(state);
    REQUIRE(state.derived.searching());
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    CHECK(scene.searching);
    CHECK(scene.matched >= 2);
    bool investment = false;
    for (const TimelineMarkShape& m : scene.marks) {
        if (m.matched && state.data.events.events[m.first_event].id == "ms-openai-2019-investment") investment = true;
        if (!m.matched) CHECK_FALSE(state.derived.matched_event(m.first_event));
    }
    CHECK(investment);
    state.view.query.clear();
    refresh_derived(state);
    CHECK_FALSE(state.derived.searching());
}

TEST_CASE("timeline scene: a deal dated to a month or a year is a disc of its amount's size on a faint bar of the period") {
    // The bar's length says how precise the date is, not how large the deal is: Microsoft's $1bn of 2019
    // (a year) has a smaller disc than its $10bn of January 2023, and the disc is hit where it is drawn.
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    const TimelineMarkShape* year = nullptr;
    const TimelineMarkShape* larger = nullptr;
    for (const TimelineMarkShape& m : scene.marks) {
        const Event& e = state.data.events.events[m.first_event];
        if (m.shape == MarkShape::span && e.amounts.size() == 1 && e.amounts[0].value == 1e9 && !year) year = &m;
        if (m.shape != MarkShape::cluster && !e.amounts.empty() && e.amounts[0].value && *e.amounts[0].value >= 1e10 && !larger) larger = &m;
    }
    REQUIRE(year);
    REQUIRE(larger);
    CHECK(year->bar_height <= 4.0f);  // a thin bar, not a block as tall as the amount
    CHECK(year->radius < larger->radius);
    CHECK(year->cx == doctest::Approx((year->x0 + year->x1) / 2));
    const auto hit = timeline_mark_at(scene, year->cx, year->cy + year->radius - 1);  // in the disc, off the bar
    REQUIRE(hit.has_value());
    CHECK(&scene.marks[*hit] == year);
    for (const TimelineLabel& label : scene.amounts) {  // a label starts after the bar and the disc
        if (std::abs(label.y + 8 - year->cy) < 10 && label.x > year->x0 && label.x < year->x1 + 40) CHECK(label.x >= year->cx + year->radius);
    }
}

TEST_CASE("timeline scene: an amount with no room right of its mark is named left of it") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    // At some widths a crowded year leaves no room right of a mark: its label goes left of it, clear
    // of every mark and label.
    int left_labels = 0;
    for (float width = 560; width <= 1280; width += 40) {
        const TimelineScene scene = build_timeline_scene(state, frame_of(width, 800));
        CAPTURE(width);
        CHECK(scene.label_overlaps == 0);
        for (const TimelineLabel& a : scene.amounts)
            for (const TimelineMarkShape& m : scene.marks)
                if (std::fabs(a.y - (m.cy - 8)) <= 1 && m.shape != MarkShape::cluster && a.x + measure(a.text) <= m.x0 - m.radius &&
                    timeline_mark_amount(state.data.events.events[m.first_event], state.view.language) == a.text && a.x + measure(a.text) + 8 >= m.x0 - m.radius)
                    ++left_labels;
    }
    CHECK(left_labels > 0);
}

TEST_CASE("timeline scene: a mark holding an event the sources disagree on is marked disputed, and only such a mark") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    int disputed = 0;
    for (const TimelineMarkShape& s : scene.marks) {
        const auto& events = scene.layout.marks[s.mark].events;
        const bool any = std::any_of(events.begin(), events.end(), [&](std::size_t i) { return !state.data.events.events[i].claim.empty(); });
        CHECK(s.disputed == any);
        disputed += s.disputed;
    }
    CHECK(disputed >= 3);  // Microsoft's 2019 and 2021 money and Oracle's deals, in each party's lane
}

TEST_CASE("timeline scene: a funding round's amount says it is the round's, since it stands in each investor's lane too") {
    const AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const auto round = std::find_if(state.data.events.events.begin(), state.data.events.events.end(), [](const Event& e) { return e.id == "openai-6.6b-round"; });
    REQUIRE(round != state.data.events.events.end());
    CHECK(timeline_mark_amount(*round, Language::en) == "$6.6bn round");
    CHECK(timeline_mark_amount(*round, Language::de) == "Runde 6,6 Mrd. $");
    const auto total = std::find_if(state.data.events.events.begin(), state.data.events.events.end(), [](const Event& e) { return e.id == "ms-openai-13.75b-total"; });
    REQUIRE(total != state.data.events.events.end());
    CHECK(timeline_mark_amount(*total, Language::en) == "total $13.75bn");  // not one more deal beside those it adds up
}

TEST_CASE("timeline: a graphic with few lanes spreads them over its frame, the explorer's lanes keep their spacing") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions few;  // a story step's: OpenAI's compute deals, three parties
    few.set_filters = Filters{{"compute_deal"}, {}, "openai", std::nullopt, std::nullopt};
    apply_actions(state, few);
    TimelineFrame graphic = frame_of(390, 540);
    graphic.lanes_that_fit = true;
    const TimelineScene spread = build_timeline_scene(state, graphic);
    const TimelineScene kept = build_timeline_scene(state, frame_of(390, 540));
    REQUIRE(spread.geometry.tops.size() >= 3);
    CHECK(spread.geometry.row_scale > 1.5f);
    CHECK(spread.geometry.row_scale <= kTimelineMaxRowScale);
    CHECK(spread.geometry.content_height <= 540);                         // still whole in its frame
    CHECK(spread.geometry.content_height > kept.geometry.content_height * 1.5f);
    CHECK(kept.geometry.row_scale == 1.0f);
    // Marks and lane names move with their rows: each name stands at its first row's middle.
    for (const TimelineLaneRow& lane : spread.lanes) CHECK(lane.name_middle == doctest::Approx(spread.geometry.row_middle(static_cast<int>(lane.lane), 0)));
    for (const TimelineMarkShape& m : spread.marks) {
        const std::size_t lane = spread.geometry.lane_at(m.cy);
        CHECK(m.cy > spread.geometry.lane_top(lane));
        CHECK(m.cy < spread.geometry.lane_top(lane) + spread.geometry.lane_height(lane));
    }
}

TEST_CASE("timeline: in a graphic with spread lanes an amount with no room beside its mark stands above it, covering nothing") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions few;  // the story's third step on a phone: OpenAI's compute deals from 2023
    few.set_filters = Filters{{"compute_deal"}, {}, "openai", std::nullopt, std::nullopt};
    apply_actions(state, few);
    TimelineFrame graphic = frame_of(366, 400);
    graphic.lanes_that_fit = true;
    graphic.scale = TimeScale{static_cast<double>(days_from_civil(2022, 10, 1)), static_cast<double>(days_from_civil(2026, 4, 1))};
    const TimelineScene scene = build_timeline_scene(state, graphic);
    REQUIRE(scene.geometry.row_scale > 1);
    std::size_t with_amount = 0;
    for (const TimelineMarkShape& m : scene.marks) with_amount += m.shape != MarkShape::cluster && !timeline_mark_amount(state.data.events.events[m.first_event], Language::en).empty();
    REQUIRE(with_amount >= 2);
    CHECK(scene.amounts.size() == with_amount);  // every amount named
    bool above = false;
    for (const TimelineLabel& a : scene.amounts) {
        above |= std::any_of(scene.marks.begin(), scene.marks.end(), [&](const TimelineMarkShape& m) { return a.y + 16 <= m.cy - m.radius && a.x < m.cx && a.x + measure(a.text) > m.cx; });
    }
    CHECK(above);
    CHECK(scene.label_overlaps == 0);
    CHECK(scene.clipped_labels == 0);
}

TEST_CASE("timeline: in the sample post's embed an amount with no room beside its mark stands below it, clear of other marks") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions money;  // the post's timeline: money and compute, at 700 x 420 (a chart of about 680 x 210)
    money.set_filters = Filters{{"investment", "funding_round", "compute_deal"}, {}, "", std::nullopt, std::nullopt};
    apply_actions(state, money);
    TimelineFrame graphic = frame_of(680, 210);
    graphic.lanes_that_fit = true;
    graphic.scale = TimeScale{static_cast<double>(days_from_civil(2018, 9, 1)), static_cast<double>(days_from_civil(2026, 6, 1))};
    const TimelineScene scene = build_timeline_scene(state, graphic);
    // OpenAI's 2026 "$38bn" had a deal right of it and none above: it stands below now.
    CHECK(std::any_of(scene.amounts.begin(), scene.amounts.end(), [](const TimelineLabel& a) { return a.text == "$38bn"; }));
    CHECK(scene.label_overlaps == 0);
    CHECK(scene.clipped_labels == 0);
    // Every money mark is named: the 2023 "$10bn" of both lanes, between their lanes' dots and the
    // 2021 round's label, stand a little away with a line to their mark.
    std::size_t with_amount = 0;
    for (const TimelineMarkShape& m : scene.marks) with_amount += m.shape != MarkShape::cluster && !timeline_mark_amount(state.data.events.events[m.first_event], Language::en).empty();
    CHECK(scene.amounts.size() == with_amount);
    int leaders = 0;
    for (const TimelineLabel& a : scene.amounts) {
        if (!a.leader) continue;
        ++leaders;
        // The line starts at a mark's rim and ends on the text's box.
        CHECK(std::any_of(scene.marks.begin(), scene.marks.end(), [&](const TimelineMarkShape& m) {
            return std::fabs(std::hypot(a.leader_x0 - m.cx, a.leader_y0 - m.cy) - (m.radius + 2)) < 0.5f;
        }));
        CHECK(a.leader_x1 >= a.x - 0.5f);
        CHECK(a.leader_x1 <= a.x + measure(a.text) + 0.5f);
        CHECK(a.leader_y1 >= a.y - 0.5f);
        CHECK(a.leader_y1 <= a.y + 16.5f);
        // It crosses no other mark.
        for (const TimelineMarkShape& m : scene.marks) {
            if (std::fabs(std::hypot(a.leader_x0 - m.cx, a.leader_y0 - m.cy) - (m.radius + 2)) < 0.5f) continue;
            CHECK_FALSE(segment_crosses(a.leader_x0, a.leader_y0, a.leader_x1, a.leader_y1, {m.cx - m.radius, m.cy - m.radius, m.cx + m.radius, m.cy + m.radius, 0}));
        }
    }
    CHECK(leaders >= 1);
    // No amount stands close beside a mark without one, where it would read as that mark's (the 2023
    // "$10bn" went right of its lane's compute dot); one with a leader says whose it is.
    for (const TimelineLabel& a : scene.amounts) {
        if (a.leader) continue;
        for (const TimelineMarkShape& m : scene.marks) {
            if (m.shape == MarkShape::cluster || !timeline_mark_amount(state.data.events.events[m.first_event], Language::en).empty()) continue;
            if (a.y >= m.cy + m.radius || a.y + 16 <= m.cy - m.radius) continue;
            const float gap = std::max(a.x - (m.cx + m.radius), (m.cx - m.radius) - (a.x + measure(a.text)));
            CHECK_MESSAGE(gap >= 8, a.text << " stands " << gap << " px from a mark without an amount");
        }
    }
}

TEST_CASE("timeline: in the German embed the larger deal is named where two contend, and a round with no room for its word by its sum") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions money;
    money.set_filters = Filters{{"investment", "funding_round", "compute_deal"}, {}, "", std::nullopt, std::nullopt};
    money.set_language = Language::de;
    apply_actions(state, money);
    TimelineFrame graphic = frame_of(680, 210);
    graphic.lanes_that_fit = true;
    graphic.scale = TimeScale{static_cast<double>(days_from_civil(2018, 9, 1)), static_cast<double>(days_from_civil(2026, 6, 1))};
    const TimelineScene scene = build_timeline_scene(state, graphic);
    const auto named = [&](std::string_view text) {
        return std::any_of(scene.amounts.begin(), scene.amounts.end(), [&](const TimelineLabel& a) { return a.text == text; });
    };
    // The longer German labels crowd the plot's right end: OpenAI's 2026 "38 Mrd. $" lost its place below the mark to
    // the 2024 "10 Mrd. $", and "Runde 6,6 Mrd. $" had room nowhere.
    CHECK(named("38 Mrd. $"));
    CHECK((named("Runde 6,6 Mrd. $") || named("6,6 Mrd. $")));
    CHECK(scene.label_overlaps == 0);
    CHECK(scene.clipped_labels == 0);
    CHECK(scene.amounts_unnamed <= 2);
}

TEST_CASE("timeline: an entity chosen in the list keeps its deals and fades the rest, though it has no lane of its own") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    const TimelineScene before = build_timeline_scene(state, frame_of(1280, 800));
    CHECK_FALSE(before.fading_for_entity);
    Actions choose;
    choose.select_entity = "azure";  // a product: its deals stand in Microsoft's and OpenAI's lanes
    apply_actions(state, choose);
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    CHECK(scene.fading_for_entity);
    int of_azure = 0, others = 0;
    for (const TimelineMarkShape& s : scene.marks) {
        const TimelineMark& m = scene.layout.marks[s.mark];
        bool azure = false;
        for (const std::size_t i : m.events)
            for (const Participant& p : state.data.events.events[i].participants) azure |= p.entity == "azure";
        CHECK(s.of_chosen_entity == azure);
        of_azure += azure;
        others += !azure;
    }
    CHECK(of_azure > 0);
    CHECK(others > of_azure);
}

TEST_CASE("timeline: a story's step has no edge markers, the explorer showing the same years has") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    Actions step;  // the story's third step: OpenAI's compute deals from mid-2022
    step.set_filters = Filters{{"compute_deal"}, {}, "openai", std::nullopt, std::nullopt};
    step.set_time = TimeScale{static_cast<double>(days_from_civil(2022, 6, 1)), static_cast<double>(days_from_civil(2026, 6, 1))};
    apply_actions(state, step);
    const TimelineScene explorer = build_timeline_scene(state, frame_of(700, 420));
    CHECK_FALSE(explorer.edge_markers.empty());  // Microsoft's 2019 compute deal lies before the view
    state.host.story = true;
    const TimelineScene story = build_timeline_scene(state, frame_of(700, 420));
    CHECK(story.edge_markers.empty());
}

TEST_CASE("timeline: a first year line at the plot's left edge keeps its label, moved inwards, with its year") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.view.time = {static_cast<double>(days_from_civil(2022, 6, 28)), static_cast<double>(days_from_civil(2026, 6, 1))};
    const TimelineScene scene = build_timeline_scene(state, frame_of(1280, 800));
    REQUIRE_FALSE(scene.ticks.empty());
    CHECK(scene.ticks.front().label == "Q3 2022");  // not a bare "Q3", nor nothing
    CHECK(scene.ticks.front().label_x >= scene.geometry.axis_x - 1);
    CHECK(scene.clipped_labels == 0);
}

TEST_CASE("timeline scene: a deal in both parties' lanes is pale on the giving side and its amount named once, at who received it") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    TimelineFrame frame = frame_of(1280, 800);
    frame.lanes_that_fit = true;  // a graphic: every amount it can name is named
    const TimelineScene scene = build_timeline_scene(state, frame);
    REQUIRE(scene.giving_marks > 0);
    const auto named = [&](std::size_t mark) {
        return std::any_of(scene.amounts.begin(), scene.amounts.end(), [&](const TimelineLabel& a) { return a.mark == mark; });
    };
    int both_sides = 0;
    for (std::size_t k = 0; k < scene.marks.size(); ++k) {
        const TimelineMarkShape& pale = scene.marks[k];
        if (!pale.gives) continue;
        // The lane's entity gave: it is the event's investor, provider or the like, not who received it.
        const Event& e = state.data.events.events[pale.first_event];
        const EventType* type = find_event_type(e.type);
        REQUIRE(type);
        const std::string& lane_entity = state.derived.timeline.lanes[static_cast<std::size_t>(scene.layout.marks[k].lane)].key;
        if (!type->from_role) {
            // (Or a partner of a project whose own lane holds its sum: Stargate's partners.)
            CHECK(std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.role == "subject" && p.entity != lane_entity; }));
            continue;
        }
        CHECK(std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.entity == lane_entity && role_is(p.role, type->from_role); }));
        for (std::size_t j = 0; j < scene.marks.size(); ++j) {
            const TimelineMarkShape& solid = scene.marks[j];
            if (j == k || solid.gives || solid.shape == MarkShape::cluster || solid.first_event != pale.first_event) continue;
            ++both_sides;
            CHECK_FALSE(named(k));  // the amount stands at the receiver only
        }
    }
    CHECK(both_sides > 0);
    // A deal of no sides (Stargate's partners) is named in one of its lanes at most.
    int sideless_in_lanes = 0;
    for (std::size_t k = 0; k < scene.marks.size(); ++k) {
        const EventType* type = find_event_type(state.data.events.events[scene.marks[k].first_event].type);
        if (scene.marks[k].shape == MarkShape::cluster || (type && type->from_role)) continue;
        int marks = 0, labels = 0;
        for (std::size_t j = 0; j < scene.marks.size(); ++j) {
            if (scene.marks[j].shape == MarkShape::cluster || scene.marks[j].first_event != scene.marks[k].first_event) continue;
            ++marks;
            labels += named(j);
        }
        sideless_in_lanes += marks > 1;
        CHECK(labels <= 1);
    }
    CHECK(sideless_in_lanes > 0);
    // By type there is one lane per event: nothing is pale.
    state.view.lanes = LaneMode::type;
    refresh_derived(state);
    CHECK(build_timeline_scene(state, frame).giving_marks == 0);
}
