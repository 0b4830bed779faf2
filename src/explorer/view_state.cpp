#include "explorer/view_state.h"

#include <algorithm>
#include <limits>

#include "core/articles/time_span.h"

namespace ds {

const char* view_name(View v) { return enum_name(kViewNames, v); }

std::optional<View> view_from_name(const std::string& name) {
    if (name == "reader") return View::articles;  // what an embed calls the article reader
    return enum_from_name(kViewNames, name);
}

bool event_passes(const Event& e, const Filters& f) {
    if (!f.types.empty() && !f.types.count(e.type)) return false;
    if (!f.statuses.empty() && !f.statuses.count(e.status)) return false;
    if (!f.entity.empty() && std::none_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.entity == f.entity; })) {
        return false;
    }
    if (f.from_day || f.to_day) {
        const auto span = timex_span(e.date.value);
        if (!span) return false;
        if (f.from_day && span->end <= *f.from_day) return false;
        if (f.to_day && span->start > *f.to_day) return false;
    }
    return true;
}

std::vector<std::size_t> filtered_events(const EventStore& store, const Filters& f) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < store.events.size(); ++i) {
        if (event_passes(store.events[i], f)) out.push_back(i);
    }
    return out;
}

std::vector<std::size_t> in_time_order(const EventStore& store, std::vector<std::size_t> indices) {
    // Each event's start day once, not per comparison (parsing dates in the comparator took seconds for 100 000 events).
    std::vector<long> start(store.events.size(), std::numeric_limits<long>::max());
    for (const std::size_t i : indices) start[i] = timex_start_day(store.events[i].date.value).value_or(std::numeric_limits<long>::max());
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        return start[a] != start[b] ? start[a] < start[b] : store.events[a].id < store.events[b].id;
    });
    return indices;
}

}  // namespace ds
