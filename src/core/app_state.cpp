#include "app_state.h"

#include <nlohmann/json.hpp>

namespace ds {

AppState load_app_state(const std::string& assets_dir) {
    AppState state;
    state.assets_dir = assets_dir;
    state.catalog = load_article_catalog(std::filesystem::path(assets_dir) / "articles");
    return state;
}

std::vector<Problem> all_problems(const AppState& state) {
    std::vector<Problem> out = state.catalog.problems;
    out.insert(out.end(), state.problems.begin(), state.problems.end());
    return out;
}

nlohmann::json to_json(const AppState& state) {
    nlohmann::json articles = nlohmann::json::array();
    for (const auto& a : state.catalog.articles) {
        articles.push_back({{"file", a.file_name}, {"first_line", a.first_line}, {"bytes", a.bytes}});
    }
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : all_problems(state)) {
        problems.push_back({{"severity", severity_name(p.severity)}, {"place", p.place}, {"reason", p.reason}});
    }
    return {
        {"articles", std::move(articles)},
        {"problems", std::move(problems)},
        {"font", {{"path", state.font.path}, {"size_px", state.font.size_px}, {"fallback", state.font.fallback}}},
        {"display",
         {{"width", state.display.width}, {"height", state.display.height}, {"pixel_ratio", state.display.pixel_ratio}}},
        {"frames_rendered", state.frames_rendered},
    };
}

}  // namespace ds
