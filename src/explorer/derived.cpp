#include "explorer/app_state.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <numeric>

#include "core/articles/time_span.h"
#include "explorer/layout/network_scene.h"

namespace ds {

TimeScale fit_all_events(const AppState& state) {
    const auto& d = state.derived;
    if (!d.first_day || !d.last_day) return state.view.time;
    return fit_range(static_cast<double>(*d.first_day), static_cast<double>(*d.last_day));
}

std::optional<TimeScale> fit_events(const AppState& state, const std::vector<std::size_t>& events) {
    std::optional<long> first, last;
    for (const std::size_t i : events) {
        if (i >= state.data.events.events.size()) continue;
        if (const auto span = timex_span(state.data.events.events[i].date.value)) {
            first = std::min(first.value_or(span->start), span->start);
            last = std::max(last.value_or(span->end), span->end);
        }
    }
    if (!first) return std::nullopt;
    return fit_range(static_cast<double>(*first), static_cast<double>(*last));
}

TimeScale landing_range(const AppState& state) {
    std::vector<long> starts;
    for (const Event& e : state.data.events.events) {
        if (const auto span = timex_span(e.date.value)) starts.push_back(span->start);
    }
    if (starts.size() < 10) return fit_all_events(state);
    std::sort(starts.begin(), starts.end());
    const double whole = static_cast<double>(*state.derived.last_day - starts.front());
    // A gap among the first few events that is a third of the whole span: start after it.
    const std::size_t few = std::max<std::size_t>(1, starts.size() / 20);
    for (std::size_t k = few; k >= 1; --k) {
        if (static_cast<double>(starts[k] - starts[k - 1]) > whole / 3) {
            // With room on the left for the marker that counts what was left out (a phone's plot is
            // 300 pixels: 8 % of it keeps the marker's number off the first mark).
            const TimeScale fitted = fit_range(static_cast<double>(starts[k]), static_cast<double>(*state.derived.last_day));
            return {fitted.start - (fitted.end - fitted.start) * 0.08, fitted.end};
        }
    }
    return fit_all_events(state);
}

TimeScale time_bounds(const AppState& state) {
    const auto& d = state.derived;
    if (!d.first_day || !d.last_day) return {0, kMaxVisibleDays};
    const double span = std::max(static_cast<double>(*d.last_day - *d.first_day), 365.0);
    return {static_cast<double>(*d.first_day) - span / 4, static_cast<double>(*d.last_day) + span / 4};
}

namespace {
// The search results for the query, and what they mark in the views.
void refresh_hits(AppState& state) {
    auto& d = state.derived;
    const ViewState& v = state.view;
    const std::string hits_key = v.query + "|" + language_code(v.language);
    if (hits_key == d.hits_key) return;
    if (!v.query.empty() && d.search_index_pending) {
        ensure_search_index(state);
        return;
    }
    d.hits = search(d.search_index, state.data.gazetteer, state.data.events, state.data.corpus.articles, v.query, v.language);
    d.hits_key = hits_key;
    d.event_matched.clear();
    d.entity_matched.clear();
    d.matched_event_ids.clear();
    if (v.query.empty()) return;
    d.event_matched.assign(state.data.events.events.size(), 0);
    d.entity_matched.assign(state.data.gazetteer.entities.size(), 0);
    for (const SearchHit& h : d.hits) {
        if (h.kind == SearchKind::event && h.index < d.event_matched.size()) {
            d.event_matched[h.index] = 1;
            d.matched_event_ids.insert(state.data.events.events[h.index].id);
        }
        if (h.kind == SearchKind::entity && h.index < d.entity_matched.size()) d.entity_matched[h.index] = 1;
    }
}
}  // namespace

void ensure_search_index(AppState& state) {
    auto& d = state.derived;
    if (!d.search_index_pending) return;
    d.search_index = build_search_index(state.data.gazetteer, state.data.events, state.data.corpus.articles);
    d.search_index_pending = false;
    d.hits_key.clear();
    refresh_hits(state);
}

void refresh_derived(AppState& state) {
    if (state.selection.article) ensure_annotated(state, *state.selection.article);  // the reader shows its mentions
    auto& d = state.derived;
    const ViewState& v = state.view;
    // apply_actions runs every frame: only a change of what the derived data depends on recomputes it.
    const Derived::Inputs inputs{state.data.events.events.size(), v.filters, v.network_as_of, v.dragged, state.user.revision, v.lanes, state.host.story};
    const auto review_key = std::tuple{state.user.revision, state.data.corpus.articles.size(), state.user.stored_generation, state.data.events.events.size()};
    if (d.review_key != review_key || !d.inputs) {
        d.review = review_deals(state);
        d.review_key = review_key;
    }
    if (d.inputs == inputs) {
        refresh_hits(state);
        return;
    }
    d.inputs = inputs;
    d.filtered = filtered_events(state.data.events, v.filters);
    d.time_ordered = in_time_order(state.data.events, d.filtered);
    d.timeline = index_timeline(state.data.events, d.filtered, state.data.gazetteer, v.lanes, v.filters.entity);
    // (The money family when any pale mark is money's: a compute-only timeline's key shows a pale compute mark.)
    d.giving_family.reset();
    for (const std::vector<TimelineItem>& lane : d.timeline.items) {
        for (const TimelineItem& it : lane) {
            if (!it.gives) continue;
            const TypeFamily f = type_family(state.data.events.events[it.event].type);
            if (!d.giving_family || f == TypeFamily::money) d.giving_family = f;
        }
        if (d.giving_family == TypeFamily::money) break;
    }
    d.event_family.clear();
    for (const Event& e : state.data.events.events) d.event_family.push_back(type_family(e.type));
    std::optional<long> first, last;
    for (const Event& e : state.data.events.events) {
        if (const auto span = timex_span(e.date.value)) {
            first = std::min(first.value_or(span->start), span->start);
            last = std::max(last.value_or(span->end), span->end);
        }
    }
    d.first_day = first;
    d.last_day = last;
    if (!v.time_fitted && first && last) {
        state.view.time = landing_range(state);
        state.view.time_fitted = true;
    }
    // The money beside each entity is that of the events shown, as its count is: a story step about
    // compute does not credit a lab with its funding rounds.
    d.totals = entity_totals(state.data.events, {.as_of = std::nullopt, .only = &d.filtered});
    d.event_counts.clear();
    for (const std::size_t i : d.filtered) {
        for (const Participant& p : state.data.events.events[i].participants) ++d.event_counts[p.entity];
    }
    d.entity_rows = entity_rows(state.data.gazetteer, d.event_counts, d.totals);

    // The network: the filtered events as of its date.
    const EventStore& store = state.data.events;
    AnalyticsOptions options;
    options.only = &d.filtered;
    if (v.network_as_of) options.as_of = iso_day(*v.network_as_of);
    d.flows = flow_graph(store, options);
    d.flow_table = v.network_as_of ? flow_graph(store, {.as_of = std::nullopt, .only = &d.filtered}) : d.flows;
    d.undated_flow_events = 0;
    d.first_flow_day.reset();
    d.any_disputed = false;
    d.any_running_total = false;
    d.any_valuation = false;
    d.any_vague_date = false;
    for (const std::size_t i : d.filtered) {
        const Event& e = store.events[i];
        const EventType* t = find_event_type(e.type);
        d.undated_flow_events += t && t->from_role && !timex_start_day(e.date.value) && e.status != "cancelled";
        if (const auto day = t && t->from_role ? timex_start_day(e.date.value) : std::nullopt) {
            d.first_flow_day = std::min(d.first_flow_day.value_or(*day), *day);
        }
        d.any_disputed |= !e.claim.empty();
        d.any_running_total |= restates_a_total(e);
        d.any_valuation |= values_a_firm(e);
        if (!d.any_vague_date) {
            const auto span = timex_span(e.date.value);
            d.any_vague_date = span && span->precision != SpanPrecision::day;
        }
    }
    // One layout for every date: the flows of all dates place the nodes. A story's steps filter the
    // same chart in turn: there all the events' flows place them, so a step moves the camera and the
    // highlight, not the nodes (they had jumped at each step).
    const std::vector<Flow> every_flow = state.host.story ? flow_graph(store, {}) : std::vector<Flow>{};
    const std::vector<Flow>& placed = state.host.story ? every_flow : d.flow_table;
    std::string key;
    for (const Flow& f : placed) key += f.from + ">" + f.to + ";";
    for (const auto& [id, at] : v.dragged) key += id + "@" + std::to_string(at.x) + "," + std::to_string(at.y) + ";";
    // A layout from a pack is kept only if it places every flow's ends.
    const auto places_all = [&] {
        return std::all_of(placed.begin(), placed.end(), [&](const Flow& f) { return d.network.index.count(f.from) && d.network.index.count(f.to); });
    };
    if (d.network_unchecked && key == d.network_key && !places_all()) d.network_key.clear();
    d.network_unchecked = false;
    if (key != d.network_key) {
        d.network = layout_network(placed, v.dragged);
        d.cycles = money_cycles(d.flows, 4, kMaxCyclesShown);
        d.network_key = std::move(key);
    }
    d.flow_ends.clear();
    d.node_active.assign(d.network.nodes.size(), 0);
    for (const Flow& f : d.flows) {
        d.flow_ends.emplace_back(d.network.index.at(f.from), d.network.index.at(f.to));
        d.node_active[d.flow_ends.back().first] = d.node_active[d.flow_ends.back().second] = 1;
    }
    d.flows_by_value.resize(d.flows.size());
    std::iota(d.flows_by_value.begin(), d.flows_by_value.end(), std::size_t{0});
    std::stable_sort(d.flows_by_value.begin(), d.flows_by_value.end(),
                     [&](std::size_t a, std::size_t b) { return d.flows[a].total.weight() > d.flows[b].total.weight(); });
    // Bundles of drawn flows between the same two nodes, numbered in drawing order.
    std::map<std::pair<std::size_t, std::size_t>, int> bundle_size;
    const std::size_t drawn = std::min(d.flows_by_value.size(), kMaxFlowsDrawn);
    const auto pair_of = [&](std::size_t k) { return std::pair{std::min(d.flow_ends[k].first, d.flow_ends[k].second), std::max(d.flow_ends[k].first, d.flow_ends[k].second)}; };
    for (std::size_t rank = 0; rank < drawn; ++rank) ++bundle_size[pair_of(d.flows_by_value[rank])];
    d.flow_bundles.assign(d.flows.size(), {0, 1});
    std::map<std::pair<std::size_t, std::size_t>, int> handed_out;
    for (std::size_t rank = 0; rank < drawn; ++rank) {
        const std::size_t k = d.flows_by_value[rank];
        d.flow_bundles[k] = {handed_out[pair_of(k)]++, bundle_size[pair_of(k)]};
    }
    d.node_entities.clear();
    d.node_shapes.clear();
    for (const NetworkNode& n : d.network.nodes) {
        const Entity* e = state.data.gazetteer.find(n.id);
        d.node_entities.push_back(e ? static_cast<std::size_t>(e - state.data.gazetteer.entities.data()) : kNoEntity);
        d.node_shapes.push_back(node_shape_of(e));
    }
    d.nodes_by_money.resize(d.network.nodes.size());
    std::iota(d.nodes_by_money.begin(), d.nodes_by_money.end(), std::size_t{0});
    std::stable_sort(d.nodes_by_money.begin(), d.nodes_by_money.end(),
                     [&](std::size_t a, std::size_t b) { return d.network.nodes[a].money > d.network.nodes[b].money; });
    // Unique across states too, so a view's cache never mistakes one state's rows for another's.
    static std::atomic<std::uint64_t> generations{0};
    d.generation = ++generations;

    refresh_hits(state);
}

}  // namespace ds
