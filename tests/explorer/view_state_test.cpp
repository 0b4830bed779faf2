// Filters on the curated events: by type, status, entity and date range.
#include <doctest/doctest.h>

#include "core/articles/date_text.h"
#include "core/articles/time_span.h"
#include "explorer/view_state.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("filters by type, status, entity and date range on the curated events") {
    const EventStore& store = test::curated_events();
    Filters f;
    CHECK(filtered_events(store, f).size() == store.events.size());
    f.types = {"compute_deal"};
    const auto compute = filtered_events(store, f);
    CHECK(compute.size() >= 10);
    for (auto i : compute) CHECK(store.events[i].type == "compute_deal");
    f = {};
    f.entity = "oracle";
    for (auto i : filtered_events(store, f)) {
        const auto& p = store.events[i].participants;
        CHECK(std::any_of(p.begin(), p.end(), [](const Participant& x) { return x.entity == "oracle"; }));
    }
    f = {};
    f.from_day = days_from_civil(2025, 1, 1);
    const auto recent = filtered_events(store, f);
    CHECK_FALSE(recent.empty());
    CHECK(recent.size() < store.events.size());
    for (auto i : recent) CHECK(timex_span(store.events[i].date.value)->end > *f.from_day);
    // Time order: start days never go back.
    const auto ordered = in_time_order(store, filtered_events(store, {}));
    long last = -1000000;
    for (auto i : ordered) {
        const auto day = timex_start_day(store.events[i].date.value);
        if (!day) continue;
        CHECK(*day >= last);
        last = *day;
    }
}
