#include "app_state.h"

#include <nlohmann/json.hpp>

#include "annotate.h"
#include "article_json.h"
#include "mention_json.h"

namespace ds {

AppState load_app_state(const std::string& assets_dir) {
    AppState state;
    state.assets_dir = assets_dir;
    state.corpus = load_corpus(std::filesystem::path(assets_dir) / "articles");
    state.gazetteer = load_gazetteer(assets_dir, state.corpus.problems);
    for (const Article& a : state.corpus.articles) state.mentions.push_back(annotate_article(a, state.gazetteer));
    return state;
}

void apply_actions(AppState& state, const Actions& actions) {
    if (actions.close_article) state.selected_article.reset();
    if (actions.select_article && *actions.select_article < state.corpus.articles.size()) {
        state.selected_article = actions.select_article;
    }
    state.hovered_mention = actions.hovered_mention;
    if (actions.select_entity && (actions.select_entity->empty() || state.gazetteer.find(*actions.select_entity))) {
        state.selected_entity = *actions.select_entity;
    }
}

bool select_article_by_id(AppState& state, const std::string& id) {
    for (std::size_t i = 0; i < state.corpus.articles.size(); ++i) {
        if (state.corpus.articles[i].id == id) {
            state.selected_article = i;
            return true;
        }
    }
    return false;
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
