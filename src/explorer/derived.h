#pragma once
// Worked out from the dataset and the view state by refresh_derived(), never changed by the UI
// directly: the filtered events, the timeline's lanes, the network's flows and layout, search hits,
// totals and the entity list.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/events/analytics.h"
#include "core/events/event_types.h"
#include "core/search/search.h"
#include "explorer/candidate_review.h"
#include "explorer/entity_rows.h"
#include "explorer/layout/network_layout.h"
#include "explorer/layout/timeline_layout.h"
#include "explorer/view_state.h"

namespace ds {

struct Derived {
    // Not the store's address: the state is moved into place after loading (Session), and a derived
    // set that kept it recomputed everything once more there: 0.8–1 s of the first frame with 100 000
    // events. The store is only replaced by loading; what the user changes moves user_revision.
    struct Inputs {
        std::size_t event_count = 0;
        Filters filters;
        std::optional<long> network_as_of;
        std::map<std::string, NodePosition> dragged;
        std::uint64_t user_revision = 0;  // the user added or removed events
        LaneMode lanes = LaneMode::entity;
        bool story = false;  // a story's steps keep one network layout (all events' flows place its nodes)
        bool operator==(const Inputs&) const = default;
    };
    std::optional<Inputs> inputs;           // what the rest was computed from
    std::vector<std::size_t> filtered;      // events passing the filters, in store order
    std::vector<std::size_t> time_ordered;  // the same in time order (arrow keys step through these)
    TimelineIndex timeline;                 // lanes and their events by time, for the lane mode
    std::vector<TypeFamily> event_family;   // per event: its type's family (a cluster's colours count these)
    std::vector<Flow> flows;                // of the filtered events, as of the network date
    std::vector<Flow> flow_table;           // of the filtered events, all dates (the Flows view, entity breakdowns)
    NetworkLayout network;                  // laid out for all dates, so that Play moves nothing, only shows
    std::vector<char> node_active;          // per network node: it has a flow as of the network date
    int undated_flow_events = 0;            // filtered deals without a date: left out while a date is set
    bool any_disputed = false;              // a filtered event's fact is disputed (keys name the timeline's ring)
    bool any_running_total = false;         // a filtered event restates a running total (keys name its square)
    bool any_valuation = false;             // a filtered event is a valuation (keys name its diamond)
    bool any_vague_date = false;            // a filtered event is dated to a month, quarter or year (keys name its bar)
    // The type family of a deal whose giving side a timeline lane holds, drawn pale (keys say so, in its colour); none
    // when no lane does. Never by type.
    std::optional<TypeFamily> giving_family;
    std::vector<std::pair<std::size_t, std::size_t>> flow_ends;  // per flow: its nodes in `network`
    std::vector<std::size_t> flows_by_value;  // flow indices, largest amount first (the view draws the largest)
    // Per flow: its lane among the drawn flows between the same two nodes, and how many there are
    // (the network bends parallel edges apart; worked out per change, not per frame).
    std::vector<std::pair<int, int>> flow_bundles;
    std::vector<std::size_t> nodes_by_money;  // network node indices, most money first (the view names the largest)
    std::string network_key;                // what the layout was computed for
    SearchIndex search_index;
    // Not built yet: the page draws its first frame first (0.24 s with 100 000 events) and builds it
    // before the next, or at once when a search needs it (ensure_search_index).
    bool search_index_pending = false;
    std::vector<SearchHit> hits;            // for view.query
    std::string hits_key;
    // What the search finds, marked in the views while the query stands: per event and per
    // gazetteer entity, 1 for a hit. Both empty without a query.
    std::vector<char> event_matched, entity_matched;
    std::set<std::string> matched_event_ids;  // the same events by id (flows list theirs by id)
    bool searching() const { return !event_matched.empty(); }
    bool matched_event(std::size_t i) const { return i < event_matched.size() && event_matched[i]; }
    bool matched_entity(std::size_t i) const { return i < entity_matched.size() && entity_matched[i]; }
    bool matched_flow(const Flow& f) const {
        return std::any_of(f.events.begin(), f.events.end(), [&](const std::string& id) { return matched_event_ids.count(id) > 0; });
    }
    std::optional<long> first_day, last_day;  // span of the dated events (days since 1970)
    std::optional<long> first_flow_day;       // the first day a filtered deal draws a line in the network: where Play starts
    std::map<std::string, EntityTotals> totals;  // per entity, over all events
    std::map<std::string, int> event_counts;     // per entity, over the filtered events
    std::vector<EntityRow> entity_rows;          // the entity list: entities with filtered events
    std::vector<std::size_t> node_entities;      // per network node: its index in the gazetteer (kNoEntity if none)
    std::vector<NodeShape> node_shapes;          // per network node: its shape, by the entity's kind
    std::uint64_t generation = 0;                // new whenever the above are recomputed (views cache by it)
    std::vector<std::vector<std::string>> cycles;  // money cycles in `flows` (length <= 4)
    bool network_unchecked = false;  // the layout came from a pack: its nodes are checked against the flows once
    std::vector<ReviewDeal> review;                // the candidates of the user's articles, by deal
    // What the review was made from: the user's revision does not change when another tab's data is
    // merged in, their articles and the store's generation do.
    std::tuple<std::uint64_t, std::size_t, std::uint64_t, std::size_t> review_key{};
};

struct AppState;
// The timeline scale that shows every dated event ("Fit all", Home).
TimeScale fit_all_events(const AppState& state);
// The timeline scale that shows these events (a cluster's, zoomed from the detail); none is dated: none.
std::optional<TimeScale> fit_events(const AppState& state, const std::vector<std::size_t>& events);
// Where the timeline lands: the span that holds the events, leaving out a lone early event that
// would add empty years (it shows as a marker at the lane's edge).
TimeScale landing_range(const AppState& state);
// How far zoom and pan may go: the events' span with a quarter of it as margin on each side.
TimeScale time_bounds(const AppState& state);

// Recomputes AppState::derived from the data and the view state (cheap parts always, the network
// layout and search only when their inputs changed).
void refresh_derived(AppState& state);

// Builds the search index if it was left for later (load_app_state's defer_search_index); a query
// already typed is searched again.
void ensure_search_index(AppState& state);

}  // namespace ds
