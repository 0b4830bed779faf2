#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/app_state.h"

using namespace ds;

TEST_CASE("state JSON lists the seed articles and carries problems with place and reason") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    state.problems.push_back({Severity::warning, "/fonts/ui.otf", "UI font not found"});
    const auto json = to_json(state);
    REQUIRE(json["articles"].size() == 5);
    CHECK(json["articles"][0]["file"] == "000_0fd505e617a80e95.txt");
    CHECK(json["articles"][0]["id"] == "000_0fd505e617a80e95");
    CHECK(json["articles"][0]["title"] == "Microsoft investiert 10 Milliarden US-Dollar in die ChatGPT-Mutter OpenAI");
    CHECK(json["selected_article"].is_null());
    CHECK(select_by_id(state, "003_d321a9e8286ae421"));
    CHECK_FALSE(select_by_id(state, "no-such-article"));
    CHECK(to_json(state)["selected_article"] == "003_d321a9e8286ae421");
    REQUIRE(json["problems"].size() == 1);
    CHECK(json["problems"][0]["severity"] == "warning");
    CHECK(json["problems"][0]["place"] == "/fonts/ui.otf");
    CHECK(json.contains("display"));
    CHECK(json["frames_rendered"] == 0);
}

TEST_CASE("selecting an event and opening its quote in the article") {
    AppState state = load_app_state(DEALSCOPE_ASSETS_DIR);
    REQUIRE(state.events.events.size() >= 40);
    REQUIRE(select_by_id(state, "oracle-openai-10b"));
    CHECK(state.view == AppState::View::events);
    const Event& e = state.events.events[*state.selected_event];
    Actions open;
    open.open_citation = std::pair{e.sources[0].article, e.sources[0].range};
    apply_actions(state, open);
    CHECK(state.view == AppState::View::articles);
    REQUIRE(state.selected_article.has_value());
    CHECK(state.corpus.articles[*state.selected_article].id == "002_c2d40a6ec8a499e2");
    REQUIRE(state.cited.has_value());
    CHECK(state.corpus.articles[*state.selected_article].view(*state.cited) == e.sources[0].quote);
    CHECK(state.scroll_to_cited);
    const auto json = to_json(state);
    CHECK(json["cited"]["article"] == "002_c2d40a6ec8a499e2");
    CHECK(json["selected_event"] == "oracle-openai-10b");
    Actions scrolled;
    scrolled.scrolled_to_cited = true;
    apply_actions(state, scrolled);
    CHECK_FALSE(state.scroll_to_cited);
}
