#include "app_state.h"

#include <algorithm>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "event_loader.h"
#include "text_file.h"
#include "article_json.h"
#include "mention_json.h"
#include "time_span.h"
#include "view_link.h"

namespace ds {

AppState load_app_state(const std::string& assets_dir) {
    AppState state;
    state.assets_dir = assets_dir;
    state.corpus = load_corpus(std::filesystem::path(assets_dir) / "articles");
    state.gazetteer = load_gazetteer(assets_dir, state.corpus.problems);
    for (const Article& a : state.corpus.articles) state.mentions.push_back(annotate_article(a, state.gazetteer));
    const auto events_file = std::filesystem::path(assets_dir) / "events.json";
    auto text = read_text_file(events_file, std::size_t{512} << 20);
    if (auto* problem = std::get_if<Problem>(&text)) {
        problem->severity = Severity::warning;
        problem->reason += "; no events to show";
        state.corpus.problems.push_back(std::move(*problem));
    } else {
        state.events = parse_events(std::get<std::string>(text), events_file.generic_string(), state.corpus.articles, state.gazetteer,
                                    state.corpus.problems);
    }
    state.derived.search_index = build_search_index(state.gazetteer, state.events, state.corpus.articles);
    refresh_derived(state);
    return state;
}

void refresh_derived(AppState& state) {
    auto& d = state.derived;
    const ViewState& v = state.view;
    // apply_actions runs every frame: only a change of what the derived data depends on recomputes it.
    const AppState::Derived::Inputs inputs{&state.events, state.events.events.size(), v.filters, v.network_as_of, v.dragged};
    if (d.inputs == inputs) {
        const std::string hits_key = v.query + "|" + v.language;
        if (hits_key != d.hits_key) {
            d.hits = search(d.search_index, state.gazetteer, state.events, state.corpus.articles, v.query, v.language);
            d.hits_key = hits_key;
        }
        return;
    }
    d.inputs = inputs;
    d.filtered = filtered_events(state.events, v.filters);
    d.time_ordered = in_time_order(state.events, d.filtered);
    std::optional<long> first, last;
    for (const Event& e : state.events.events) {
        if (const auto span = timex_span(e.date.value)) {
            first = std::min(first.value_or(span->start), span->start);
            last = std::max(last.value_or(span->end), span->end);
        }
    }
    d.first_day = first ? iso_day(*first) : "";
    d.last_day = last ? iso_day(*last) : "";
    if (!v.time_fitted && first && last) {
        state.view.time = fit_range(static_cast<double>(*first), static_cast<double>(*last));
        state.view.time_fitted = true;
    }

    // The network: the filtered events as of its date.
    EventStore shown;
    shown.claims = state.events.claims;
    for (const std::size_t i : d.filtered) shown.events.push_back(state.events.events[i]);
    AnalyticsOptions options;
    if (v.network_as_of) options.as_of = iso_day(*v.network_as_of);
    d.flows = flow_graph(shown, options);
    std::string key;
    for (const Flow& f : d.flows) key += f.from + ">" + f.to + ";";
    for (const auto& [id, at] : v.dragged) key += id + "@" + std::to_string(at.x) + "," + std::to_string(at.y) + ";";
    if (key != d.network_key) {
        d.network = layout_network(d.flows, v.dragged);
        d.network_key = std::move(key);
    }

    const std::string hits_key = v.query + "|" + v.language;
    if (hits_key != d.hits_key) {
        d.hits = search(d.search_index, state.gazetteer, state.events, state.corpus.articles, v.query, v.language);
        d.hits_key = hits_key;
    }
}

namespace {
std::optional<long> day_from_json(const nlohmann::json& j) {
    if (!j.is_string()) return std::nullopt;
    const auto span = timex_span(j.get<std::string>());
    if (!span) return std::nullopt;
    return span->start;
}
}  // namespace

Filters filters_from_json(const nlohmann::json& j, std::vector<std::string>& problems) {
    Filters f;
    if (!j.is_object()) {
        problems.push_back("filter: expected an object");
        return f;
    }
    for (const auto& [key, value] : j.items()) {
        if (key == "types" || key == "statuses") {
            if (!value.is_array()) {
                problems.push_back("filter." + key + ": expected an array of strings");
                continue;
            }
            for (const auto& item : value) {
                const bool known = item.is_string() && (key == "types" ? std::any_of(std::begin(kEventTypes), std::end(kEventTypes), [&](const char* t) { return item == t; })
                                                                       : std::any_of(std::begin(kStatuses), std::end(kStatuses), [&](const char* t) { return item == t; }));
                if (!known) {
                    problems.push_back("filter." + key + ": unknown value " + item.dump());
                    continue;
                }
                (key == "types" ? f.types : f.statuses).insert(item.get<std::string>());
            }
        } else if (key == "entity") {
            if (value.is_string()) f.entity = value.get<std::string>();
            else if (!value.is_null()) problems.push_back("filter.entity: expected a string");
        } else if (key == "from" || key == "to") {
            if (value.is_null()) continue;
            const auto day = day_from_json(value);
            if (!day) {
                problems.push_back("filter." + key + ": expected a date such as \"2024\" or \"2024-06-30\"");
                continue;
            }
            if (key == "from") f.from_day = day;
            else f.to_day = timex_span(value.get<std::string>())->end - 1;  // "to": "2024" includes all of 2024
        } else {
            problems.push_back("filter: unknown key '" + key + "'");
        }
    }
    return f;
}

namespace {
std::optional<std::size_t> article_index(const AppState& state, const std::string& id) {
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        if (state.corpus.articles[i].id == id) return i;
    }
    return std::nullopt;
}
}  // namespace

namespace {
void select_event(AppState& state, std::size_t i) {
    state.selected_event = i;
    // The reader follows: the event's first quote, highlighted.
    const Event& e = state.events.events[i];
    if (e.sources.empty()) return;
    if (const auto a = article_index(state, e.sources.front().article)) {
        state.selected_article = a;
        state.cited = e.sources.front().range;
        state.scroll_to_cited = true;
    }
}
}  // namespace

void apply_actions(AppState& state, const Actions& actions) {
    ViewState& v = state.view;
    // The hit is taken from the results the user saw, before the query changes them.
    std::optional<SearchHit> hit;
    if (actions.open_hit && *actions.open_hit < state.derived.hits.size()) hit = state.derived.hits[*actions.open_hit];
    if (actions.show_view) v.current = *actions.show_view;
    if (actions.set_filters) v.filters = *actions.set_filters;
    if (actions.set_time) v.time = *actions.set_time;
    if (actions.set_lanes) v.lanes = *actions.set_lanes;
    if (actions.set_network_as_of) v.network_as_of = *actions.set_network_as_of;
    if (actions.set_playing) v.network_playing = *actions.set_playing;
    if (actions.drag_node) v.dragged[actions.drag_node->first] = actions.drag_node->second;
    if (actions.set_language && (*actions.set_language == "de" || *actions.set_language == "en")) v.language = *actions.set_language;
    if (actions.set_dark) v.dark = *actions.set_dark;
    if (actions.set_query) v.query = *actions.set_query;
    if (actions.report_drawn) state.drawn = actions.drawn;
    if (actions.download) state.pending_download = actions.download;
    if (actions.clear_selection) {
        state.selected_event.reset();
        state.selected_entity.clear();
        state.cited.reset();
    }
    if (actions.step_event != 0 && !state.derived.time_ordered.empty()) {
        const auto& order = state.derived.time_ordered;
        const auto at = state.selected_event ? std::find(order.begin(), order.end(), *state.selected_event) : order.end();
        std::size_t next = 0;
        if (at == order.end()) next = actions.step_event > 0 ? 0 : order.size() - 1;
        else {
            const auto k = static_cast<std::size_t>(at - order.begin());
            next = actions.step_event > 0 ? std::min(k + 1, order.size() - 1) : (k == 0 ? 0 : k - 1);
        }
        select_event(state, order[next]);
    }
    if (actions.select_event && *actions.select_event < state.events.events.size()) select_event(state, *actions.select_event);
    if (actions.select_event_at && state.selected_article) {
        // The event whose quote in this article is the tightest around the byte (an amount, a date).
        const std::string& article = state.corpus.articles[*state.selected_article].id;
        std::optional<std::size_t> best;
        std::size_t best_length = SIZE_MAX;
        for (std::size_t i = 0; i < state.events.events.size(); ++i) {
            for (const Citation& c : state.events.events[i].sources) {
                if (c.article != article || *actions.select_event_at < c.range.begin || *actions.select_event_at >= c.range.end) continue;
                if (c.range.end - c.range.begin < best_length) best = i, best_length = c.range.end - c.range.begin;
            }
        }
        if (best) {
            const std::size_t keep_article = *state.selected_article;
            state.selected_event = best;
            // Stay at the clicked place: the quote is highlighted, nothing scrolls.
            for (const Citation& c : state.events.events[*best].sources) {
                if (c.article == article && c.range.begin <= *actions.select_event_at && *actions.select_event_at < c.range.end) state.cited = c.range;
            }
            state.selected_article = keep_article;
        }
    }
    if (actions.close_event) state.selected_event.reset();
    if (actions.scrolled_to_cited) state.scroll_to_cited = false;
    if (actions.open_citation) {
        if (const auto i = article_index(state, actions.open_citation->first)) {
            state.selected_article = i;
            state.cited = actions.open_citation->second;
            state.scroll_to_cited = true;
            v.current = View::articles;
        }
    }
    if (actions.select_article && *actions.select_article != state.selected_article.value_or(static_cast<std::size_t>(-1))) state.cited.reset();
    if (actions.close_article) {
        state.selected_article.reset();
        state.cited.reset();
    }
    if (actions.select_article && *actions.select_article < state.corpus.articles.size()) {
        state.selected_article = actions.select_article;
    }
    state.hovered_mention = actions.hovered_mention;
    if (actions.select_entity && (actions.select_entity->empty() || state.gazetteer.find(*actions.select_entity))) {
        state.selected_entity = *actions.select_entity;
    }
    refresh_derived(state);
    if (hit) {
        if (hit->kind == SearchKind::entity) state.selected_entity = state.gazetteer.entities[hit->index].id;
        else if (hit->kind == SearchKind::event) select_event(state, hit->index);
        else {
            state.selected_article = hit->index;
            state.cited = hit->in_article;
            state.scroll_to_cited = true;
            v.current = View::articles;
        }
    }
}

bool select_by_id(AppState& state, const std::string& id) {
    if (const auto i = article_index(state, id)) {
        state.selected_article = i;
        state.cited.reset();
        state.view.current = View::articles;
        return true;
    }
    for (std::size_t i = 0; i < state.events.events.size(); ++i) {
        if (state.events.events[i].id == id) {
            select_event(state, i);
            return true;
        }
    }
    if (state.gazetteer.find(id)) {
        state.selected_entity = id;
        return true;
    }
    return false;
}

std::optional<Actions> open_source_action(const AppState& state, const std::string& event_id, std::size_t index) {
    for (const Event& e : state.events.events) {
        if (e.id != event_id || index >= e.sources.size()) continue;
        Actions a;
        a.open_citation = std::pair{e.sources[index].article, e.sources[index].range};
        return a;
    }
    return std::nullopt;
}

std::vector<Problem> all_problems(const AppState& state) {
    std::vector<Problem> out = state.corpus.problems;
    out.insert(out.end(), state.problems.begin(), state.problems.end());
    return out;
}

namespace {
// The mention under the pointer, as `annotate` prints it, or null.
nlohmann::json hovered_json(const AppState& state) {
    if (!state.selected_article || !state.hovered_mention) return nullptr;
    const auto& mentions = state.mentions[*state.selected_article];
    if (*state.hovered_mention >= mentions.size()) return nullptr;
    return mention_to_json(state.corpus.articles[*state.selected_article], mentions[*state.hovered_mention]);
}
}  // namespace

nlohmann::json filters_to_json(const Filters& f) {
    return {
        {"types", f.types}, {"statuses", f.statuses}, {"entity", f.entity.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.entity)},
        {"from", f.from_day ? nlohmann::json(iso_day(*f.from_day)) : nlohmann::json(nullptr)},
        {"to", f.to_day ? nlohmann::json(iso_day(*f.to_day)) : nlohmann::json(nullptr)},
    };
}

nlohmann::json search_hits_json(const AppState& state) {
    nlohmann::json out = nlohmann::json::array();
    for (const SearchHit& h : state.derived.hits) {
        const std::string id = h.kind == SearchKind::entity  ? state.gazetteer.entities[h.index].id
                               : h.kind == SearchKind::event ? state.events.events[h.index].id
                                                              : state.corpus.articles[h.index].id;
        out.push_back({{"kind", search_kind_name(h.kind)}, {"id", id}, {"text", h.text},
                       {"match", h.text.substr(h.match.begin, h.match.end - h.match.begin)}});
    }
    return out;
}

nlohmann::json to_json(const AppState& state) {
    nlohmann::json articles = nlohmann::json::array();
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        nlohmann::json summary = article_summary_json(state.corpus.articles[i]);
        nlohmann::json counts = nlohmann::json::object();
        for (const Mention& m : state.mentions[i]) counts[mention_kind_name(m.kind)] = counts.value(mention_kind_name(m.kind), 0) + 1;
        summary["mentions"] = std::move(counts);
        articles.push_back(std::move(summary));
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : all_problems(state)) problems.push_back(problem_to_json(p));
    const bool selected = state.selected_article.has_value();
    return {
        {"articles", std::move(articles)},
        {"selected_article", selected ? nlohmann::json(state.corpus.articles[*state.selected_article].id) : nlohmann::json(nullptr)},
        {"view", view_name(state.view.current)},
        {"filters", filters_to_json(state.view.filters)},
        {"filtered_events", state.derived.filtered.size()},
        {"timeline", {{"start", iso_day(static_cast<long>(state.view.time.start))}, {"end", iso_day(static_cast<long>(state.view.time.end))},
                      {"lanes", state.view.lanes == LaneMode::entity ? "entity" : "type"}, {"marks", state.drawn.timeline_marks},
                      {"clusters", state.drawn.timeline_clusters},
                      {"selected_x", state.drawn.timeline_selected_x ? nlohmann::json(*state.drawn.timeline_selected_x) : nlohmann::json(nullptr)}}},
        {"network", {{"as_of", state.view.network_as_of ? nlohmann::json(iso_day(*state.view.network_as_of)) : nlohmann::json(nullptr)},
                     {"playing", state.view.network_playing}, {"nodes", state.drawn.network_nodes}, {"flows", state.derived.flows.size()},
                     {"highlighted", state.drawn.network_highlighted}}},
        {"detail", state.drawn.detail.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.drawn.detail)},
        {"language", state.view.language},
        {"theme", state.view.dark ? "dark" : "light"},
        {"query", state.view.query},
        {"link", state_to_link(state)},
        {"search_results", search_hits_json(state)},
        {"date_range", {{"first", state.derived.first_day}, {"last", state.derived.last_day}}},
        {"events", state.events.events.size()},
        {"claims", state.events.claims.size()},
        {"selected_event", state.selected_event ? nlohmann::json(state.events.events[*state.selected_event].id) : nlohmann::json(nullptr)},
        {"cited", state.cited && state.selected_article
                      ? nlohmann::json{{"article", state.corpus.articles[*state.selected_article].id}, {"start", state.cited->begin}, {"end", state.cited->end}}
                      : nlohmann::json(nullptr)},
        {"selected_entity", state.selected_entity.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.selected_entity)},
        {"hovered_mention", hovered_json(state)},
        {"entities", state.gazetteer.entities.size()},
        {"problems", std::move(problems)},
        {"font", {{"path", state.font.path}, {"size_px", state.font.size_px}, {"fallback", state.font.fallback}}},
        {"display",
         {{"width", state.display.width}, {"height", state.display.height}, {"pixel_ratio", state.display.pixel_ratio}}},
        {"frames_rendered", state.frames_rendered},
        {"context_restores", state.context_restores},
    };
}

}  // namespace ds
