#include "explorer/layout/timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <iterator>
#include <set>

#include "core/events/analytics.h"
#include "core/events/event_types.h"

namespace ds {

float radius_for_amount(double usd) {
    if (!(usd > 0)) return 3.0f;
    return std::clamp(4.0f + 10.0f * static_cast<float>(std::log10(std::max(usd, 1e6)) - 6.0) / 6.0f, 4.0f, 14.0f);
}

float mark_radius(const Event& e) {
    double largest = 0;
    for (const Amount& a : e.amounts) {
        if (a.value) largest = std::max(largest, rough_dollars(*a.value, a.currency));
    }
    return radius_for_amount(largest);
}

std::vector<TimelinePlace> timeline_places_of(const TimelineIndex& index, std::size_t event) {
    std::vector<TimelinePlace> out;
    for (std::size_t l = 0; l < index.items.size(); ++l)
        for (const TimelineItem& it : index.items[l])
            if (it.event == event) out.push_back({l, &it});
    return out;
}

namespace {
// Whether `entity` is only on the side `type`'s flow goes from ("investor" of an investment, "provider" of compute).
bool gives_in(const Event& e, const EventType* type, const std::string& entity) {
    if (!type || !type->from_role || !type->to_role) return false;
    bool from = false, to = false;
    for (const Participant& p : e.participants) {
        if (p.entity != entity) continue;
        from |= role_is(p.role, type->from_role);
        to |= role_is(p.role, type->to_role);
    }
    return from && !to;
}

// Whether `entity` is one of the partners of a project its own lane holds ("Stargate": "up to $500bn" announced by
// OpenAI, Oracle, SoftBank, Nvidia …): the sum is the project's, not each partner's, so the partners' marks are copies.
bool partner_of_project(const Event& e, const EventType* type, const std::string& entity) {
    if (!type || type->from_role) return false;
    const auto project = std::find_if(e.participants.begin(), e.participants.end(), [](const Participant& p) { return p.role == "subject" && !p.entity.empty(); });
    return project != e.participants.end() && project->entity != entity && e.participants.size() > 2;
}
}  // namespace

TimelineIndex index_timeline(const EventStore& store, const std::vector<std::size_t>& events, const Gazetteer& gazetteer, LaneMode mode,
                             const std::string& every_event_of) {
    TimelineIndex out;
    out.mode = mode;
    // The entities whose lanes hold an event (each once).
    std::set<std::string> parties;
    // A lane holds what its entity gives or takes: not a deal it only approved (Microsoft beside
    // Oracle's contract with OpenAI), nor one whose product it is where the deal has sides (Azure
    // beside Microsoft): such marks read as more deals than there are, and as sums of the wrong party.
    // An event of no other party keeps them.
    const auto lanes_of = [&](const Event& e) -> const std::set<std::string>& {
        parties.clear();
        const EventType* type = find_event_type(e.type);
        const bool has_sides = type && type->from_role;
        for (const bool strict : {true, false}) {
            for (const Participant& p : e.participants) {
                if (strict && (p.role == "approver" || (has_sides && p.role == "subject"))) continue;
                if (p.entity != every_event_of) parties.insert(p.entity);
            }
            if (!parties.empty()) break;
        }
        if (parties.empty() && !every_event_of.empty()) parties.insert(every_event_of);
        return parties;
    };
    // Lanes: every key that has a dated event, busiest first (then by name, so the order is stable).
    // A key with only undated events would be an empty lane: those events are listed as undated.
    std::map<std::string, int> counts;
    for (const std::size_t i : events) {
        const Event& e = store.events[i];
        if (!timex_span(e.date.value)) continue;
        if (mode == LaneMode::type) ++counts[e.type];
        else
            for (const std::string& key : lanes_of(e)) ++counts[key];
    }
    for (const auto& [key, n] : counts) {
        const Entity* entity = mode == LaneMode::entity ? gazetteer.find(key) : nullptr;
        out.lanes.push_back({key, entity ? entity->name : key, n});
    }
    std::stable_sort(out.lanes.begin(), out.lanes.end(), [](const TimelineLane& a, const TimelineLane& b) { return a.events > b.events; });
    std::map<std::string, std::size_t> lane_of;
    for (std::size_t l = 0; l < out.lanes.size(); ++l) lane_of[out.lanes[l].key] = l;
    out.items.resize(out.lanes.size());

    // One item per event and lane.
    for (const std::size_t i : events) {
        const Event& e = store.events[i];
        const auto span = timex_span(e.date.value);
        if (!span) {
            out.undated.push_back(i);
            continue;
        }
        const bool is_span = span->precision != SpanPrecision::day;
        const TimelineItem item{static_cast<double>(span->start), static_cast<double>(is_span ? span->end : span->start), mark_radius(e),
                                static_cast<std::uint32_t>(i), is_span};
        out.longest = std::max(out.longest, item.end - item.start);
        if (mode == LaneMode::type) {
            out.items[lane_of[e.type]].push_back(item);
            continue;
        }
        // One mark per entity; in the lane of the side it goes from, a mark that says so: the deal is drawn in
        // both parties' rows, but only one of them received it.
        const EventType* type = find_event_type(e.type);
        for (const std::string& key : lanes_of(e)) {
            TimelineItem in_lane = item;
            in_lane.gives = gives_in(e, type, key) || partner_of_project(e, type, key);
            out.items[lane_of[key]].push_back(in_lane);
        }
    }
    for (auto& lane : out.items) {
        std::stable_sort(lane.begin(), lane.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.start < b.start; });
    }
    return out;
}

TimelineStacking stack_timeline(const TimelineIndex& index, double px_per_day, std::size_t max_items, int max_rows) {
    TimelineStacking out;
    out.rows.resize(index.items.size());
    out.row_counts.assign(index.items.size(), 1);
    std::size_t total = 0;
    for (const auto& lane : index.items) total += lane.size();
    if (total > max_items) return out;
    constexpr double kGap = 3;  // pixels kept between marks of one row
    std::vector<double> row_end;
    for (std::size_t l = 0; l < index.items.size(); ++l) {
        const auto& items = index.items[l];
        std::vector<std::uint8_t> rows(items.size(), 0);
        row_end.clear();
        bool fits = true;
        for (std::size_t k = 0; k < items.size() && fits; ++k) {
            const TimelineItem& it = items[k];
            const double x0 = it.start * px_per_day, x1 = it.end * px_per_day;
            // What the mark keeps clear (as the scene reserves it from labels): a disc about its day,
            // or a period's bar with the disc at its middle, and a radius either side.
            const double left = x0 - it.radius, right = it.span ? std::max(x1, (x0 + x1) / 2 + it.radius) : x0 + it.radius;
            std::size_t row = 0;
            while (row < row_end.size() && left < row_end[row] + kGap) ++row;
            if (row == row_end.size()) {
                if (static_cast<int>(row) >= max_rows) fits = false;
                row_end.push_back(right);
            } else {
                row_end[row] = right;
            }
            rows[k] = static_cast<std::uint8_t>(row);
        }
        if (!fits) continue;  // this lane clusters
        out.row_counts[l] = std::max<int>(1, static_cast<int>(row_end.size()));
        out.rows[l] = std::move(rows);
    }
    return out;
}

TimelineLayout layout_timeline(const TimelineIndex& index, const TimeScale& scale, float width, std::optional<std::size_t> selected,
                               float merge_px, std::size_t first_lane, std::size_t last_lane, const TimelineStacking* stacking) {
    TimelineLayout out;
    out.undated = index.undated;
    // The days in view, with a margin for the marks' own size.
    const double margin_days = 20.0 / width * (scale.end - scale.start);
    const double view_start = scale.start - margin_days, view_end = scale.end + margin_days;
    // Marks narrower than merge_px that lie closer than merge_px in a lane become one counted cluster;
    // zooming in pulls them apart again. Wide spans and the selected event stay their own marks.
    const auto narrow = [&](const TimelineMark& m) { return m.x1 - m.x0 < merge_px && !m.selected; };
    for (std::size_t l = first_lane; l < std::min(last_lane, index.items.size()); ++l) {
        const auto& items = index.items[l];
        // Items are sorted by start: the first that could reach into the view starts at most
        // `longest` days before it. Spans sorted by start do not end in order, so each is checked.
        auto it = std::lower_bound(items.begin(), items.end(), view_start - index.longest,
                                   [](const TimelineItem& item, double day) { return item.start < day; });
        const std::vector<std::uint8_t>* rows = stacking && l < stacking->rows.size() && !stacking->rows[l].empty() ? &stacking->rows[l] : nullptr;
        std::vector<TimelineMark> lane_marks;
        for (; it != items.end() && it->start <= view_end; ++it) {
            if (it->end < view_start) continue;
            const auto x0 = static_cast<float>(time_to_x(scale, it->start, 0, width));
            const auto x1 = it->span ? static_cast<float>(time_to_x(scale, it->end, 0, width)) : x0;
            const int row = rows ? (*rows)[static_cast<std::size_t>(it - items.begin())] : 0;
            lane_marks.push_back({{it->event}, static_cast<int>(l), row, x0, x1, it->radius, it->span, selected == it->event, it->gives});
        }
        if (rows) {  // stacked: every event keeps its own mark
            out.marks.insert(out.marks.end(), std::make_move_iterator(lane_marks.begin()), std::make_move_iterator(lane_marks.end()));
            continue;
        }
        // Spans starting before the view can come after points in it: merge in x order.
        std::stable_sort(lane_marks.begin(), lane_marks.end(), [](const TimelineMark& a, const TimelineMark& b) { return a.x0 < b.x0; });
        const std::size_t lane_begin = out.marks.size();
        for (TimelineMark& m : lane_marks) {
            TimelineMark* last = out.marks.size() > lane_begin ? &out.marks.back() : nullptr;
            const bool mergeable = last && narrow(m) && (last->events.size() > 1 || narrow(*last)) && !last->selected && m.x0 - last->x1 < merge_px;
            if (!mergeable) {
                out.marks.push_back(std::move(m));
                continue;
            }
            last->events.insert(last->events.end(), m.events.begin(), m.events.end());
            last->x1 = std::max(last->x1, m.x1);
            last->span = false;
            last->radius = std::max(last->radius, m.radius);
            last->gives = last->gives && m.gives;
        }
    }
    return out;
}

TimelineLayout layout_timeline(const EventStore& store, const std::vector<std::size_t>& events, const Gazetteer& gazetteer, LaneMode mode,
                               const TimeScale& scale, float width, std::optional<std::size_t> selected, float merge_px) {
    const TimelineIndex index = index_timeline(store, events, gazetteer, mode);
    TimelineLayout out = layout_timeline(index, scale, width, selected, merge_px);
    out.lanes = index.lanes;
    return out;
}

}  // namespace ds
