#include "app_state.h"

#include <nlohmann/json.hpp>

#include "article_json.h"

namespace ds {

AppState load_app_state(const std::string& assets_dir) {
    AppState state;
    state.assets_dir = assets_dir;
    state.corpus = load_corpus(std::filesystem::path(assets_dir) / "articles");
    return state;
}

void apply_actions(AppState& state, const Actions& actions) {
    if (actions.close_article) state.selected_article.reset();
    if (actions.select_article && *actions.select_article < state.corpus.articles.size()) {
        state.selected_article = actions.select_article;
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

nlohmann::json to_json(const AppState& state) {
    nlohmann::json articles = nlohmann::json::array();
    for (const auto& a : state.corpus.articles) articles.push_back(article_summary_json(a));
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : all_problems(state)) problems.push_back(problem_to_json(p));
    const bool selected = state.selected_article.has_value();
    return {
        {"articles", std::move(articles)},
        {"selected_article", selected ? nlohmann::json(state.corpus.articles[*state.selected_article].id) : nlohmann::json(nullptr)},
        {"problems", std::move(problems)},
        {"font", {{"path", state.font.path}, {"size_px", state.font.size_px}, {"fallback", state.font.fallback}}},
        {"display",
         {{"width", state.display.width}, {"height", state.display.height}, {"pixel_ratio", state.display.pixel_ratio}}},
        {"frames_rendered", state.frames_rendered},
    };
}

}  // namespace ds
