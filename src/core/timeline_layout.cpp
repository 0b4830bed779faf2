#include "timeline_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace ds {

float radius_for_amount(double usd) {
    if (!(usd > 0)) return 3.0f;
    return std::clamp(4.0f + 10.0f * static_cast<float>(std::log10(std::max(usd, 1e6)) - 6.0) / 6.0f, 4.0f, 14.0f);
}

float mark_radius(const Event& e) {
    double largest = 0;
    for (const Amount& a : e.amounts) {
        if (a.currency == "USD" && a.value) largest = std::max(largest, *a.value);
    }
    return radius_for_amount(largest);
}

TimelineLayout layout_timeline(const EventStore& store, const std::vector<std::size_t>& events, const Gazetteer& gazetteer, LaneMode mode,
                               const TimeScale& scale, float width, std::optional<std::size_t> selected, float merge_px) {
    TimelineLayout out;
    // Lanes: every key that has an event, busiest first (then by name, so the order is stable).
    std::map<std::string, int> counts;
    for (const std::size_t i : events) {
        const Event& e = store.events[i];
        if (mode == LaneMode::type) ++counts[e.type];
        else
            for (const Participant& p : e.participants) ++counts[p.entity];
    }
    for (const auto& [key, n] : counts) {
        const Entity* entity = mode == LaneMode::entity ? gazetteer.find(key) : nullptr;
        out.lanes.push_back({key, entity ? entity->name : key, n});
    }
    std::stable_sort(out.lanes.begin(), out.lanes.end(), [](const TimelineLane& a, const TimelineLane& b) { return a.events > b.events; });
    std::map<std::string, int> lane_of;
    for (std::size_t l = 0; l < out.lanes.size(); ++l) lane_of[out.lanes[l].key] = static_cast<int>(l);

    // One mark per event and lane, in time order.
    std::vector<TimelineMark> raw;
    for (const std::size_t i : events) {
        const Event& e = store.events[i];
        const auto span = timex_span(e.date.value);
        if (!span) {
            out.undated.push_back(i);
            continue;
        }
        const bool is_span = span->precision != SpanPrecision::day;
        const auto x0 = static_cast<float>(time_to_x(scale, static_cast<double>(span->start), 0, width));
        const auto x1 = is_span ? static_cast<float>(time_to_x(scale, static_cast<double>(span->end), 0, width)) : x0;
        if (x1 < -20 || x0 > width + 20) continue;  // out of view
        TimelineMark m{{i}, 0, x0, x1, mark_radius(e), is_span, selected == i};
        if (mode == LaneMode::type) {
            m.lane = lane_of[e.type];
            raw.push_back(m);
        } else {
            std::set<std::string> seen;  // an entity named twice in one event gets one mark
            for (const Participant& p : e.participants) {
                if (!seen.insert(p.entity).second) continue;
                m.lane = lane_of[p.entity];
                raw.push_back(m);
            }
        }
    }
    std::stable_sort(raw.begin(), raw.end(), [](const TimelineMark& a, const TimelineMark& b) {
        return a.lane != b.lane ? a.lane < b.lane : a.x0 < b.x0;
    });
    // Marks narrower than merge_px that lie closer than merge_px in a lane become one counted cluster;
    // zooming in pulls them apart again. Wide spans and the selected event stay their own marks.
    const auto narrow = [&](const TimelineMark& m) { return m.x1 - m.x0 < merge_px && !m.selected; };
    for (TimelineMark& m : raw) {
        TimelineMark* last = out.marks.empty() ? nullptr : &out.marks.back();
        const bool mergeable = last && last->lane == m.lane && narrow(m) && (last->events.size() > 1 || narrow(*last)) && !last->selected &&
                               m.x0 - last->x1 < merge_px;
        if (!mergeable) {
            out.marks.push_back(std::move(m));
            continue;
        }
        last->events.insert(last->events.end(), m.events.begin(), m.events.end());
        last->x1 = std::max(last->x1, m.x1);
        last->span = false;
        last->radius = std::max(last->radius, m.radius);
    }
    return out;
}

}  // namespace ds
