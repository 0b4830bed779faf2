#pragma once
// What the explorer shows, as plain data the UI draws and actions change: the current view, the
// filters, the timeline's time axis and lanes, the network's date and node positions, language and
// theme. The same state is what `window.dealscope.state()` reports.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/events/event.h"
#include "core/text/enum_names.h"
#include "explorer/layout/time_scale.h"

namespace ds {

enum class View { timeline, network, flows, articles, events, conflicts };
inline constexpr View kViews[] = {View::timeline, View::network, View::flows, View::articles, View::events, View::conflicts};
inline constexpr EnumName<View> kViewNames[] = {{View::timeline, "timeline"}, {View::network, "network"}, {View::flows, "flows"},
                                                {View::articles, "articles"}, {View::events, "events"}, {View::conflicts, "conflicts"}};
const char* view_name(View v);  // "timeline" …
std::optional<View> view_from_name(const std::string& name);

struct Filters {
    std::set<std::string> types;     // event types shown; empty: all
    std::set<std::string> statuses;  // empty: all
    std::string entity;              // only events with this participant; "" for all
    std::optional<long> from_day, to_day;  // only events whose span overlaps [from, to]; undated ones are hidden by a range
    bool any() const { return !types.empty() || !statuses.empty() || !entity.empty() || from_day || to_day; }
    bool operator==(const Filters&) const = default;
};

bool event_passes(const Event& e, const Filters& f);
// Indices of the events that pass, in store order.
std::vector<std::size_t> filtered_events(const EventStore& store, const Filters& f);
// The same indices in time order (start day, then id); undated events last.
std::vector<std::size_t> in_time_order(const EventStore& store, std::vector<std::size_t> indices);

enum class LaneMode { entity, type };

struct NodePosition {
    float x = 0, y = 0;  // layout units, about -1 … 1
    bool operator==(const NodePosition&) const = default;
};

struct ViewState {
    View current = View::timeline;
    // On a phone, the overview (key figures, largest flows, questions) in the view's place: where a reader lands
    // with no view named, until a view, a deal or a search is chosen.
    bool overview_first = false;
    View overview_over = View::timeline;  // the view it stands over: a view set any other way (an article added) shows
    // The view a source was opened from ("Open in article"), for the reader's way back to the deal.
    std::optional<View> back_to;
    Filters filters;
    TimeScale time;
    bool time_fitted = false;  // the first frame fits all events
    LaneMode lanes = LaneMode::entity;
    std::optional<long> network_as_of;  // none: everything
    bool network_playing = false;
    std::map<std::string, NodePosition> dragged;  // nodes the user moved
    Language language = Language::en;  // UI words and event summaries
    bool dark = false;
    std::string query;  // the search box
};

}  // namespace ds
