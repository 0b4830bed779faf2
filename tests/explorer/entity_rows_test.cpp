// The entity list's rows: entities with events, filtered by their folded name, sorted by a column.
#include <doctest/doctest.h>

#include <map>

#include "core/events/analytics.h"
#include "core/search/search.h"
#include "explorer/entity_rows.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("entity rows: entities with events, filtered by folded name and sorted by a column") {
    const auto& g = test::seed_gazetteer();
    const SearchIndex index = build_search_index(g, {}, {});
    const std::string a = g.entities[0].id, b = g.entities[1].id, c = g.entities[2].id;
    std::map<std::string, int> counts{{a, 3}, {b, 7}, {c, 3}};
    std::map<std::string, EntityTotals> totals;
    totals[c].invested.value = 5e9;
    totals[a].received.value = 1e9;
    const auto rows = entity_rows(g, counts, totals);
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].invested.value == 5e9);
    CHECK(rows[2].received.value == 0);
    CHECK(entity_row_order(rows, g, index, "", EntityColumn::events, false) == std::vector<std::size_t>{1, 0, 2});  // ties keep gazetteer order
    CHECK(entity_row_order(rows, g, index, "", EntityColumn::invested, false).front() == 2);
    CHECK(entity_row_order(rows, g, index, "", EntityColumn::received, false).front() == 0);
    const auto by_name = entity_row_order(rows, g, index, "", EntityColumn::name, true);
    for (std::size_t i = 1; i < by_name.size(); ++i) CHECK(g.entities[rows[by_name[i - 1]].entity].name <= g.entities[rows[by_name[i]].entity].name);
    const std::string folded = fold_for_search(g.entities[1].name).folded;
    const auto filtered = entity_row_order(rows, g, index, folded, EntityColumn::events, false);
    REQUIRE_FALSE(filtered.empty());
    CHECK(filtered.front() == 1);
}

TEST_CASE("entity rows: the filter finds an entity by its other names too (the list may show 'AWS' for Amazon Web Services)") {
    const auto& g = test::seed_gazetteer();
    const SearchIndex index = build_search_index(g, {}, {});
    REQUIRE(g.find("aws") != nullptr);
    const auto rows = entity_rows(g, {{"aws", 1}, {"amazon", 1}}, {});
    REQUIRE(rows.size() == 2);
    const auto found = entity_row_order(rows, g, index, fold_for_search("AWS").folded, EntityColumn::events, false);
    REQUIRE(found.size() == 1);
    CHECK(g.entities[rows[found[0]].entity].id == "aws");
}

namespace {
// A row for every entity of the curated events, each with one event.
std::vector<EntityRow> seed_rows() {
    const auto totals = entity_totals(test::curated_events());
    std::map<std::string, int> counts;
    for (const auto& [id, t] : totals) counts[id] = 1;
    return entity_rows(test::seed_gazetteer(), counts, totals);
}
}  // namespace

TEST_CASE("entity rows say when a sum is at most ('up to') and when the entity shares a deal whose part no source gives") {
    const auto& g = test::seed_gazetteer();
    const auto rows = seed_rows();
    const auto row_of = [&](const std::string& id) {
        for (const EntityRow& r : rows)
            if (g.entities[r.entity].id == id) return r;
        FAIL("no row for " << id);
        return EntityRow{};
    };
    const EntityMoney nvidia = row_of("nvidia").invested;  // up to $10bn in Anthropic, and one of the $6.6bn round's investors
    CHECK(nvidia.value == doctest::Approx(10e9));
    CHECK(nvidia.upper_bound);
    CHECK(nvidia.shares);
    CHECK(row_of("nvidia").received.value == 0);
    const EntityMoney mgx = row_of("mgx").invested;
    CHECK(mgx.value == 0);
    CHECK(mgx.shares);
    CHECK_FALSE(mgx.upper_bound);
    // A side with deals but no figure says so ("undisclosed"), not "–", which read as none.
    bool some_unstated = false;
    for (const EntityRow& r : rows) some_unstated |= r.invested.value == 0 && !r.invested.shares && r.invested.unstated;
    CHECK(some_unstated);
    CHECK(entity_columns_note(rows, Language::en).find("\u201cundisclosed\u201d") != std::string::npos);
    // Invested and received apart: OpenAI received, and what it put in is not added to it.
    CHECK(row_of("openai").received.value > 0);
    CHECK(row_of("microsoft").received.value == 0);
    // In the list: one mark each, and a footnote's star where "at most" and "more" meet (not "≤$10bn+").
    CHECK(entity_money_text(nvidia, Language::en) == "$10bn*");
    EntityMoney only_up_to = nvidia, only_shares = nvidia;
    only_up_to.shares = false;
    only_shares.upper_bound = false;
    CHECK(entity_money_text(only_up_to, Language::en) == "\u2264$10bn");
    CHECK(entity_money_text(only_shares, Language::en) == "$10bn+");
    CHECK(entity_money_text(mgx, Language::en).empty());
    CHECK(entity_money_text(row_of("microsoft").invested, Language::en).find_first_of("*+") == std::string::npos);
}

TEST_CASE("the entity list's note says what its columns count and explains each mark its sums use, and only those") {
    const auto rows = seed_rows();
    // The seed has Nvidia's "$10bn*" and MGX's "a share", and no sum of "up to" amounts alone.
    const std::string en = entity_columns_note(rows, Language::en);
    CHECK(en.find("Count: events in view") == 0);
    CHECK(en.find("* at most this, plus shares") != std::string::npos);
    CHECK(en.find("\u201ca share\u201d") != std::string::npos);
    const std::string de = entity_columns_note(rows, Language::de);
    CHECK(de.find("Anzahl: Ereignisse im Bild") == 0);
    CHECK(de.find("* höchstens so viel") != std::string::npos);
    // Rows without marks: the columns only.
    std::vector<EntityRow> plain;
    for (const EntityRow& r : rows)
        if (!r.invested.upper_bound && !r.invested.shares && !r.invested.converted && !r.invested.unstated && !r.received.upper_bound && !r.received.shares &&
            !r.received.converted && !r.received.unstated)
            plain.push_back(r);
    REQUIRE_FALSE(plain.empty());
    CHECK(entity_columns_note(plain, Language::en) == "Count: events in view · Invested, received: money in US$");
}
