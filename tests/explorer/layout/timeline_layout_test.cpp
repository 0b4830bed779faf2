// The timeline layout on the curated events: marks per lane, spans for periods, clusters when dense.
#include <doctest/doctest.h>

#include "core/articles/date_text.h"
#include "explorer/layout/time_scale.h"
#include "explorer/layout/timeline_layout.h"
#include "explorer/view_state.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("timeline layout: a mark per event and lane, spans for periods, clusters when dense") {
    const EventStore& store = test::curated_events();
    const auto all = filtered_events(store, {});
    const TimeScale whole = fit_range(static_cast<double>(days_from_civil(2015, 1, 1)), static_cast<double>(days_from_civil(2026, 1, 1)));
    const auto by_type = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::type, whole, 4000, std::nullopt, 0.0f);
    std::size_t marked = 0;
    for (const auto& m : by_type.marks) marked += m.events.size();
    CHECK(marked + by_type.undated.size() == all.size());  // every event once, nothing merged at merge_px 0
    for (const auto& m : by_type.marks) {
        const Event& e = store.events[m.events.front()];
        CHECK(by_type.lanes[static_cast<std::size_t>(m.lane)].key == e.type);
        CHECK(m.span == (timex_span(e.date.value)->precision != SpanPrecision::day));
        if (m.span) CHECK(m.x1 > m.x0);
    }
    // Lanes by entity: busiest first, OpenAI has the most events.
    const auto by_entity = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::entity, whole, 4000, std::nullopt);
    REQUIRE_FALSE(by_entity.lanes.empty());
    CHECK(by_entity.lanes.front().key == "openai");
    for (std::size_t l = 1; l < by_entity.lanes.size(); ++l) CHECK(by_entity.lanes[l].events <= by_entity.lanes[l - 1].events);
    // Squeezed into 200 px, nearby points merge into counted clusters, and the selected event stays alone.
    const std::size_t selected = all.front();
    const auto dense = layout_timeline(store, all, test::seed_gazetteer(), LaneMode::type, whole, 200, selected, 6.0f);
    CHECK(dense.marks.size() < by_type.marks.size());
    bool clustered = false, selected_alone = false;
    for (const auto& m : dense.marks) {
        clustered |= m.events.size() > 1;
        if (m.selected) selected_alone = m.events.size() == 1 && m.events.front() == selected;
    }
    CHECK(clustered);
    if (timex_span(store.events[selected].date.value)) CHECK(selected_alone);
    // Sizes by amount: more money, bigger mark.
    CHECK(radius_for_amount(1e10) > radius_for_amount(1e8));
    CHECK(radius_for_amount(0) < radius_for_amount(1e6));
}

TEST_CASE("timeline layout: a party with only undated events has no lane, and its events are listed as undated") {
    EventStore store;
    const auto event = [](std::string id, std::string date, std::string party) {
        Event e;
        e.id = std::move(id);
        e.type = "investment";
        e.date.value = std::move(date);
        e.participants.push_back({std::move(party), "investor"});
        e.participants.push_back({"openai", "investee"});
        return e;
    };
    store.events = {event("dated", "2023-01", "microsoft"), event("undated", "", "khosla-ventures")};
    const TimelineIndex index = index_timeline(store, {0, 1}, test::seed_gazetteer(), LaneMode::entity);
    std::vector<std::string> keys;
    for (const TimelineLane& lane : index.lanes) keys.push_back(lane.key);
    CHECK(keys == std::vector<std::string>{"microsoft", "openai"});  // no empty Khosla lane
    CHECK(index.undated == std::vector<std::size_t>{1});
    CHECK(index_timeline(store, {1}, test::seed_gazetteer(), LaneMode::type).lanes.empty());

    // Filtered to OpenAI, every event is OpenAI's: its deals stand in the other parties' lanes, and
    // only one without another party keeps an OpenAI lane.
    store.events.push_back(event("valuation", "2024-10", "openai"));
    const TimelineIndex only = index_timeline(store, {0, 2}, test::seed_gazetteer(), LaneMode::entity, "openai");
    keys.clear();
    for (const TimelineLane& lane : only.lanes) keys.push_back(lane.key);
    CHECK(keys == std::vector<std::string>{"microsoft", "openai"});
    REQUIRE(only.items.size() == 2);
    CHECK(only.items[0].size() == 1);
    CHECK(only.items[0][0].event == 0);
    CHECK(only.items[1].size() == 1);
    CHECK(only.items[1][0].event == 2);
}

TEST_CASE("timeline layout: a lane holds what its entity gives or takes, not a deal it only approved or whose product it is") {
    // The seed's compute deals of OpenAI: Oracle's contract, which Microsoft approved, and Microsoft's
    // Azure deals, where Azure is the product.
    const EventStore& store = test::curated_events();
    Filters filters;
    filters.types = {"compute_deal"};
    filters.entity = "openai";
    const TimelineIndex index = index_timeline(store, filtered_events(store, filters), test::seed_gazetteer(), LaneMode::entity, "openai");
    const auto lane_of = [&](const std::string& key) {
        for (std::size_t l = 0; l < index.lanes.size(); ++l)
            if (index.lanes[l].key == key) return static_cast<int>(l);
        return -1;
    };
    const auto holds = [&](const std::string& key, const std::string& event) {
        const int l = lane_of(key);
        if (l < 0) return false;
        for (const TimelineItem& it : index.items[static_cast<std::size_t>(l)])
            if (store.events[it.event].id == event) return true;
        return false;
    };
    CHECK(holds("oracle", "oracle-openai-10b"));
    CHECK_FALSE(holds("microsoft", "oracle-openai-10b"));  // Microsoft only approved it
    CHECK(holds("microsoft", "openai-azure-commitment-2025"));
    CHECK(lane_of("azure") == -1);  // Azure is only ever the product of Microsoft's deals
}

TEST_CASE("timeline layout: a project's sum stands in the project's lane, the partners' marks are its pale copies") {
    // Stargate's "up to $500bn", announced by OpenAI, Oracle, SoftBank, Nvidia and others, had read as each partner's $500bn.
    const EventStore& store = test::curated_events();
    const TimelineIndex index = index_timeline(store, filtered_events(store, Filters{}), test::seed_gazetteer(), LaneMode::entity, "");
    std::map<std::string, bool> pale;  // lane → whether its Stargate mark is a copy
    for (std::size_t l = 0; l < index.lanes.size(); ++l)
        for (const TimelineItem& it : index.items[l])
            if (store.events[it.event].id == "stargate-announced") pale[index.lanes[l].key] = it.gives;
    REQUIRE(pale.contains("stargate"));
    CHECK_FALSE(pale["stargate"]);
    for (const char* partner : {"openai", "oracle", "softbank", "nvidia"}) {
        CAPTURE(partner);
        REQUIRE(pale.contains(partner));
        CHECK(pale[partner]);
    }
}
