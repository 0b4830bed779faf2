#include "app_state.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <numeric>

#include "annotate.h"
#include "article_parser.h"
#include "event_loader.h"
#include "text_file.h"
#include "time_span.h"
#include "user_data.h"

namespace ds {

AppState load_app_state(const std::string& assets_dir) {
    AppState state;
    state.assets_dir = assets_dir;
    state.corpus = load_corpus(std::filesystem::path(assets_dir) / "articles");
    state.gazetteer = load_gazetteer(assets_dir, state.corpus.problems);
    std::size_t bytes = 0;
    for (const Article& a : state.corpus.articles) bytes += a.text.size();
    state.mentions.resize(state.corpus.articles.size());
    state.annotated.assign(state.corpus.articles.size(), false);
    if (bytes <= kAnnotateUpFrontBytes) {
        for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) ensure_annotated(state, i);
    }
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
    state.user.first_article = state.corpus.articles.size();
    state.derived.search_index = build_search_index(state.gazetteer, state.events, state.corpus.articles);
    refresh_derived(state);
    return state;
}

void ensure_annotated(AppState& state, std::size_t i) {
    if (i >= state.corpus.articles.size()) return;
    state.mentions.resize(state.corpus.articles.size());
    state.annotated.resize(state.corpus.articles.size(), true);  // the user's articles are annotated when added
    if (state.annotated[i]) return;
    state.mentions[i] = annotate_article(state.corpus.articles[i], state.gazetteer);
    state.annotated[i] = true;
}

TimeScale fit_all_events(const AppState& state) {
    const auto& d = state.derived;
    if (!d.first_day || !d.last_day) return state.view.time;
    return fit_range(static_cast<double>(*d.first_day), static_cast<double>(*d.last_day));
}

void refresh_derived(AppState& state) {
    if (state.selected_article) ensure_annotated(state, *state.selected_article);  // the reader shows its mentions
    auto& d = state.derived;
    const ViewState& v = state.view;
    // apply_actions runs every frame: only a change of what the derived data depends on recomputes it.
    const AppState::Derived::Inputs inputs{&state.events, state.events.events.size(), v.filters, v.network_as_of, v.dragged, state.user.revision, v.lanes};
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
    d.timeline = index_timeline(state.events, d.filtered, state.gazetteer, v.lanes);
    std::optional<long> first, last;
    for (const Event& e : state.events.events) {
        if (const auto span = timex_span(e.date.value)) {
            first = std::min(first.value_or(span->start), span->start);
            last = std::max(last.value_or(span->end), span->end);
        }
    }
    d.first_day = first;
    d.last_day = last;
    if (!v.time_fitted && first && last) {
        state.view.time = fit_all_events(state);
        state.view.time_fitted = true;
    }
    d.totals = entity_totals(state.events);
    d.event_counts.clear();
    for (const std::size_t i : d.filtered) {
        for (const Participant& p : state.events.events[i].participants) ++d.event_counts[p.entity];
    }
    d.entity_rows = entity_rows(state.gazetteer, d.event_counts, d.totals);

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
        d.cycles = money_cycles(d.flows, 4, kMaxCyclesShown);
        d.network_key = std::move(key);
    }
    d.flow_ends.clear();
    for (const Flow& f : d.flows) d.flow_ends.emplace_back(d.network.index.at(f.from), d.network.index.at(f.to));
    d.flows_by_value.resize(d.flows.size());
    std::iota(d.flows_by_value.begin(), d.flows_by_value.end(), std::size_t{0});
    std::stable_sort(d.flows_by_value.begin(), d.flows_by_value.end(),
                     [&](std::size_t a, std::size_t b) { return d.flows[a].total.value > d.flows[b].total.value; });
    d.node_entities.clear();
    for (const NetworkNode& n : d.network.nodes) {
        const Entity* e = state.gazetteer.find(n.id);
        d.node_entities.push_back(e ? static_cast<std::size_t>(e - state.gazetteer.entities.data()) : kNoEntity);
    }
    d.nodes_by_money.resize(d.network.nodes.size());
    std::iota(d.nodes_by_money.begin(), d.nodes_by_money.end(), std::size_t{0});
    std::stable_sort(d.nodes_by_money.begin(), d.nodes_by_money.end(),
                     [&](std::size_t a, std::size_t b) { return d.network.nodes[a].money > d.network.nodes[b].money; });
    // Unique across states too, so a view's cache never mistakes one state's rows for another's.
    static std::atomic<std::uint64_t> generations{0};
    d.generation = ++generations;

    const std::string hits_key = v.query + "|" + v.language;
    if (hits_key != d.hits_key) {
        d.hits = search(d.search_index, state.gazetteer, state.events, state.corpus.articles, v.query, v.language);
        d.hits_key = hits_key;
    }
}


std::optional<std::size_t> article_index(const AppState& state, const std::string& id) {
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        if (state.corpus.articles[i].id == id) return i;
    }
    return std::nullopt;
}

namespace {
void select_event(AppState& state, std::size_t i) {
    state.selected_event = i;
    // The reader follows: the event's first quote, highlighted.
    const Event& e = state.events.events[i];
    if (e.sources.empty()) return;
    if (const auto a = article_index(state, e.sources.front().article)) {
        state.selected_article = a;
        ensure_annotated(state, *a);
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
    if (actions.pick_file) state.pick_file_requested = true;
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
    if (actions.accept_candidate) {
        const auto problem = add_user_event(state, *actions.accept_candidate);
        state.user.notice = problem ? describe(*problem) : "Added to your events.";
        state.user.notice_is_error = problem.has_value();
    }
    if (actions.remove_user_event) remove_user_event(state, *actions.remove_user_event);
    if (actions.add_file) {
        const FileOutcome outcome = add_user_file(state, actions.add_file->first, actions.add_file->second);
        state.user.notice = outcome.message;
        state.user.notice_is_error = !outcome.ok;
    }
    if (actions.export_user_data) state.pending_download = std::pair{std::string("dealscope-my-data.json"), user_data_json(state)};
    if (actions.delete_user_data) {
        delete_user_data(state);
        state.user.notice = "Your articles and events were deleted from this browser.";
        state.user.notice_is_error = false;
    }
    refresh_derived(state);
    if (hit) {
        if (hit->kind == SearchKind::entity) state.selected_entity = state.gazetteer.entities[hit->index].id;
        else if (hit->kind == SearchKind::event) select_event(state, hit->index);
        else {
            state.selected_article = hit->index;
            ensure_annotated(state, hit->index);
            state.cited = hit->in_article;
            state.scroll_to_cited = true;
            v.current = View::articles;
        }
    }
}

bool select_by_id(AppState& state, const std::string& id) {
    if (const auto i = article_index(state, id)) {
        state.selected_article = i;
        ensure_annotated(state, *i);
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
    out.insert(out.end(), state.user.problems.begin(), state.user.problems.end());
    return out;
}

}  // namespace ds
