// The app state as JSON: what window.dealscope.state() returns, and filters from setFilter().
#include "app_state.h"

#include <algorithm>
#include <iterator>

#include <nlohmann/json.hpp>

#include "article_json.h"
#include "mention_json.h"
#include "time_span.h"
#include "view_link.h"

namespace ds {

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
// The mention under the pointer, as `annotate` prints it, or null.
nlohmann::json hovered_json(const AppState& state) {
    if (!state.selected_article || !state.hovered_mention) return nullptr;
    const auto& mentions = state.mentions[*state.selected_article];
    if (*state.hovered_mention >= mentions.size()) return nullptr;
    return mention_to_json(state.corpus.articles[*state.selected_article], mentions[*state.hovered_mention]);
}

// The search results as the API reports them: kind, id, shown text and the matched part.
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
}  // namespace

nlohmann::json filters_to_json(const Filters& f) {
    return {
        {"types", f.types}, {"statuses", f.statuses}, {"entity", f.entity.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.entity)},
        {"from", f.from_day ? nlohmann::json(iso_day(*f.from_day)) : nlohmann::json(nullptr)},
        {"to", f.to_day ? nlohmann::json(iso_day(*f.to_day)) : nlohmann::json(nullptr)},
    };
}

namespace {
// The user's own data: what there is, whether it is saved, the last notice.
nlohmann::json user_json(const AppState& state) {
    nlohmann::json events = nlohmann::json::array();
    for (const Event& e : state.events.events) {
        if (e.by_user) events.push_back(e.id);
    }
    return {{"articles", state.corpus.articles.size() - state.user.first_article},
            {"events", std::move(events)},
            {"revision", state.user.revision},
            {"saved", state.user.revision == state.user.saved_revision},
            {"notice", state.user.notice},
            {"reading", state.user.reading.size()},
            {"notice_is_error", state.user.notice_is_error}};
}
}  // namespace

nlohmann::json to_json(const AppState& state) {
    nlohmann::json articles = nlohmann::json::array();
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        nlohmann::json summary = article_summary_json(state.corpus.articles[i]);
        nlohmann::json counts = nlohmann::json::object();
        for (const Mention& m : state.mentions[i]) counts[mention_kind_name(m.kind)] = counts.value(mention_kind_name(m.kind), 0) + 1;
        if (i < state.annotated.size() && !state.annotated[i]) counts = nullptr;  // not annotated yet (a large corpus)
        summary["mentions"] = std::move(counts);
        summary["yours"] = i >= state.user.first_article;
        if (i >= state.user.first_article && i - state.user.first_article < state.user.candidates.size()) {
            summary["candidates"] = state.user.candidates[i - state.user.first_article].size();
        }
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
        {"date_range", {{"first", state.derived.first_day ? iso_day(*state.derived.first_day) : ""},
                        {"last", state.derived.last_day ? iso_day(*state.derived.last_day) : ""}}},
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
        {"user", user_json(state)},
    };
}

}  // namespace ds
