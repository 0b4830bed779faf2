// What the sums told beside a round are: a total raised so far, a valuation "at" a second sum, the round
// the sum came "in"; on sentences of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("a total raised so far is no round of its own, in English and German") {
    auto d = deals("Veltra said on Wednesday it had raised $275 million in a round led by Temasek. The new money lifts Veltra's total funding to roughly $450 million.",
                   "2025-11-13", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.value == 275e6 && f.type == "funding_round"; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.value == 450e6; }) == nullptr);
    d = deals("Das Start-up Quellwerk hat eine Series B über 227 Millionen Dollar abgeschlossen. Insgesamt hat Quellwerk nun 252 Millionen Dollar eingesammelt.",
              "2024-04-27", "de");
    CHECK(find_deal(d, [](const Found& f) { return f.value == 227e6; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.value == 252e6; }) == nullptr);
    d = deals("Quellwerk hat 30 Millionen Dollar eingesammelt. Seit der Gründung hat das Start-up damit rund 46 Millionen Dollar an Wagniskapital erhalten.",
              "2023-08-09", "de");
    CHECK(find_deal(d, [](const Found& f) { return f.value == 46e6; }) == nullptr);
}

TEST_CASE("a record 'to date' stays a deal") {
    auto d = deals("In October Veltra sold $30 billion of bonds, its biggest debt sale to date.", "2025-12-01", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.value == 30e9; }) != nullptr);
    d = deals("Veltra has raised $100 million to date.", "2025-12-01", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.value == 100e6; }) == nullptr);
}

TEST_CASE("a sum raised 'at' a second sum is raised at that valuation") {
    const auto d = deals("Last August Orrin raised $1.5 billion at $14 billion, in a round co-led by Founders Fund.", "2025-06-12", "en");
    CHECK(find_deal(d, [](const Found& f) { return f.type == "funding_round" && f.value == 1.5e9; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "valuation" && f.value == 14e9; }) != nullptr);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "funding_round" && f.value == 14e9; }) == nullptr);
}

TEST_CASE("a sum 'in a Series B' is that round's, though a word of compute stands nearer") {
    const auto d = deals("In September 2023, as inference had become a line item in every cloud budget, Veltra added $110 million in a Series B led by Temasek.",
                         "2025-11-13", "en");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 110e6; });
    REQUIRE(round != nullptr);
    CHECK(round->type == "funding_round");
    CHECK(round->parties.contains({"temasek", "lead_investor"}));
}

TEST_CASE("money collected is money raised, and a start-up launched with money raised it") {
    auto d = deals("Brightlane, the wafer-scale chipmaker, collected $1.1 billion in September.", "2025-11-13", "en");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 1.1e9; });
    REQUIRE(round != nullptr);
    CHECK(round->type == "funding_round");
    CHECK(round->parties == Parties{{"Brightlane", "investee"}});
    d = deals("Mit mehr als einer Milliarde Dollar ist am Dienstag das Biotech-Start-up Quellwerk Therapeutics an den Start gegangen.", "2024-04-27", "de");
    round = find_deal(d, [](const Found& f) { return f.value == 1e9; });
    REQUIRE(round != nullptr);
    CHECK(round->type == "funding_round");
    CHECK(round->parties == Parties{{"Quellwerk Therapeutics", "investee"}});
    CHECK(round->date == "2024-04-23");
}

TEST_CASE("how a takeover told just before is paid is no deal of its own") {
    const auto d = deals("Tempra said on Monday it had agreed to buy Ambrel Genetics from Konica Minolta for $600 million. "
                         "Tempra will pay $375 million in cash and $225 million in its own shares, the company said.",
                         "2024-11-04", "en");
    CHECK(d.size() == 1);
    CHECK(find_deal(d, [](const Found& f) { return f.type == "acquisition" && f.value == 600e6; }) != nullptr);
}

TEST_CASE("a quarter's spending and a raised forecast of spending are no deals") {
    const auto d = deals("Meta erhöhte am Mittwochabend seine Prognose für die Investitionen in diesem Jahr auf bis zu 40 Milliarden Dollar. "
                         "Der Windows-Konzern gab im abgelaufenen Quartal 14 Milliarden Dollar für Rechenzentren, Server und Leasingverträge aus.",
                         "2024-04-27", "de");
    CHECK(d.empty());
    // Money a firm will spend on a site in a country is invested there.
    const auto site = deals("Google said in May last year it would spend $2 billion on its first data centre and cloud region in Malaysia.", "2025-06-30", "en");
    CHECK(find_deal(site, [](const Found& f) { return f.value == 2e9; }) != nullptr);
}

TEST_CASE("whom a round draws, and backers 'such as' a fund, invest in it") {
    const auto d = deals("On Wednesday Veltra said it had raised $275 million in a funding round. The round was co-led by Triatomic Capital and Temasek, "
                         "and also drew the Qatar Investment Authority and EDBI.",
                         "2025-11-13", "en");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 275e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties.contains({"qia", "investor"}));
    CHECK(round->parties.contains({"EDBI", "investor"}));
    CHECK(round->parties.contains({"temasek", "lead_investor"}));
}

TEST_CASE("the lead's own cheque goes into the round's firm") {
    const auto d = deals("Orrin Industries said last Thursday it had raised $2.5 billion in a Series G round that valued it at $30.5 billion. Founders Fund, "
                         "the firm started by Peter Thiel, led the financing and put in $1 billion of its own, the largest single cheque in its history.",
                         "2025-06-12", "en");
    const Found* cheque = find_deal(d, [](const Found& f) { return f.value == 1e9; });
    REQUIRE(cheque != nullptr);
    CHECK(cheque->type == "investment");
    CHECK(cheque->parties == Parties{{"Orrin Industries", "investee"}, {"founders-fund", "investor"}});
}
