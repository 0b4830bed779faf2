#include "explorer/layout/timeline_scene.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include "core/events/event_format.h"
#include "core/events/event_types.h"
#include "explorer/app_state.h"
#include "explorer/layout/label_layout.h"
#include "explorer/layout/text_layout.h"

namespace ds {

std::size_t TimelineGeometry::lane_at(float y) const {
    if (tops.size() < 2) return 0;
    const auto it = std::upper_bound(tops.begin(), tops.end() - 1, y);
    return it == tops.begin() ? 0 : static_cast<std::size_t>(it - tops.begin()) - 1;
}

TimelineGeometry timeline_geometry(float width, float height, const std::vector<int>& row_counts, float names_width) {
    TimelineGeometry g;
    g.label_width = std::clamp(width * 0.18f, 80.0f, 150.0f);
    if (names_width + 8 > g.label_width) g.label_width = std::max(g.label_width, std::min(names_width + 8, width * kTimelineMaxNameShare));
    g.axis_x = g.label_width;
    g.plot_width = std::max(width - g.label_width - 8, 50.0f);
    g.tops.reserve(row_counts.size() + 1);
    float top = kTimelineAxisHeight;
    for (const int rows : row_counts) {
        g.tops.push_back(top);
        top += kTimelineLaneHeight + kTimelineRowHeight * static_cast<float>(std::max(rows, 1) - 1);
    }
    g.tops.push_back(top);
    g.content_height = top + 8;
    g.height = std::max({height, 120.0f, g.content_height});  // taller than the view: the lanes scroll
    return g;
}

std::string timeline_mark_amount(const Event& e, Language language) {
    std::string amount = event_amount_short(e, language);
    if (amount.empty() || e.type != "funding_round") return amount;
    return language == Language::de ? "Runde " + amount : amount + " round";
}

namespace {

struct EdgeCounts {
    int before = 0, after = 0;
    double latest_before = 0, earliest_after = 0;  // the nearest of them, which a tap brings into view
};

EdgeCounts edge_counts(const std::vector<TimelineItem>& items, const TimeScale& scale) {
    EdgeCounts c;
    for (const TimelineItem& it : items) {
        if (it.end < scale.start) c.latest_before = c.before++ ? std::max(c.latest_before, it.end) : it.end;
        if (it.start > scale.end) c.earliest_after = c.after++ ? std::min(c.earliest_after, it.start) : it.start;
    }
    return c;
}

// "2 earlier" where the plot has room; else "2" (its tooltip and a tap say the rest).
std::string edge_marker_text(int count, bool before, bool words, Language lang) {
    if (!words) return std::to_string(count);
    const bool de = lang == Language::de;
    return std::to_string(count) + (before ? (de ? " früher" : " earlier") : (de ? " später" : " later"));
}

struct EdgeGutters {
    float left = 0, right = 0;  // taken from the plot for the markers
    bool counted = false;       // markers are counted (a crowded corpus has clusters and the axis to go by)
    bool words = false;
};

// The gutters the markers of any lane need, as wide as the widest of them.
EdgeGutters edge_gutters(const TimelineIndex& index, const TimeScale& scale, float plot_width, Language lang,
                         const std::function<float(std::string_view)>& measure) {
    EdgeGutters gutters;
    std::size_t total = 0;
    for (const auto& lane : index.items) total += lane.size();
    gutters.counted = total <= kMaxStackedItems;  // bounds the counting as the stacking bounds its own
    if (!gutters.counted) return gutters;
    gutters.words = plot_width >= kTimelineEdgeWordsWidth;
    int most_before = 0, most_after = 0;
    for (const auto& lane : index.items) {
        const EdgeCounts c = edge_counts(lane, scale);
        most_before = std::max(most_before, c.before);
        most_after = std::max(most_after, c.after);
    }
    const auto gutter = [&](int most, bool before) { return most > 0 ? 20 + measure(edge_marker_text(most, before, gutters.words, lang)) : 0.0f; };
    gutters.left = gutter(most_before, true);
    gutters.right = gutter(most_after, false);
    return gutters;
}

// A lane's name in `width`: an entity's may give way to a shorter name of it ("AWS").
std::string lane_name(const AppState& state, const std::string& key, std::string name, float width, const std::function<float(std::string_view)>& measure) {
    const Entity* e = state.view.lanes == LaneMode::entity ? state.data.gazetteer.find(key) : nullptr;
    if (e) return entity_name_in_room(*e, width, measure);
    // A type too long for the column goes by its one word ("exclusivity cha…" was cut), as an entity by its short name.
    if (state.view.lanes == LaneMode::type && find_event_type(key) && measure(name) > width) name = event_type_short_label(key, state.view.language);
    return fit_with_ellipsis(std::move(name), width, measure);
}

// The frame report's label counts, measured on what the scene will draw (as the view draws it).
void audit_labels(TimelineScene& scene, const TimelineFrame& frame) {
    const TimelineGeometry& g = scene.geometry;
    const float lh = frame.line_height;
    std::vector<LabelBox> labels, marks;
    const auto label = [&](float x, float y, const std::string& text, const LabelBox& room) {
        const LabelBox box{x, y, x + frame.measure(text), y + lh, 0};
        scene.clipped_labels += runs_out(box, room);
        labels.push_back(box);
    };
    for (const TimelineTickLine& t : scene.ticks) {
        if (!t.label.empty()) label(t.label_x, 4, t.label, {g.axis_x - 1, 0, frame.width, kTimelineAxisHeight, 0});
    }
    for (const TimelineLaneRow& lane : scene.lanes) label(4, lane.name_middle - lh / 2, lane.name, {0, lane.top, g.label_width, lane.top + lane.height, 0});
    const float plot_right = g.axis_x + g.plot_width, bottom = g.content_height;
    for (const TimelineLabel& a : scene.amounts) label(a.x, a.y, a.text, {g.axis_x, 0, plot_right, bottom, 0});
    for (const TimelineEdgeMarker& e : scene.edge_markers) {  // in the gutters, beside the plot
        const float w = frame.measure(e.text);
        label(e.before ? e.x + 5 : e.x - 5 - w, e.y - lh / 2, e.text, {g.label_width, 0, frame.width, bottom, 0});
    }
    for (const TimelineMarkShape& m : scene.marks) {
        if (std::max(m.x1, m.cx + m.radius) < g.axis_x || std::min(m.x0, m.cx - m.radius) > plot_right) continue;  // clipped away
        // As drawn: a span's bar from x0 to x1 with its disc at the centre, a disc around its centre; the part inside the plot.
        const bool span = m.shape == MarkShape::span;
        const float half = m.radius;
        const float left = span ? std::min(m.x0, m.cx - m.radius) : m.cx - m.radius, right = span ? std::max(m.x1, m.cx + m.radius) : m.cx + m.radius;
        marks.push_back({std::max(left, g.axis_x), m.cy - half, std::min(right, plot_right), m.cy + half, 0});
    }
    // Labels against labels and against marks; marks against marks are the stacking's business.
    const int among_marks = count_overlaps(marks);
    labels.insert(labels.end(), marks.begin(), marks.end());
    scene.label_overlaps = count_overlaps(std::move(labels)) - among_marks;
}

// Where no place touches its mark (the embed's 2023 "$10bn", between its lane's dots and the 2021
// round's label), an amount stands a little away, nearest first, with a thin line to the mark's rim:
// the line says whose it is, so it may sit near another mark, but neither it nor the text may cross
// one, nor another label.
template <typename FitsLane>
bool name_with_leader(TimelineScene& scene, std::size_t k, std::string text, const FitsLane& fits_lane, std::vector<LabelBox>& taken,
                      const TimelineFrame& frame) {
    const TimelineMarkShape& m = scene.marks[k];
    const float w = frame.measure(text), r = m.radius, lh = frame.line_height;
    std::vector<LabelBox> marks;  // every mark but this one, as drawn (a span's bar too)
    for (std::size_t j = 0; j < scene.marks.size(); ++j) {
        if (j == k) continue;
        const TimelineMarkShape& o = scene.marks[j];
        marks.push_back({o.cx - o.radius - 2, o.cy - o.radius - 2, o.cx + o.radius + 2, o.cy + o.radius + 2, 0});
        if (o.shape == MarkShape::span) marks.push_back({o.x0, o.cy - o.bar_height / 2 - 1, o.x1, o.cy + o.bar_height / 2 + 1, 0});
    }
    if (m.shape == MarkShape::span) marks.push_back({m.x0, m.cy - m.bar_height / 2 - 1, m.x1, m.cy + m.bar_height / 2 + 1, 0});  // its own bar
    const auto box_of = [&](float x0, float y0) { return LabelBox{x0, y0, x0 + w, y0 + lh, 0}; };
    const auto try_leader = [&](const LabelBox& box, float ex, float ey) {
        if (!fits_lane(box)) return false;
        const float rim = std::hypot(ex - m.cx, ey - m.cy);
        const float sx = m.cx + (ex - m.cx) / rim * (r + 2), sy = m.cy + (ey - m.cy) / rim * (r + 2);
        const bool clear = std::none_of(marks.begin(), marks.end(), [&](const LabelBox& o) {
            return (box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1) || segment_crosses(sx, sy, ex, ey, o);
        }) && std::none_of(taken.begin(), taken.end(), [&](const LabelBox& t) { return segment_crosses(sx, sy, ex, ey, t); });
        if (!clear) return false;
        taken.push_back(box);
        taken.push_back({std::min(sx, ex), std::min(sy, ey), std::max(sx, ex), std::max(sy, ey), 0});  // no later text on the line
        TimelineLabel label{box.x0, box.y0, std::move(text), k};
        label.leader = true;
        label.leader_x0 = sx, label.leader_y0 = sy, label.leader_x1 = ex, label.leader_y1 = ey;
        scene.amounts.push_back(std::move(label));
        return true;
    };
    // Nearest first; at each reach, diagonals before level lines and steep ones (straight up or down,
    // a line reads as a tick of the axis). The text stands beside the line's end, away from the mark,
    // hanging from it, centred on it or resting on it.
    constexpr float kAngles[] = {45, -45, 22.5f, -22.5f, 0, 67.5f, -67.5f};  // degrees below the level
    for (const float reach : {10.0f, 18.0f, 28.0f, 40.0f, 56.0f}) {
        for (const float degrees : kAngles) {
            for (const float side : {-1.0f, 1.0f}) {
                const float a = degrees * 3.14159265f / 180, dx = side * std::cos(a), dy = std::sin(a);
                const float ex = m.cx + dx * (r + reach), ey = m.cy + dy * (r + reach);
                for (const float hang : {0.0f, 0.5f, 1.0f}) {
                    if ((dy > 0.1f && hang > 0.5f) || (dy < -0.1f && hang < 0.5f)) continue;  // the text away from the mark
                    const float x0 = side < 0 ? ex - w : ex, y0 = ey - hang * lh;
                    if (try_leader(box_of(x0, y0), ex, ey)) return true;
                }
            }
        }
    }
    return false;
}

// A graphic spreads its few lanes (row_scale > 1): an amount with no room beside its mark (the story's
// "$10bn" between a span and another deal on a phone) stands centred above or below it, or below by an
// edge, inside its lane, where it covers no mark and no label. Graphics hold few marks, so each is
// checked against all.
void name_above_marks(TimelineScene& scene, const std::vector<std::size_t>& marks, const std::vector<bool>& named, const TimelineFrame& frame,
                      const AppState& state) {
    const TimelineGeometry& g = scene.geometry;
    const float lh = frame.line_height, plot_right = g.axis_x + g.plot_width;
    const auto overlaps = [](const LabelBox& a, const LabelBox& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; };
    std::vector<LabelBox> taken;
    // (Labels keep a word space apart: two "$10bn" side by side read as one line.)
    for (const TimelineLabel& a : scene.amounts) taken.push_back({a.x - 6, a.y, a.x + frame.measure(a.text) + 6, a.y + lh, 0});
    // Other marks keep a wider berth: a label close beside another mark reads as that one's (the 2023
    // "$10bn" by its lane's compute dot).
    std::vector<LabelBox> other_marks;
    constexpr float kBerth = 10;
    for (const TimelineMarkShape& m : scene.marks) {
        const bool span = m.shape == MarkShape::span;
        other_marks.push_back({(span ? std::min(m.x0, m.cx - m.radius) : m.cx - m.radius) - kBerth, m.cy - m.radius,
                               (span ? std::max(m.x1, m.cx + m.radius) : m.cx + m.radius) + kBerth, m.cy + m.radius, 0});
    }
    // The largest first, as beside the marks: where two contend for one place, the larger deal is named.
    std::vector<std::size_t> order(marks);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scene.marks[a].radius > scene.marks[b].radius; });
    const auto name_one = [&](std::size_t k, std::string text) {
        const TimelineMarkShape& m = scene.marks[k];
        const std::size_t lane = scene.layout.marks[m.mark].lane;
        if (lane >= g.tops.size() - 1) return false;
        // Above it, centred; else below it, centred; else below by its right or left edge (the embed's
        // 2023 "$10bn" had a dot under it and deals close on both sides).
        const float w = frame.measure(text), centred = std::clamp(m.cx - w / 2, g.axis_x, plot_right - w);
        const float above = m.cy - m.radius - 2 - lh, below = m.cy + m.radius + 2;
        const float right = m.cx + m.radius * 0.7f, left = m.cx - m.radius * 0.7f - w, low = below;
        const LabelBox tries[] = {{centred, above, centred + w, above + lh, 0},
                                  {centred, below, centred + w, below + lh, 0},
                                  {right, low, right + w, low + lh, 0},
                                  {left, low, left + w, low + lh, 0}};
        const auto fits_lane = [&](const LabelBox& box) {
            return box.y0 >= g.lane_top(lane) && box.y1 <= g.lane_top(lane + 1) && box.x0 >= g.axis_x && box.x1 <= plot_right &&
                   std::none_of(taken.begin(), taken.end(), [&](const LabelBox& t) { return overlaps(box, t); });
        };
        for (const LabelBox& box : tries) {
            if (!fits_lane(box)) continue;
            bool crowded = false;
            for (std::size_t j = 0; j < other_marks.size() && !crowded; ++j) crowded = j != k && overlaps(box, other_marks[j]);
            if (crowded) continue;
            taken.push_back(box);
            scene.amounts.push_back({box.x0, box.y0, std::move(text), k});
            return true;
        }
        return name_with_leader(scene, k, std::move(text), fits_lane, taken, frame);
    };
    for (const std::size_t k : order) {
        if (named[k]) continue;
        const Event& e = state.data.events.events[scene.marks[k].first_event];
        // "Runde 6,6 Mrd. $" with no room anywhere is still named by its sum: the mark's colour says money.
        if (!name_one(k, timeline_mark_amount(e, state.view.language)) && e.type == "funding_round") name_one(k, event_amount_short(e, state.view.language));
    }
}

}  // namespace

TimelineScene build_timeline_scene(const AppState& state, const TimelineFrame& frame) {
    TimelineScene scene;
    const TimelineIndex& index = state.derived.timeline;
    const Language lang = state.view.language;
    const TimeScale scale = frame.scale.value_or(state.view.time);
    // Edge markers stand in gutters between the lane names and the plot, and right of it, so that
    // they never cover a mark; the gutters come first, as they narrow the plot.
    // Lanes by type have a few names: the column widens to hold them whole where it can ("funding r…"
    // stood beside empty room on a phone); a type still too long goes by its one word (lane_name). A
    // party's lane keeps the column and goes by a short name instead.
    float names_width = 0;
    for (const TimelineLane& lane : index.lanes) {
        if (state.view.lanes == LaneMode::type && find_event_type(lane.key)) names_width = std::max(names_width, frame.measure(event_type_label(lane.key, lang)));
    }
    const float full_plot_width = timeline_geometry(frame.width, frame.height, {}, names_width).plot_width;
    // (A story's step is a graphic the author framed: what lies outside its years is not its subject,
    // and a "◀ 1" button in it read as unfinished.)
    const EdgeGutters gutters = state.host.story ? EdgeGutters{} : edge_gutters(index, scale, full_plot_width, lang, frame.measure);
    // Rows next (they set the lanes' heights), from the zoom alone.
    const float plot_width = full_plot_width - gutters.left - gutters.right;
    const TimelineStacking stacking = stack_timeline(index, plot_width / std::max(scale.end - scale.start, 1e-6));
    TimelineGeometry& g = scene.geometry = timeline_geometry(frame.width, frame.height, stacking.row_counts, names_width);
    g.axis_x += gutters.left;
    g.plot_width = plot_width;
    scene.wanted_height = g.content_height;
    if (frame.lanes_that_fit && g.content_height > frame.height && index.lanes.size() > 1) {
        const float room = frame.height - frame.line_height - 12;  // the line that says what was left out
        std::size_t kept = 1;
        while (kept < index.lanes.size() && g.tops[kept + 1] <= room) ++kept;
        scene.lanes_left_out = index.lanes.size() - kept;
        g.tops.resize(kept + 1);
        // The lanes kept spread over the room the next one did not fit in (an embed on a phone had shown three lanes
        // over a blank band), up to kTimelineMaxRowScale times their spacing.
        const float lanes_span = g.tops.back() - kTimelineAxisHeight;
        if (lanes_span > 0) {
            g.row_scale = std::clamp((room - 8 - kTimelineAxisHeight) / lanes_span, 1.0f, kTimelineMaxRowScale);
            for (float& top : g.tops) top = kTimelineAxisHeight + (top - kTimelineAxisHeight) * g.row_scale;
        }
        g.content_height = g.tops.back() + 8;  // the grid's end; the line goes under it
        g.height = std::max(frame.height, g.content_height + frame.line_height + 4);
        const bool de = lang == Language::de, parties = state.view.lanes == LaneMode::entity;
        scene.left_out_text = "+" + std::to_string(scene.lanes_left_out) +
                              (parties ? (de ? " weitere Beteiligte" : scene.lanes_left_out == 1 ? " more party" : " more parties")
                                       : (de ? " weitere Zeilen" : scene.lanes_left_out == 1 ? " more row" : " more rows")) +
                              (de ? " im vollen Explorer" : " in the full explorer");
    } else if (frame.lanes_that_fit && g.content_height < frame.height && !index.lanes.empty()) {
        // A graphic with few lanes spreads them over its height (up to kTimelineMaxRowScale times
        // their spacing): a story step about three parties is a chart, not a strip over an empty frame.
        const float lanes_span = g.tops.back() - kTimelineAxisHeight, room = frame.height - kTimelineAxisHeight - 8;
        g.row_scale = std::min(kTimelineMaxRowScale, room / lanes_span);
        for (float& top : g.tops) top = kTimelineAxisHeight + (top - kTimelineAxisHeight) * g.row_scale;
        g.content_height = g.tops.back() + 8;
    }

    scene.searching = state.derived.searching();
    // Only the lanes inside the window's visible part are laid out (there may be thousands).
    scene.first_lane = index.lanes.empty() ? 0 : std::min(g.lane_at(frame.visible_top), index.lanes.size());
    scene.last_lane = index.lanes.empty() ? 0 : std::min(g.lane_at(frame.visible_bottom) + 1, index.lanes.size());
    scene.layout = layout_timeline(index, scale, g.plot_width, state.selection.event, kTimelineMergePx, scene.first_lane, scene.last_lane, &stacking);

    float labels_end = g.axis_x - 1 - kTimelineAxisLabelGap;  // where the last tick label placed ends (none yet: the plot's edge)
    const float labels_right = std::max(g.axis_x + g.plot_width + gutters.right + 8, frame.width);
    for (Tick t : time_ticks(scale, g.plot_width, 40.0f, lang)) {
        const auto x = static_cast<float>(time_to_x(scale, t.day, g.axis_x, g.plot_width));
        // A label stands centred over its line, the instant it names: a January 2023 deal on the 2023
        // line stands under "2023" (a label right of its line put that deal under "2022" to readers).
        // At the ends it moves inwards as far as it still covers its line; it may run past the plot to
        // the frame's edge (the gutter's markers stand in the lanes, not in the axis row). A year with
        // no room for four digits takes two ("2025 26"); a label that still does not fit, or would run
        // into the one before, is left out and the tick keeps its line.
        float w = 0, label_x = 0;
        bool fits = false;
        const auto place = [&] {
            w = frame.measure(t.label);
            label_x = std::clamp(x - w / 2, g.axis_x - 1, std::max(g.axis_x - 1, labels_right - w));
            fits = label_x >= labels_end + kTimelineAxisLabelGap && label_x <= x && label_x + w >= x && label_x + w <= labels_right;
        };
        place();
        const bool year = t.label.size() == 4 && t.label.find_first_not_of("0123456789") == std::string::npos;
        if (!fits && year) {
            t.label = t.label.substr(2);
            place();
        }
        scene.ticks.push_back({x, fits ? t.label : std::string(), t.major, label_x});
        if (fits) labels_end = label_x + w;
    }
    for (std::size_t l = scene.first_lane; l < scene.last_lane; ++l) {
        const TimelineLane& lane = index.lanes[l];
        std::string name = state.view.lanes == LaneMode::type && find_event_type(lane.key) ? event_type_label(lane.key, lang) : lane.label;
        scene.lanes.push_back({l, g.lane_top(l), g.lane_height(l), g.row_middle(static_cast<int>(l), 0), l % 2 == 1, lane_name(state, lane.key, std::move(name), g.label_width - 8, frame.measure)});
    }

    // Edge markers: the lane's events wholly outside the view, in the gutters.
    for (std::size_t l = scene.first_lane; l < scene.last_lane && gutters.counted; ++l) {
        const EdgeCounts c = edge_counts(index.items[l], scale);
        const float y = g.row_middle(static_cast<int>(l), 0);
        const auto add = [&](bool at_start, int n, double nearest) {
            std::string text = edge_marker_text(n, at_start, gutters.words, lang);
            const float width = 8 + frame.measure(text);
            const float x = at_start ? g.axis_x - gutters.left + 6 : g.axis_x + g.plot_width + gutters.right - 6;
            scene.edge_markers.push_back({l, at_start, n, x, y, std::move(text), width, nearest});
        };
        if (c.before > 0) add(true, c.before, c.latest_before);
        if (c.after > 0) add(false, c.after, c.earliest_after);
    }

    // Marks, then their amount labels where they fit (larger amounts first). Every mark is an
    // obstacle no label may cover.
    std::vector<LabelRequest> requests;
    std::vector<std::size_t> request_mark;  // SIZE_MAX: the mark itself
    struct Labelled { std::size_t mark; int row; float mark_left, width; };
    std::vector<Labelled> labelled;  // marks with an amount to name: a label left of them where the right has no room
    // A deal's amount is named at the side that received it, when that side's mark is in view: naming it
    // at both read as two deals.
    std::vector<std::size_t> received_in_view;
    for (const TimelineMark& m : scene.layout.marks) {
        if (m.events.size() == 1 && !m.gives) received_in_view.push_back(m.events.front());
    }
    std::sort(received_in_view.begin(), received_in_view.end());
    // A deal of no sides (a project of seven partners, "≤$500bn") is named in the first of its lanes only: named
    // in each it read as seven sums.
    std::unordered_set<std::size_t> sideless_named;
    for (std::size_t k = 0; k < scene.layout.marks.size(); ++k) {
        const TimelineMark& m = scene.layout.marks[k];
        TimelineMarkShape s;
        s.mark = k;
        s.first_event = m.events.front();
        s.count = m.events.size();
        s.selected = m.selected;
        s.matched = scene.searching && std::any_of(m.events.begin(), m.events.end(), [&](std::size_t i) { return state.derived.matched_event(i); });
        scene.matched += s.matched;
        // An entity chosen in the list or the network: its deals stay, the rest fade (it may have no
        // lane of its own, as a product's deals stand in its maker's).
        const std::string& chosen = state.selection.entity;
        s.of_chosen_entity = !chosen.empty() && std::any_of(m.events.begin(), m.events.end(), [&](std::size_t i) {
            const auto& parties = state.data.events.events[i].participants;
            return std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return p.entity == chosen; });
        });
        scene.fading_for_entity |= s.of_chosen_entity;
        s.disputed = std::any_of(m.events.begin(), m.events.end(), [&](std::size_t i) { return !state.data.events.events[i].claim.empty(); });
        s.gives = m.gives && m.events.size() == 1;
        scene.giving_marks += s.gives;
        s.x0 = g.axis_x + m.x0;
        s.x1 = g.axis_x + m.x1;
        s.cy = g.row_middle(m.lane, m.row);
        s.radius = m.radius;
        if (m.events.size() > 1) {
            s.shape = MarkShape::cluster;
            s.radius = std::max(m.radius, kTimelineClusterRadius);
            s.cx = (s.x0 + s.x1) / 2;
            ++scene.clusters;
            scene.hidden_events += static_cast<int>(m.events.size());
            const auto& family = state.derived.event_family;
            for (const std::size_t i : m.events) {
                if (i < family.size()) ++s.family_counts[static_cast<std::size_t>(family[i])];
            }
        } else if (m.span) {
            // A month or a year: a faint bar over the period and a disc of the amount's size at its middle, so
            // that the bar's length (how precise the date is) is not read as the deal's size.
            s.shape = MarkShape::span;
            s.bar_height = 4.0f;
            s.x1 = std::max(s.x1, s.x0 + 2);
            s.cx = (s.x0 + s.x1) / 2;
        } else {
            s.cx = s.x0;
        }
        if (s.selected) scene.selected_x = s.cx - g.axis_x;
        const float left = s.shape == MarkShape::cluster ? s.cx - s.radius : std::min(s.x0, s.cx - s.radius);
        const float right = s.shape == MarkShape::cluster ? s.cx + s.radius : std::max(s.x1, s.cx + s.radius);
        const int label_row = m.lane * (kMaxStackRows + 1) + m.row;  // labels collide only within one row of a lane
        requests.push_back({left, right, label_row, 1e9f});
        request_mark.push_back(SIZE_MAX);
        scene.marks.push_back(s);
        if (s.shape == MarkShape::cluster) continue;
        if (s.gives && std::binary_search(received_in_view.begin(), received_in_view.end(), s.first_event)) continue;
        if (const EventType* type = find_event_type(state.data.events.events[s.first_event].type); !type || !type->from_role) {
            if (!sideless_named.insert(s.first_event).second) continue;
        }
        const std::string amount = timeline_mark_amount(state.data.events.events[s.first_event], state.view.language);
        if (amount.empty()) continue;
        labelled.push_back({k, label_row, std::min(left, s.x0 - s.radius), frame.measure(amount)});  // clear of a bar's rounded start too
        const float lx = (s.shape == MarkShape::span ? std::max(s.x1, s.cx + s.radius) : s.x0 + s.radius) + 4;
        if (lx + frame.measure(amount) > g.axis_x + g.plot_width) continue;  // a label is whole or not there
        requests.push_back({lx, lx + frame.measure(amount), label_row, m.radius});
        request_mark.push_back(k);
    }
    auto placed = place_labels(requests);
    // A second pass for the amounts with no room right of their mark (often the largest, in a crowded
    // year): left of it, around what is placed already.
    std::vector<bool> named(scene.marks.size(), false);
    for (std::size_t i = 0; i < requests.size(); ++i)
        if (placed[i] && request_mark[i] != SIZE_MAX) named[request_mark[i]] = true;
    std::vector<LabelRequest> again;
    std::vector<std::size_t> again_mark;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (request_mark[i] != SIZE_MAX && !placed[i]) continue;  // a label left out: no obstacle
        again.push_back({requests[i].x0, requests[i].x1, requests[i].row, 1e9f});
        again_mark.push_back(SIZE_MAX);
    }
    for (const Labelled& l : labelled) {
        const float x1 = l.mark_left - 4, x0 = x1 - l.width;
        if (named[l.mark] || x0 < g.axis_x) continue;
        again.push_back({x0, x1, l.row, scene.marks[l.mark].radius});
        again_mark.push_back(l.mark);
    }
    const auto placed_again = place_labels(again);
    for (std::size_t i = 0; i < again.size(); ++i)
        if (placed_again[i] && again_mark[i] != SIZE_MAX) {
            requests.push_back(again[i]);
            request_mark.push_back(again_mark[i]);
            placed.push_back(true);
        }
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (!placed[i] || request_mark[i] == SIZE_MAX) continue;
        const TimelineMarkShape& s = scene.marks[request_mark[i]];
        named[request_mark[i]] = true;
        scene.amounts.push_back({requests[i].x0, s.cy - frame.line_height / 2, timeline_mark_amount(state.data.events.events[s.first_event], state.view.language),
                                 request_mark[i]});
    }
    if (g.row_scale > 1 || frame.lanes_that_fit) {  // a graphic: few marks, every amount wanted
        std::vector<std::size_t> with_amount;
        for (const Labelled& l : labelled) with_amount.push_back(l.mark);
        name_above_marks(scene, with_amount, named, frame, state);
    }
    // An event in two lanes (a total Microsoft restates about OpenAI) is named once, in either.
    std::vector<std::size_t> with_amount_events, named_events;
    for (const TimelineLabel& a : scene.amounts) named_events.push_back(scene.marks[a.mark].first_event);
    for (const Labelled& l : labelled) with_amount_events.push_back(scene.marks[l.mark].first_event);
    std::sort(named_events.begin(), named_events.end());
    std::sort(with_amount_events.begin(), with_amount_events.end());
    with_amount_events.erase(std::unique(with_amount_events.begin(), with_amount_events.end()), with_amount_events.end());
    scene.amounts_unnamed = static_cast<int>(std::count_if(with_amount_events.begin(), with_amount_events.end(), [&](std::size_t e) {
        return !std::binary_search(named_events.begin(), named_events.end(), e);
    }));
    audit_labels(scene, frame);
    return scene;
}

std::optional<std::size_t> timeline_mark_at(const TimelineScene& scene, float x, float y) {
    std::optional<std::size_t> found;  // the last drawn wins: it is on top
    for (std::size_t k = 0; k < scene.marks.size(); ++k) {
        const TimelineMarkShape& s = scene.marks[k];
        const bool on_bar = s.shape == MarkShape::span && x >= s.x0 - 2 && x <= s.x1 + 2 && std::fabs(y - s.cy) <= s.bar_height / 2 + 3;
        const bool over = on_bar || std::hypot(x - s.cx, y - s.cy) <= s.radius + 2;
        if (over) found = k;
    }
    return found;
}

std::optional<std::size_t> timeline_edge_marker_at(const TimelineScene& scene, float x, float y) {
    for (std::size_t k = 0; k < scene.edge_markers.size(); ++k) {
        const TimelineEdgeMarker& e = scene.edge_markers[k];
        const float inner = e.before ? e.x + e.width : e.x - e.width;  // the text runs inward from the arrowhead
        const float left = std::min(e.x, inner) - 8, right = std::max(e.x, inner) + 8;
        if (x >= left && x <= right && std::fabs(y - e.y) <= 12) return k;
    }
    return std::nullopt;
}

TimeScale reach_marker(const TimeScale& scale, const TimelineEdgeMarker& marker) {
    constexpr double kMargin = 0.05;  // of the new span, between the event and the edge
    if (marker.before) return {marker.nearest - (scale.end - marker.nearest) * kMargin, scale.end};
    return {scale.start, marker.nearest + (marker.nearest - scale.start) * kMargin};
}

std::pair<long, long> brushed_days(const TimeScale& scale, const TimelineScene& scene, float from_x, float to_x) {
    const TimelineGeometry& g = scene.geometry;
    const float a = std::min(from_x, to_x), b = std::max(from_x, to_x);
    return {static_cast<long>(x_to_time(scale, a, g.axis_x, g.plot_width)), static_cast<long>(x_to_time(scale, b, g.axis_x, g.plot_width))};
}

}  // namespace ds
