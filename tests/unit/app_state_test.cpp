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
    CHECK(select_article_by_id(state, "003_d321a9e8286ae421"));
    CHECK_FALSE(select_article_by_id(state, "no-such-article"));
    CHECK(to_json(state)["selected_article"] == "003_d321a9e8286ae421");
    REQUIRE(json["problems"].size() == 1);
    CHECK(json["problems"][0]["severity"] == "warning");
    CHECK(json["problems"][0]["place"] == "/fonts/ui.otf");
    CHECK(json.contains("display"));
    CHECK(json["frames_rendered"] == 0);
}
