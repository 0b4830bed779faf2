#pragma once
// What the timeline draws, worked out without drawing: lanes (by entity or by event type), one
// mark per event and lane, spans for dates known only to a year, half, season, quarter or month,
// sizes by amount, and marks closer than a few pixels merged into counted clusters.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/events/event.h"
#include "core/annotate/gazetteer.h"
#include "explorer/layout/time_scale.h"
#include "core/articles/time_span.h"
#include "explorer/view_state.h"

namespace ds {

struct TimelineLane {
    std::string key;    // entity id or event type
    std::string label;  // entity name or type
    int events = 0;
};

struct TimelineMark {
    std::vector<std::size_t> events;  // one event, or several merged into a cluster
    int lane = 0;
    int row = 0;           // the sub-row of its lane (stacked lanes)
    float x0 = 0, x1 = 0;  // pixels; x0 == x1 for a point
    float radius = 0;      // by the largest amount
    bool span = false;     // the date is a period, drawn as a bar
    bool selected = false;
    bool gives = false;    // in the lane of the side that gave (investor, provider): the deal's other side holds it too
};

struct TimelineLayout {
    std::vector<TimelineLane> lanes;
    std::vector<TimelineMark> marks;
    std::vector<std::size_t> undated;  // events with "XXXX", listed beside the axis
};

// Radius in pixels for a US-dollar amount, on a log scale: 3 px for none, 4 px at $1 M … 14 px at $1 T.
float mark_radius(const Event& e);
// The dollar amounts the legend shows for its sizes.
inline constexpr double kLegendAmounts[] = {1e6, 1e9, 1e11};
float radius_for_amount(double usd);

// The part of the layout that does not change while panning and zooming, built once per filter
// change: lanes, and each lane's events as time spans sorted by start, so a frame only looks at the
// events in view (binary search) — 100 000 events took 260 ms a frame when every frame did it all.
struct TimelineItem {
    double start = 0, end = 0;  // days since 1970; end == start for a day
    float radius = 0;
    std::uint32_t event = 0;
    bool span = false;
    bool gives = false;  // this lane's entity is the side the deal goes from, not the one it goes to
};
struct TimelineIndex {
    LaneMode mode = LaneMode::entity;
    std::vector<TimelineLane> lanes;
    std::vector<std::vector<TimelineItem>> items;  // per lane, by start
    std::vector<std::size_t> undated;
    double longest = 0;  // the longest span in days: how far before the view a span may start
};
// `every_event_of`: the entity the events were filtered to, if any. Its own lane would repeat all
// the others, so by entity its events stand in their other parties' lanes (in its own only when
// they have no other party).
TimelineIndex index_timeline(const EventStore& store, const std::vector<std::size_t>& events, const Gazetteer& gazetteer, LaneMode mode,
                             const std::string& every_event_of = "");
// The lanes (in lane order) that hold `event`, and its item in each; none when it has no mark.
struct TimelinePlace { std::size_t lane = 0; const TimelineItem* item = nullptr; };
std::vector<TimelinePlace> timeline_places_of(const TimelineIndex& index, std::size_t event);

// Marks that would overlap go to sub-rows of their lane instead of merging: per lane, each item's
// row (in the index's order) and how many rows the lane needs at this zoom. Rows depend only on
// pixels per day, so panning never moves a mark between rows. Lanes that would need more than
// `max_rows`, and every lane when the index holds more than `max_items` items (thousands of
// events: clusters say more there), are not stacked (rows empty, one row) and merge into clusters.
struct TimelineStacking {
    std::vector<std::vector<std::uint8_t>> rows;  // per lane: per item its row, or empty when not stacked
    std::vector<int> row_counts;                   // per lane, at least 1
};
inline constexpr std::size_t kMaxStackedItems = 20000;
inline constexpr int kMaxStackRows = 16;
TimelineStacking stack_timeline(const TimelineIndex& index, double px_per_day, std::size_t max_items = kMaxStackedItems, int max_rows = kMaxStackRows);

// The marks of lanes [first_lane, last_lane) in view; the axis spans `width` pixels from x = 0.
// The layout's `lanes` stay empty: they are the index's. Stacked lanes (see `stacking`, optional)
// keep every event its own mark.
TimelineLayout layout_timeline(const TimelineIndex& index, const TimeScale& scale, float width, std::optional<std::size_t> selected,
                               float merge_px, std::size_t first_lane = 0, std::size_t last_lane = SIZE_MAX, const TimelineStacking* stacking = nullptr);

// Both steps at once (tests, one-off layouts): `events` are the filtered indices.
TimelineLayout layout_timeline(const EventStore& store, const std::vector<std::size_t>& events, const Gazetteer& gazetteer, LaneMode mode,
                               const TimeScale& scale, float width, std::optional<std::size_t> selected, float merge_px = 6.0f);

}  // namespace ds
