// A takeover's parties agreeing or talking is the takeover again, not a partnership; on texts of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("a merger agreement between a takeover's buyer and target is no partnership beside it") {
    const auto d = deals("Der Waferhersteller Orvantis greift nach dem Konkurrenten Halbstein. Orvantis bietet 125 Euro je Aktie, wie beide Unternehmen am Donnerstag "
                         "nach Unterzeichnung einer Zusammenschlussvereinbarung mitteilten. Das Angebot summiert sich auf rund 3,75 Milliarden Euro.",
                         "2020-12-10", "de");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "acquisition"; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "partnership"; }) == nullptr);
}

TEST_CASE("a partnership of other days between a buyer and its target stays") {
    const auto d = deals("Microsoft übernimmt den Spracherkenner Tessavox für 19,7 Milliarden Dollar. Neu ist die Verbindung nicht, denn seit Herbst 2019 "
                         "entwickeln Microsoft und Tessavox gemeinsam eine Software für Arztpraxen.",
                         "2021-04-13", "de");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "acquisition"; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "partnership"; }) != nullptr);
}

TEST_CASE("a sale agreed with a buyer: who agrees sells, whom it agrees with buys, and a firm's unit in a country is a body of its own") {
    const auto d = deals("Ende Oktober einigte sich Vodafone mit dem britischen Investor Zegona auf den Verkauf der spanischen Tochter Vodafone España für bis zu "
                         "fünf Milliarden Euro.",
                         "2024-01-17", "de");
    const Found* sale = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(sale != nullptr);
    CHECK(sale->parties == Parties{{"vodafone", "seller"}, {"Zegona", "buyer"}, {"Vodafone España", "target"}});
    CHECK(sale->date == "2023-10");
}

TEST_CASE("a market value beside a sale is no price") {
    const auto d = deals("Händler betonen, dass der Verkauf bei einem Börsenwert von rund fünf Billionen Dollar kaum ins Gewicht falle.", "2025-11-11", "de");
    CHECK(d.empty());
}

TEST_CASE("a firm taken private is bought by whoever takes it") {
    const auto d = deals("Informatica, founded in 1993, was taken private in 2015 by private equity firm Permira and Canada Pension Plan Investment Board in a "
                         "deal worth about $5.3 billion.",
                         "2025-05-27", "en");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.value == 5.3e9; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->type == "acquisition");
    CHECK(takeover->parties.contains({"informatica", "target"}));
    CHECK(takeover->parties.contains({"permira", "buyer"}));
}

TEST_CASE("whose business is bought sells it") {
    const auto d = deals("Symbotic has agreed to buy Walmart's in-house robotics business for $200mn.", "2025-01-17", "en");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->parties.contains({"Walmart", "seller"}));
    CHECK(takeover->parties.contains({"Symbotic", "buyer"}));
}

TEST_CASE("a firm taken over is bought, at the price the deal values it at, and a programme taken over is no firm") {
    auto d = deals("Darktrace said on Friday that it had agreed to be taken over by Thoma Bravo in a deal that values the company at about $5.3bn.",
                   "2024-04-26", "en");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->parties == Parties{{"Darktrace", "target"}, {"thoma-bravo", "buyer"}});
    CHECK(takeover->value == 5.3e9);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "valuation"; }) == nullptr);
    d = deals("In February Orrin took over the Army's headset programme from Microsoft.", "2025-06-12", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "acquisition"; }) == nullptr);
    // A unit sold "in a deal that valued" it: the unit's value told.
    d = deals("Uber sold its self-driving unit to Aurora Innovation at the end of 2020 in a deal that valued the unit at about $4bn.", "2025-01-10", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "valuation" && f.value == 4e9; }) != nullptr);
}

TEST_CASE("regions' adjectives in a list of what is sold are no firms") {
    const auto d = deals("Last year, Lumora sold its European, Middle Eastern and African operations to Colt Technology Services for $1.8 billion.", "2024-08-06", "en");
    const Found* sale = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(sale != nullptr);
    CHECK_FALSE(sale->parties.contains({"Eastern", "seller"}));
    CHECK_FALSE(sale->parties.contains({"African", "target"}));
    CHECK(sale->parties.contains({"Colt Technology Services", "buyer"}));
}

TEST_CASE("'it' buying after a takeover is the buyer, not the firm just bought") {
    const auto d = deals("Snowflake has agreed to buy Neeva. Neeva is not Snowflake's first AI purchase. In March 2022, it paid $800 million for Streamlit.",
                         "2023-05-24", "en");
    const Found* earlier = find_deal(d, [](const Found& f) { return f.value == 800e6; });
    REQUIRE(earlier != nullptr);
    CHECK(earlier->parties == Parties{{"snowflake", "buyer"}, {"Streamlit", "target"}});
}

TEST_CASE("a deal for a firm buys it, a deal for a maker's chips buys compute") {
    auto d = deals("In November, KKR and Global Infrastructure Partners struck a $15bn deal for CyrusOne.", "2022-05-11", "en");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.value == 15e9; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->type == "acquisition");
    CHECK(takeover->parties == Parties{{"kkr", "buyer"}, {"gip", "buyer"}, {"cyrusone", "target"}});
    d = deals("OpenAI signed a $10bn deal for Nvidia chips with Oracle.", "2025-06-03", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "compute_deal"; }) != nullptr);
}
