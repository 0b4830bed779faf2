#include "app_state.h"

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "event_loader.h"
#include "text_file.h"
#include "article_json.h"
#include "mention_json.h"

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
    return state;
}

namespace {
std::optional<std::size_t> article_index(const AppState& state, const std::string& id) {
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        if (state.corpus.articles[i].id == id) return i;
    }
    return std::nullopt;
}
}  // namespace

void apply_actions(AppState& state, const Actions& actions) {
    if (actions.show_view) state.view = *actions.show_view;
    if (actions.select_event && *actions.select_event < state.events.events.size()) state.selected_event = actions.select_event;
    if (actions.close_event) state.selected_event.reset();
    if (actions.scrolled_to_cited) state.scroll_to_cited = false;
    if (actions.open_citation) {
        if (const auto i = article_index(state, actions.open_citation->first)) {
            state.selected_article = i;
            state.cited = actions.open_citation->second;
            state.scroll_to_cited = true;
            state.view = AppState::View::articles;
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
}

bool select_by_id(AppState& state, const std::string& id) {
    if (const auto i = article_index(state, id)) {
        state.selected_article = i;
        state.cited.reset();
        state.view = AppState::View::articles;
        return true;
    }
    for (std::size_t i = 0; i < state.events.events.size(); ++i) {
        if (state.events.events[i].id == id) {
            state.selected_event = i;
            state.view = AppState::View::events;
            return true;
        }
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
        {"view", state.view == AppState::View::events ? "events" : "articles"},
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
    };
}

}  // namespace ds
