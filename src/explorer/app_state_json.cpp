// The app state as JSON: what window.dealscope.state() returns, and filters from setFilter().
#include "explorer/app_state.h"

#include "core/events/event_types.h"

#include <algorithm>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/articles/article_json.h"
#include "core/annotate/mention_json.h"
#include "core/articles/time_span.h"
#include "core/events/event_format.h"
#include "explorer/view_link.h"

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
                const bool known = item.is_string() && (key == "types" ? std::any_of(event_type_ids().begin(), event_type_ids().end(), [&](const char* t) { return item == t; })
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
    if (!state.selection.article || !state.selection.hovered_mention) return nullptr;
    const auto& mentions = state.data.mentions[*state.selection.article];
    if (*state.selection.hovered_mention >= mentions.size()) return nullptr;
    return mention_to_json(state.data.corpus.articles[*state.selection.article], mentions[*state.selection.hovered_mention]);
}

// The search results as the API reports them: kind, id, shown text and the matched part.
nlohmann::json search_hits_json(const AppState& state) {
    nlohmann::json out = nlohmann::json::array();
    for (const SearchHit& h : state.derived.hits) {
        const std::string id = h.kind == SearchKind::entity  ? state.data.gazetteer.entities[h.index].id
                               : h.kind == SearchKind::event ? state.data.events.events[h.index].id
                                                              : state.data.corpus.articles[h.index].id;
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
// The review of the deals in the user's articles: per deal its candidates' keys, sources, why they
// were put together, where they disagree, and what the user decided.
nlohmann::json review_json(const AppState& state) {
    nlohmann::json deals = nlohmann::json::array();
    // Made afresh: the derived review is refreshed at the next frame, and state() may be asked
    // between a change (another tab's articles merged in) and that frame.
    for (const ReviewDeal& d : review_deals(state)) {
        nlohmann::json sources = nlohmann::json::array(), claims = nlohmann::json::array();
        for (std::size_t s = 0; s < d.sources.size(); ++s)
            sources.push_back({{"key", d.sources[s].key}, {"article", state.data.corpus.articles[d.sources[s].article].id},
                               {"quote", s < d.event.sources.size() ? d.event.sources[s].quote : ""}});
        for (const Claim& c : d.claims) {
            nlohmann::json says = nlohmann::json::array();
            for (const ClaimAssertion& a : c.assertions) says.push_back({{"article", a.source.article}, {"says", a.says}});
            claims.push_back({{"fact", c.fact}, {"assertions", std::move(says)}});
        }
        deals.push_back({{"key", d.event.id}, {"type", d.event.type}, {"summary", d.event.summary_en}, {"amount", event_amount_short(d.event)},
                         {"date", d.event.date.value}, {"sources", std::move(sources)}, {"reasons", d.reasons}, {"claims", std::move(claims)},
                         {"rejected", d.rejected}, {"kept_apart", d.kept_apart}, {"accepted", d.accepted},
                         {"in_data", d.in_data ? nlohmann::json(state.data.events.events[*d.in_data].id) : nlohmann::json(nullptr)}});
    }
    return deals;
}

nlohmann::json user_json(const AppState& state) {
    nlohmann::json events = nlohmann::json::array();
    for (const Event& e : state.data.events.events) {
        if (e.by_user) events.push_back(e.id);
    }
    // Saved records that could not be read, kept as they were: their keys and why.
    nlohmann::json kept_aside = nlohmann::json::array();
    for (const auto& [key, kept] : state.user.kept_aside) kept_aside.push_back({{"key", key}, {"reason", kept.why.reason}});
    nlohmann::json entities = nlohmann::json::array();  // names a table brought
    for (const Entity& e : state.data.gazetteer.entities) {
        if (e.by_user) entities.push_back(e.id);
    }
    return {{"articles", state.data.corpus.articles.size() - state.user.first_article},
            {"events", std::move(events)},
            {"entities", std::move(entities)},
            {"revision", state.user.revision},
            {"saved", state.user.revision == state.user.saved_revision && !state.user.save_failed},
            {"notice", notice_text(state.user.notice, Language::en)},
            {"reading", state.user.reading.size()},
            {"notice_is_error", state.user.notice.is_error()},
            {"kept_aside", kept_aside},
            {"review", review_json(state)},
            {"review_shown", state.selection.review && !state.selection.article},
            {"generation", state.user.stored_generation}};
}
}  // namespace

namespace {
// The Flows view as drawn, and the selected flow.
nlohmann::json flows_json(const AppState& state) {
    nlohmann::json rows = nlohmann::json::array();
    for (const DrawnFlowRow& r : state.report.drawn.flow_rows)
        rows.push_back({{"from", r.from}, {"to", r.to}, {"kind", r.kind}, {"total", r.total}, {"events", r.events}, {"sources", r.sources}});
    const auto& f = state.selection.flow;
    return {{"rows", std::move(rows)},
            {"count", state.derived.flow_table.size()},
            {"label_overlaps", state.report.drawn.flows_label_overlaps},
            {"clipped_labels", state.report.drawn.flows_clipped_labels},
            {"matched", state.report.drawn.flows_matched},
            {"selected", f ? nlohmann::json{{"from", f->from}, {"to", f->to}, {"kind", flow_kind_name(f->kind)}} : nlohmann::json(nullptr)}};
}
}  // namespace

namespace {
// Where the last frame drew what can be clicked: {"tab:flows": [x, y, width, height], …}.
nlohmann::json graphic_json(const std::optional<DrawnGraphic>& g) {
    if (!g) return nullptr;
    return {{"title", g->title}, {"dek", g->dek}, {"sources", g->sources}, {"key", g->key}, {"chart_top", g->chart_top},
            {"chart_height", g->chart_height}, {"sources_right", g->sources_right}, {"note", g->note},
            {"note_box", g->note_box ? nlohmann::json{g->note_box->x, g->note_box->y, g->note_box->width, g->note_box->height} : nlohmann::json()}};
}

// A story step's nodes: [{"id": …, "box": [x, y, width, height]}, …].
nlohmann::json focused_json(const AppState& state) {
    nlohmann::json out = nlohmann::json::array();
    for (const DrawnTarget& t : state.report.drawn.network_focused) out.push_back({{"id", t.name}, {"box", {t.x, t.y, t.width, t.height}}});
    return out;
}

nlohmann::json targets_json(const AppState& state) {
    nlohmann::json out = nlohmann::json::object();
    for (const DrawnTarget& t : state.report.drawn.targets) out[t.name] = {t.x, t.y, t.width, t.height};
    return out;
}
}  // namespace

nlohmann::json to_json(const AppState& state) {
    nlohmann::json articles = nlohmann::json::array();
    for (std::size_t i = 0; i < state.data.corpus.articles.size(); ++i) {
        nlohmann::json summary = article_summary_json(state.data.corpus.articles[i]);
        nlohmann::json counts = nlohmann::json::object();
        for (const Mention& m : state.data.mentions[i]) counts[mention_kind_name(m.kind)] = counts.value(mention_kind_name(m.kind), 0) + 1;
        if (i < state.data.annotated.size() && !state.data.annotated[i]) counts = nullptr;  // not annotated yet (a large corpus)
        summary["mentions"] = std::move(counts);
        summary["yours"] = i >= state.user.first_article;
        // What reading the article noted (no body text, a sentence with too many amounts); left out when nothing.
        if (const auto& noted = state.data.corpus.articles[i].problems; !noted.empty()) {
            nlohmann::json list = nlohmann::json::array();
            for (const Problem& p : noted) list.push_back(problem_to_json(p));
            summary["problems"] = std::move(list);
        }
        if (i >= state.user.first_article && i - state.user.first_article < state.user.candidates.size()) {
            summary["candidates"] = state.user.candidates[i - state.user.first_article].size();
        }
        articles.push_back(std::move(summary));
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : all_problems(state)) problems.push_back(problem_to_json(p));
    const bool selected = state.selection.article.has_value();
    return {
        {"articles", std::move(articles)},
        {"selected_article", selected ? nlohmann::json(state.data.corpus.articles[*state.selection.article].id) : nlohmann::json(nullptr)},
        {"view", view_name(state.view.current)},
        {"overview_first", state.view.overview_first && state.view.overview_over == state.view.current},
        {"filters", filters_to_json(state.view.filters)},
        {"filtered_events", state.derived.filtered.size()},
        {"timeline", {{"start", iso_day(static_cast<long>(state.view.time.start))}, {"end", iso_day(static_cast<long>(state.view.time.end))},
                      {"lanes", state.view.lanes == LaneMode::entity ? "entity" : "type"}, {"marks", state.report.drawn.timeline_marks},
                      {"clusters", state.report.drawn.timeline_clusters}, {"hidden", state.report.drawn.timeline_hidden},
                      {"edge_markers", state.report.drawn.timeline_edge_markers},
                      {"label_overlaps", state.report.drawn.timeline_label_overlaps}, {"clipped_labels", state.report.drawn.timeline_clipped_labels},
                      {"amounts_unnamed", state.report.drawn.timeline_amounts_unnamed},
                      {"matched", state.report.drawn.timeline_matched},
                      {"selected_x", state.report.drawn.timeline_selected_x ? nlohmann::json(*state.report.drawn.timeline_selected_x) : nlohmann::json(nullptr)}}},
        {"network", {{"as_of", state.view.network_as_of ? nlohmann::json(iso_day(*state.view.network_as_of)) : nlohmann::json(nullptr)},
                     {"playing", state.view.network_playing}, {"nodes", state.report.drawn.network_nodes}, {"flows", state.derived.flows.size()},
                     {"highlighted", state.report.drawn.network_highlighted}, {"edges", state.report.drawn.network_edges},
                     {"amounts", state.report.drawn.network_amounts}, {"label_overlaps", state.report.drawn.network_label_overlaps},
                     {"clipped_labels", state.report.drawn.network_clipped_labels}, {"labels_left_out", state.report.drawn.network_labels_left_out},
                     {"matched", state.report.drawn.network_matched}, {"focused", focused_json(state)}}},
        {"events_table", {{"matched", state.report.drawn.events_matched}}},
        {"flows", flows_json(state)},
        {"targets", targets_json(state)},
        {"graphic", graphic_json(state.report.drawn.graphic)},
        {"detail", state.report.drawn.detail.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.report.drawn.detail)},
        {"pointer", state.report.drawn.pointer},
        {"language", language_code(state.view.language)},
        {"theme", state.view.dark ? "dark" : "light"},
        {"query", state.view.query},
        {"link", state_to_link(state)},
        {"search_results", search_hits_json(state)},
        {"date_range", {{"first", state.derived.first_day ? iso_day(*state.derived.first_day) : ""},
                        {"last", state.derived.last_day ? iso_day(*state.derived.last_day) : ""}}},
        {"events", state.data.events.events.size()},
        {"claims", state.data.events.claims.size()},
        {"selected_event", state.selection.event ? nlohmann::json(state.data.events.events[*state.selection.event].id) : nlohmann::json(nullptr)},
        {"cited", state.selection.cited && state.selection.article
                      ? nlohmann::json{{"article", state.data.corpus.articles[*state.selection.article].id}, {"start", state.selection.cited->begin}, {"end", state.selection.cited->end}}
                      : nlohmann::json(nullptr)},
        {"selected_entity", state.selection.entity.empty() ? nlohmann::json(nullptr) : nlohmann::json(state.selection.entity)},
        {"hovered_mention", hovered_json(state)},
        {"entities", state.data.gazetteer.entities.size()},
        {"pack", state.data.from_pack},
        {"problems", std::move(problems)},
        {"font", {{"path", state.report.font.path}, {"size_px", state.report.font.size_px}, {"fallback", state.report.font.fallback}}},
        {"display",
         {{"width", state.report.display.width}, {"height", state.report.display.height}, {"pixel_ratio", state.report.display.pixel_ratio}}},
        {"frames_rendered", state.report.frames_rendered},
        {"context_restores", state.report.context_restores},
        {"startup", startup_to_json(state.report.startup)},
        {"user", user_json(state)},
    };
}

nlohmann::json startup_to_json(const StartupReport& startup) {
    nlohmann::json steps = nlohmann::json::array();
    for (const StartupStep& s : startup.steps) steps.push_back({{"name", s.name}, {"ms", s.ms}});
    return {{"main_at_ms", startup.main_at_ms}, {"first_frame_at_ms", startup.first_frame_at_ms}, {"steps", std::move(steps)}};
}

}  // namespace ds
