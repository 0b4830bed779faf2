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
    CHECK(json["articles"][0]["first_line"] == "Technologie");
    REQUIRE(json["problems"].size() == 1);
    CHECK(json["problems"][0]["severity"] == "warning");
    CHECK(json["problems"][0]["place"] == "/fonts/ui.otf");
    CHECK(json.contains("display"));
    CHECK(json["frames_rendered"] == 0);
}
