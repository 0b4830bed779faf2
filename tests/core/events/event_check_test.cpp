// The event rules on a built event: what the loader accepts passes, each broken field is named by
// its pointer with the loader's words, and quotes are found in their articles.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/events/event_check.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {
std::vector<Problem> check(Event e) {
    std::vector<Problem> problems;
    check_event(e, test::seed_corpus().articles, test::seed_gazetteer(), "mine", JsonPath{}, problems);
    return problems;
}
}  // namespace

TEST_CASE("every curated event passes the checks, and its quotes resolve to the loader's ranges") {
    const EventStore& store = test::curated_events();
    REQUIRE_FALSE(store.events.empty());
    for (const Event& loaded : store.events) {
        CAPTURE(loaded.id);
        Event e = loaded;
        for (Citation& c : e.sources) c.range = {};
        std::vector<Problem> problems;
        check_event(e, test::seed_corpus().articles, test::seed_gazetteer(), "mine", JsonPath{}, problems);
        CHECK(problems.empty());
        for (std::size_t k = 0; k < e.sources.size(); ++k) CHECK(e.sources[k].range == loaded.sources[k].range);
    }
}

TEST_CASE("a broken event is named field by field, at JSON pointers, in the loader's words") {
    const Event good = test::curated_events().events.front();
    Event e = good;
    e.type = "merger_of_equals";
    e.status = "";
    e.date.value = "2025-13";
    e.participants[0].entity = "no-such-company";
    e.participants[0].role = "sponsor";
    e.sources[0].quote = "Dieser Satz steht in keinem Artikel.";
    const auto problems = check(e);
    std::vector<std::string> places;
    for (const Problem& p : problems) places.push_back(p.place + " " + p.reason);
    CAPTURE(places.size());
    REQUIRE(problems.size() == 6);
    CHECK(places[0] == "mine#/type unknown event type 'merger_of_equals'");
    CHECK(places[1] == "mine#/status missing");
    CHECK(places[2] == "mine#/date/value invalid date '2025-13'");
    CHECK(places[3] == "mine#/participants/0/entity unknown entity 'no-such-company'");
    CHECK(places[4] == "mine#/participants/0/role unknown role 'sponsor'");
    CHECK(places[5].starts_with("mine#/sources/0/quote not found verbatim in article"));

    Event nobody = good;
    nobody.participants.clear();
    nobody.sources.clear();
    const auto empty = check(nobody);
    REQUIRE(empty.size() == 2);
    CHECK(empty[0].place == "mine#/participants");
    CHECK(empty[1].place == "mine#/sources");
}
