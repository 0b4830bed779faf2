#include "explorer/actions.h"

#include <algorithm>
#include <cstdint>

#include "explorer/app_state.h"
#include "explorer/user_data.h"
#include "explorer/user_entities.h"
#include "explorer/user_store.h"

namespace ds {

void apply_view_actions(AppState& state, const ViewActions& actions) {
    ViewState& v = state.view;
    if (actions.show_view) {
        v.current = *actions.show_view;
        v.back_to.reset();
    }
    // A view, a deal, a flow, a name, an article or a search chosen: the reader goes on from the overview.
    if (actions.show_view || actions.select_event || actions.select_flow || actions.select_group || actions.open_hit || actions.select_article ||
        actions.show_review ||
        (actions.select_entity && !actions.select_entity->empty()) || (actions.set_query && !actions.set_query->empty())) {
        v.overview_first = false;
    }
    if (actions.show_overview) {
        v.overview_first = true;
        v.overview_over = v.current;
    }
    if (actions.set_filters) v.filters = *actions.set_filters;
    if (actions.set_time) v.time = *actions.set_time;
    if (actions.set_lanes) v.lanes = *actions.set_lanes;
    if (actions.set_network_as_of) v.network_as_of = *actions.set_network_as_of;
    if (actions.set_playing) v.network_playing = *actions.set_playing;
    if (actions.drag_node) v.dragged[actions.drag_node->first] = actions.drag_node->second;
    if (actions.reset_layout) v.dragged.clear();
    if (actions.set_language) v.language = *actions.set_language;
    if (actions.set_dark) v.dark = *actions.set_dark;
    if (actions.set_query) v.query = *actions.set_query;
    if (actions.report_drawn) state.report.drawn = actions.drawn;
    if (actions.download) state.requests.download = actions.download;
    if (actions.pick_file) state.requests.pick_file = true;
    if (actions.pick_folder) state.requests.pick_folder = true;
    if (actions.open_paste_box) state.requests.paste_box = true;
    // The story step's other subjects go with the step.
    if (actions.clear_selection || actions.select_event || actions.select_flow || actions.select_group || actions.step_event != 0 ||
        (actions.select_entity && !actions.select_entity->empty())) {
        state.selection.about.clear();
    }
    if (actions.clear_selection) {
        state.selection.event.reset();
        state.selection.entity.clear();
        state.selection.cited.reset();
        state.selection.flow.reset();
        state.selection.group.clear();
    }
    if (actions.step_event != 0 && !state.derived.time_ordered.empty()) {
        const auto& order = state.derived.time_ordered;
        const auto at = state.selection.event ? std::find(order.begin(), order.end(), *state.selection.event) : order.end();
        std::size_t next = 0;
        if (at == order.end()) next = actions.step_event > 0 ? 0 : order.size() - 1;
        else {
            const auto k = static_cast<std::size_t>(at - order.begin());
            next = actions.step_event > 0 ? std::min(k + 1, order.size() - 1) : (k == 0 ? 0 : k - 1);
        }
        select_event(state, order[next]);
    }
    // A chosen entity stays chosen only while what is selected after is one of its deals: Nvidia kept
    // its highlight and the timeline its fading while the detail showed Oracle → OpenAI.
    const auto entity_gives_way = [&](bool takes_part) {
        if (!takes_part) state.selection.entity.clear();
    };
    if (actions.select_event && *actions.select_event < state.data.events.events.size()) {
        const auto& parties = state.data.events.events[*actions.select_event].participants;
        entity_gives_way(state.selection.entity.empty() ||
                         std::any_of(parties.begin(), parties.end(), [&](const Participant& p) { return p.entity == state.selection.entity; }));
        select_event(state, *actions.select_event);
    }
    if (actions.select_flow) {
        // A flow is read in the detail: what was selected before gives way to it.
        entity_gives_way(state.selection.entity.empty() || state.selection.entity == actions.select_flow->from || state.selection.entity == actions.select_flow->to);
        state.selection.flow = actions.select_flow;
        state.selection.group.clear();
        state.selection.event.reset();
        state.selection.cited.reset();
    }
    if (actions.select_group) {
        // So is a cluster: its events are listed, and one of them opens with a way back to the list.
        state.selection.group = *actions.select_group;
        state.selection.flow.reset();
        state.selection.event.reset();
        state.selection.cited.reset();
    }
    if (actions.select_event_at && state.selection.article) {
        // The event whose quote in this article is the tightest around the byte (an amount, a date).
        const std::string& article = state.data.corpus.articles[*state.selection.article].id;
        std::optional<std::size_t> best;
        std::size_t best_length = SIZE_MAX;
        for (std::size_t i = 0; i < state.data.events.events.size(); ++i) {
            for (const Citation& c : state.data.events.events[i].sources) {
                if (c.article != article || *actions.select_event_at < c.range.begin || *actions.select_event_at >= c.range.end) continue;
                if (c.range.end - c.range.begin < best_length) best = i, best_length = c.range.end - c.range.begin;
            }
        }
        if (best) {
            const std::size_t keep_article = *state.selection.article;
            state.selection.event = best;
            // Stay at the clicked place: the quote is highlighted, nothing scrolls.
            for (const Citation& c : state.data.events.events[*best].sources) {
                if (c.article == article && c.range.begin <= *actions.select_event_at && *actions.select_event_at < c.range.end) state.selection.cited = c.range;
            }
            state.selection.article = keep_article;
        }
    }
    if (actions.close_event) state.selection.event.reset();
    if (actions.scrolled_to_cited) state.selection.scroll_to_cited = false;
    if (actions.open_citation) {
        if (const auto i = article_index(state, actions.open_citation->first)) {
            state.selection.article = i;
            state.selection.cited = actions.open_citation->second;
            state.selection.scroll_to_cited = true;
            if (v.current != View::articles) v.back_to = v.current;
            v.current = View::articles;
        }
    }
    if (actions.select_article && *actions.select_article != state.selection.article.value_or(static_cast<std::size_t>(-1))) state.selection.cited.reset();
    if (actions.close_article) {
        v.back_to.reset();
        state.selection.article.reset();
        state.selection.cited.reset();
    }
    if (actions.select_article && *actions.select_article < state.data.corpus.articles.size()) {
        state.selection.article = actions.select_article;
    }
    // The review stands in the reader's place: an article opened covers it, and it closes the article.
    if (actions.show_review) {
        state.selection.review = *actions.show_review;
        if (*actions.show_review) {
            state.selection.article.reset();
            state.selection.cited.reset();
            v.current = View::articles;
        }
    }
    state.selection.hovered_mention = actions.hovered_mention;
    if (actions.select_entity && (actions.select_entity->empty() || state.data.gazetteer.find(*actions.select_entity))) {
        state.selection.entity = *actions.select_entity;
        if (!actions.select_entity->empty()) {  // the entity's detail shows, not the flow's, the cluster's or an event's
            state.selection.flow.reset();
            state.selection.group.clear();
            // (A link that names an event and an entity keeps both.)
            if (!actions.select_event && !actions.select_event_at) state.selection.event.reset();
        }
    }
}

void run_data_commands(AppState& state, const DataCommands& commands) {
    if (commands.accept_candidate) {
        const auto problem = add_user_event(state, *commands.accept_candidate);
        state.user.notice = Notice::of(problem ? NoticeCode::event_refused : NoticeCode::event_added, "", problem);
    }
    if (commands.review) apply_review(state, *commands.review);
    if (commands.edit_user_entity) state.user.notice = edit_user_entity(state, *commands.edit_user_entity);
    if (commands.create_entity) {
        auto made = create_user_entity(state, *commands.create_entity);
        if (auto* problem = std::get_if<Problem>(&made)) {
            state.user.notice = Notice::of(NoticeCode::entity_refused, commands.create_entity->name, std::move(*problem));
        } else {
            const std::string& id = std::get<std::string>(made);
            state.user.notice = Notice::of(NoticeCode::entity_created, state.data.gazetteer.find(id)->name);
            state.user.created_entity = id;
        }
    }
    if (commands.remove_user_event) remove_user_event(state, *commands.remove_user_event);
    if (commands.add_file) {
        state.user.notice = add_user_file(state, commands.add_file->first, commands.add_file->second);
    }
    if (commands.export_user_data) state.requests.download = std::pair{std::string("dealscope-my-data.json"), user_data_json(state)};
    if (commands.export_kept_aside) state.requests.download = std::pair{std::string("dealscope-unreadable-records.json"), kept_aside_json(state)};
    if (commands.delete_user_data) {
        delete_user_data(state);
        state.user.notice = Notice::of(NoticeCode::data_deleted);
    }
}

namespace {
// Opens a search result: an entity is selected, an event selected with its quote, an article opened
// at the match.
void open_hit(AppState& state, const SearchHit& hit) {
    if (hit.kind == SearchKind::entity) {
        state.selection.entity = state.data.gazetteer.entities[hit.index].id;
    } else if (hit.kind == SearchKind::event) {
        select_event(state, hit.index);
    } else {
        state.selection.article = hit.index;
        ensure_annotated(state, hit.index);
        state.selection.cited = hit.in_article;
        state.selection.scroll_to_cited = true;
        state.view.current = View::articles;
    }
}
}  // namespace

void apply_actions(AppState& state, const Actions& actions) {
    // The hit is taken from the results the user saw, before the query changes them.
    std::optional<SearchHit> hit;
    if (actions.open_hit && *actions.open_hit < state.derived.hits.size()) hit = state.derived.hits[*actions.open_hit];
    apply_view_actions(state, actions);
    run_data_commands(state, actions);
    refresh_derived(state);
    if (hit) open_hit(state, *hit);
}

}  // namespace ds
