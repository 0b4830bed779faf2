// Export then import: the curated events come back as they were, in every layout, as far as the
// layout holds them.
#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>

#include <nlohmann/json.hpp>

#include "core/events/event_json.h"
#include "core/tables/table_export.h"
#include "core/tables/table_import.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {

std::vector<std::size_t> all_of(const EventStore& store) {
    std::vector<std::size_t> indices(store.events.size());
    std::iota(indices.begin(), indices.end(), 0);
    return indices;
}

TableImport round_trip(TableFormat format, char delimiter = ',') {
    const EventStore& store = test::curated_events();
    const std::string table = export_table(store, all_of(store), test::seed_gazetteer(), test::seed_corpus().articles, format, delimiter);
    TableImportOptions options;
    options.articles = &test::seed_corpus().articles;
    return import_table(table, "export.csv", test::seed_gazetteer(), options);
}

// What dealscope's columns hold: everything but terms, claims, the date's words and the order of parties.
nlohmann::json held(const Event& e) {
    nlohmann::json j = event_to_json(e);
    j.erase("terms");
    j.erase("terms_de");
    j.erase("claim");
    j["date"].erase("text");
    j["date"].erase("mod");
    // Parties come back grouped by side (from, to, the rest): their order is not what a table keeps.
    std::sort(j["participants"].begin(), j["participants"].end(), [](const auto& a, const auto& b) { return a.dump() < b.dump(); });
    return j;
}

}  // namespace

TEST_CASE("dealscope's columns: every curated event comes back the same, by comma or by tab") {
    const EventStore& store = test::curated_events();
    REQUIRE(store.events.size() > 20);
    for (const char delimiter : {',', '\t'}) {
        const TableImport back = round_trip(TableFormat::dealscope, delimiter);
        CHECK(back.problems.empty());
        CHECK(back.new_entities.empty());
        REQUIRE(back.events.size() == store.events.size());
        for (std::size_t i = 0; i < store.events.size(); ++i) {
            CAPTURE(store.events[i].id);
            CHECK(held(back.events[i]).dump() == held(store.events[i]).dump());
        }
    }
}

TEST_CASE("Kumu connections and Flourish links: a row per giver and receiver, with the same types and dates") {
    const EventStore& store = test::curated_events();
    const Gazetteer& g = test::seed_gazetteer();
    for (const TableFormat format : {TableFormat::kumu_connections, TableFormat::flourish_links}) {
        CAPTURE(table_format_row(format).name);
        const TableImport back = round_trip(format);
        CHECK(back.problems.empty());
        CHECK(back.new_entities.empty());
        // Every row joins two single parties: no "A | B" cell that the tool would draw as a third node.
        for (const Event& b : back.events) CHECK(b.participants.size() == 2);
        // The rows come in the events' order, one per pair; an event with one party has none.
        std::size_t next = 0, without_link = 0;
        for (const Event& a : store.events) {
            CAPTURE(a.id);
            const auto [from_role, to_role] = table_roles(a.type);
            std::vector<std::string> givers, receivers;
            for (const auto& p : a.participants) {
                if (p.role == from_role && (std::string_view(from_role) != to_role || givers.empty())) givers.push_back(p.entity);
                else if (p.role == to_role) receivers.push_back(p.entity);
            }
            if (a.participants.size() < 2) {
                ++without_link;
                continue;
            }
            const std::size_t pairs = givers.empty() || receivers.empty() ? a.participants.size() - 1 : givers.size() * receivers.size();
            for (std::size_t k = 0; k < pairs; ++k, ++next) {
                REQUIRE(next < back.events.size());
                const Event& b = back.events[next];
                CHECK(b.type == a.type);
                // Kumu reads ISO dates: a season, quarter or half comes back as the month it starts in.
                if (format == TableFormat::kumu_connections) CHECK(b.date.value.substr(0, 4) == a.date.value.substr(0, 4));
                for (const auto& q : b.participants) {
                    CAPTURE(q.entity);
                    CHECK(std::any_of(a.participants.begin(), a.participants.end(), [&](const Participant& p) { return p.entity == q.entity; }));
                }
                if (!givers.empty() && !receivers.empty()) {
                    CHECK(b.participants[0].entity == givers[k / receivers.size()]);
                    CHECK(b.participants[1].entity == receivers[k % receivers.size()]);
                }
                if (format == TableFormat::kumu_connections) {
                    for (const auto& amount : a.amounts)
                        if (amount.value && !amount.currency.empty()) {
                            REQUIRE(!b.amounts.empty());
                            CHECK(*b.amounts[0].value == *amount.value);
                            break;
                        }
                }
            }
        }
        CHECK(next == back.events.size());
        CHECK(without_link == events_without_link(store, all_of(store), g));
    }
}

TEST_CASE("TimelineJS and Flourish's timeline: the same dates and types, each row an event") {
    const EventStore& store = test::curated_events();
    for (const TableFormat format : {TableFormat::timelinejs, TableFormat::flourish_timeline}) {
        CAPTURE(table_format_row(format).name);
        const TableImport back = round_trip(format);
        CHECK(back.rows == store.events.size());
        std::size_t dated = 0, typed = 0;
        for (const Event& b : back.events) {
            const auto a = std::find_if(store.events.begin(), store.events.end(), [&](const Event& e) { return e.summary_en == b.summary_en; });
            REQUIRE(a != store.events.end());
            // TimelineJS holds years, months and days: a quarter or season comes back as its year, and
            // Flourish's timeline as the month it starts in.
            const bool exact_month = a->date.value.size() < 7 || std::isdigit(static_cast<unsigned char>(a->date.value[5]));
            dated += exact_month ? b.date.value == a->date.value : b.date.value.substr(0, 4) == a->date.value.substr(0, 4);
            typed += b.type == a->type;
        }
        CHECK(dated == back.events.size());
        CHECK(typed == back.events.size());
        // A row whose headline names no firm the gazetteer knows cannot be an event: named, not lost.
        CHECK(back.events.size() + back.rows_skipped == store.events.size());
    }
}

TEST_CASE("Kumu elements and Flourish points list every entity the events name, known on the way back") {
    for (const TableFormat format : {TableFormat::kumu_elements, TableFormat::flourish_points}) {
        const TableImport back = round_trip(format);
        CHECK(back.problems.empty());
        CHECK(back.new_entities.empty());
        CHECK(back.rows > 20);
    }
}
