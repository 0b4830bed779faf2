// An event written by event_to_json() reads back the same (the merge step reads extract's output);
// anything else in its place is refused, never half read.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/events/event_json.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("every curated event, written and read back, is written the same again") {
    const EventStore& store = test::curated_events();
    REQUIRE(store.events.size() > 20);
    for (const Event& e : store.events) {
        CAPTURE(e.id);
        const nlohmann::json written = event_to_json(e);
        const auto back = event_from_json(written);
        REQUIRE(back);
        CHECK(event_to_json(*back).dump() == written.dump());
    }
}

TEST_CASE("a candidate's unknown party and a table's origin come back, and wrong shapes are refused") {
    Event e;
    e.id = "x-candidate-1";
    e.type = "investment";
    e.participants = {{"", "investee", "Lumora"}, {"nvidia", "investor", ""}};
    e.amounts = {{std::nullopt, "USD", "", Qualifier::up_to, "equity"}};
    e.table = TableOrigin{"deals.csv", 4, "https://example.org"};
    const auto back = event_from_json(event_to_json(e));
    REQUIRE(back);
    CHECK(back->participants[0].name == "Lumora");
    CHECK(back->participants[0].entity.empty());
    CHECK_FALSE(back->amounts[0].value);
    CHECK(back->amounts[0].qualifier == Qualifier::up_to);
    REQUIRE(back->table);
    CHECK(back->table->row == 4);

    for (const char* bad : {R"([])", R"({"id": 5})", R"({"amounts": "lots"})", R"({"amounts": [{"value": "ten"}]})",
                            R"({"amounts": [{"qualifier": "roughly"}]})", R"({"participants": [{"role": 3}]})", R"({"sources": [{"start": -1, "end": 4}]})",
                            R"({"date": "2025"})", R"({"terms": {"duration": 5}})", R"({"table": {"row": "four"}})"}) {
        CAPTURE(bad);
        CHECK_FALSE(event_from_json(nlohmann::json::parse(bad)));
    }
}
