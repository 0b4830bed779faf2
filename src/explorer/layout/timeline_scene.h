#pragma once
// Everything the timeline view draws, worked out without drawing: where the axis, the lane names,
// the marks and their amount labels go, in the view's own pixels (0, 0 is the view's top left),
// and which mark lies under a point. The view only turns this into draw calls and reads the input.
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/event_types.h"
#include "explorer/layout/time_scale.h"
#include "explorer/layout/timeline_layout.h"

namespace ds {

struct AppState;

inline constexpr float kTimelineAxisHeight = 28.0f;
inline constexpr float kTimelineAxisLabelGap = 4.0f;  // the least room between two year labels
inline constexpr float kTimelineLaneHeight = 30.0f;  // a lane of one row
inline constexpr float kTimelineRowHeight = 24.0f;   // each further row of a stacked lane
// Marks closer than a cluster's diameter merge, so counted clusters never overlap each other.
inline constexpr float kTimelineMergePx = 18.0f;
inline constexpr float kTimelineClusterRadius = 9.0f;
// How far a graphic (an embed, a story step) may spread its few lanes to fill its height.
inline constexpr float kTimelineMaxRowScale = 3.5f;
// How much of a narrow view the lane names may take to stand whole ("funding round" on a phone).
inline constexpr float kTimelineMaxNameShare = 0.32f;

// What the view knows about where it is drawn.
struct TimelineFrame {
    float width = 0, height = 0;        // the space the view has
    float visible_top = 0, visible_bottom = 1e9f;  // the part of it inside the window (lanes below scroll)
    float line_height = 16;
    std::function<float(std::string_view)> measure;  // text width in pixels, in the UI font
    std::optional<TimeScale> scale;  // the range drawn while the camera glides to the state's; none: the state's
    // A graphic (an embed) does not scroll inside its post: it shows the lanes that fit whole and
    // says how many it leaves out.
    bool lanes_that_fit = false;
};

// The columns of the view: lane names on the left, the time axis to their right.
struct TimelineGeometry {
    float label_width = 0;    // the lane-name column
    float axis_x = 0;         // where the axis starts
    float plot_width = 0;     // how wide the axis is
    float content_height = 0; // axis and every lane
    float height = 0;         // what the view takes: the space it has, or its content if taller
    std::vector<float> tops;  // per lane its top, then the bottom of the last lane
    float row_scale = 1;      // a graphic with few lanes spreads them over its height
    float lane_top(std::size_t lane) const { return tops[lane]; }
    float lane_height(std::size_t lane) const { return tops[lane + 1] - tops[lane]; }
    // The middle of a row of a lane: rows below the first add kTimelineRowHeight each.
    float row_middle(int lane, int row) const {
        return lane_top(static_cast<std::size_t>(lane)) + (kTimelineLaneHeight / 2 + kTimelineRowHeight * static_cast<float>(row)) * row_scale;
    }
    std::size_t lane_at(float y) const;  // the lane at height y (clamped to the lanes)
};
// `row_counts`: per lane how many rows it has (see stack_timeline). `names_width`: the widest lane
// name the column should hold whole, if it can (up to kTimelineMaxNameShare of the width).
TimelineGeometry timeline_geometry(float width, float height, const std::vector<int>& row_counts, float names_width = 0);

struct TimelineTickLine {
    float x = 0;
    std::string label;
    bool major = false;
    float label_x = 0;  // right of the line; left of it at the plot's right edge ("2026" where the view ends)
};

struct TimelineLaneRow {
    std::size_t lane = 0;
    float top = 0, height = kTimelineLaneHeight;
    float name_middle = 0;  // the height of its first row's middle, where its name stands
    bool shaded = false;  // every other lane has a band
    std::string name;     // cut with "…" to fit the name column
};

enum class MarkShape { point, span, cluster };

struct TimelineMarkShape {
    std::size_t mark = 0;      // into layout.marks
    MarkShape shape = MarkShape::point;
    float x0 = 0, x1 = 0;      // extent; x0 == x1 for a point
    float cx = 0, cy = 0;      // centre
    float radius = 0;          // points and clusters; a span's bar is `bar_height` tall
    float bar_height = 0;
    std::size_t first_event = 0;  // the event that gives the mark its colour and amount
    std::size_t count = 1;        // events in the mark (clusters show it)
    std::array<int, std::size(kTypeFamilies)> family_counts{};  // a cluster's events per type family (its colours)
    bool selected = false;
    bool matched = false;         // holds a search hit
    bool of_chosen_entity = false; // holds an event of the entity selected in the list or network
    bool disputed = false;        // holds an event whose fact the sources disagree on (Event::claim)
    bool gives = false;           // the giving side's copy of a deal (TimelineMark::gives): drawn pale
};

struct TimelineLabel {
    float x = 0, y = 0;  // top left of the text
    std::string text;
    std::size_t mark = 0;  // whose amount it is (an index into TimelineScene::marks)
    // A graphic's amount that found room only a little away from its mark has a thin line to it.
    bool leader = false;
    float leader_x0 = 0, leader_y0 = 0, leader_x1 = 0, leader_y1 = 0;  // from the mark's rim to the text's nearest point
};

// Events of a lane that lie wholly before or after the view: a marker beside the plot's edge says
// how many (a lone 2015 founding is a marker, not ten empty years).
// A plot at least this wide says "2 earlier" at its edges; a narrower one "2". The markers stand in
// gutters beside the plot, clear of its marks; a tap on one widens the view to the nearest of its events.
inline constexpr float kTimelineEdgeWordsWidth = 400;

struct TimelineEdgeMarker {
    std::size_t lane = 0;
    bool before = true;  // at the left edge; else the right
    int count = 0;
    float x = 0, y = 0;  // the marker's middle
    std::string text;    // beside the arrowhead: "2 earlier", "1 später" (a bare number read as a page number)
    float width = 0;     // of the arrowhead and the text, from x inward
    double nearest = 0;  // the day of the nearest of those events (the latest before, the earliest after)
};

struct TimelineScene {
    TimelineGeometry geometry;
    TimelineLayout layout;                     // the marks of the lanes in view
    std::size_t first_lane = 0, last_lane = 0; // lanes in view
    std::vector<TimelineTickLine> ticks;
    std::vector<TimelineLaneRow> lanes;
    std::vector<TimelineMarkShape> marks;
    std::vector<TimelineLabel> amounts;        // amount labels that fit beside their marks
    int clusters = 0;
    bool fading_for_entity = false;            // an entity is selected and some mark in view holds its events: the others fade
    int hidden_events = 0;                     // events inside clusters (not a mark of their own)
    std::vector<TimelineEdgeMarker> edge_markers;
    std::optional<float> selected_x;           // the selected mark's centre, from the axis start
    bool searching = false;                    // a query stands: marks holding a hit are marked, the rest faded
    int matched = 0;                           // marks holding a search hit
    // What the frame report counts, measured on the finished scene: labels (ticks, lane names,
    // amounts, edge-marker counts) overlapping each other or a mark, and labels running out of
    // their room (a tick past the view, a name past its column, an amount out of the plot).
    int label_overlaps = 0, clipped_labels = 0;
    // Events with an amount named at none of their marks (a graphic wants every amount named).
    int amounts_unnamed = 0;
    // Marks drawn pale for the side that gave: the key says what pale means when there are any.
    int giving_marks = 0;
    // Lanes a graphic left out for room (the least busy: lanes go by their events), a line saying so
    // under the last lane shown ("+4 more parties in the full explorer"), and the height that would
    // show them all (what an embed asks its post for).
    std::size_t lanes_left_out = 0;
    std::string left_out_text;
    float wanted_height = 0;
};

// A mark's amount label: a funding round's says it is the round's ("$6.6bn round"), since it also
// stands in each investor's lane, where a bare figure read as what that investor put in.
std::string timeline_mark_amount(const Event& e, Language language);

// The scene for the state's filtered events, view and selection.
TimelineScene build_timeline_scene(const AppState& state, const TimelineFrame& frame);

// The mark under (x, y), in the view's pixels, with a couple of pixels' grace.
std::optional<std::size_t> timeline_mark_at(const TimelineScene& scene, float x, float y);

// The edge marker under (x, y), with room for a finger around it.
std::optional<std::size_t> timeline_edge_marker_at(const TimelineScene& scene, float x, float y);
// The range widened on the marker's side just enough to show the nearest event beyond it, the
// other end kept: what is in view stays, and the event joins it.
TimeScale reach_marker(const TimeScale& scale, const TimelineEdgeMarker& marker);

// The dates between two x positions (a Shift+drag brush), as whole days.
std::pair<long, long> brushed_days(const TimeScale& scale, const TimelineScene& scene, float from_x, float to_x);

}  // namespace ds
