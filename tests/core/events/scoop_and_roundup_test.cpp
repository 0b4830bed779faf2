// How a scoop, an earnings recap and a weekly roundup tell deals, on sentences of our own (made-up names
// for firms the gazetteer does not know): a short name met before a fuller one of another firm, a
// partnership "teamed up", a descriptor after "invested … in".
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("roundup: a short name met first is not the fuller name of a unit named later") {
    const auto d = deals("HQ is buying most of Lumane for $116M. Co-founders Ana Lee and Bo Kim are joining HQ to run a new unit called HQ Vision.",
                         "2025-02-21", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"HQ", "buyer"}, {"Lumane", "target"}});
    // What only ends firms' names is the same firm, wherever it stands first.
    const auto e = deals("Korvat Point kauft Lumane\n\nDer Sicherheitskonzern Korvat Point Software Technologies übernimmt das Start-up Lumane.", "2025-09-16", "de");
    REQUIRE(!e.empty());
    CHECK(e[0].parties == Parties{{"Korvat Point Software Technologies", "buyer"}, {"Lumane", "target"}});
}

TEST_CASE("roundup: 'has teamed up with' and 'partnered with' make a partnership") {
    const auto d = deals("Lyft has teamed up with Anthropic to bring the Claude models into its customer-care tools.", "2025-02-21", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"Lyft", "partner"}, {"anthropic", "partner"}});
}

TEST_CASE("earnings recap: 'invested … in the developer of the Claude chatbot' invests in the product's maker") {
    const auto d = deals("SK Telecom invested $100 million in the San Francisco-based developer of the Claude chatbot in August 2023. "
                         "The start-up was valued at $61.5 billion in March.",
                         "2025-08-12", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"sk-telecom", "investor"}, {"anthropic", "investee"}});
    CHECK(d[1].parties == Parties{{"anthropic", "subject"}});
}

TEST_CASE("scoop: 'Its previous fundraise' is the round of the firm the sentence before spoke of, and 'That deal valued X at' values X") {
    const auto d = deals("SK Telecom reported results. Vast Data is in talks with Nvidia. Its previous fundraise, an $83m Series D in April 2021, "
                         "was led by Tiger Global.",
                         "2025-08-26", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"vast-data", "investee"}, {"tiger-global", "lead_investor"}});
    const auto e = deals("Kovrin raised $140m last year in a round led by Valor Equity Partners. That deal valued the Campbell, California-based "
                         "company at $1.6bn.",
                         "2025-08-26", "en");
    REQUIRE(e.size() == 2);
    CHECK(e[1].type == "valuation");
    CHECK(e[1].parties == Parties{{"Kovrin", "subject"}});
}

TEST_CASE("scoop: a list joined by 'and' ends at its last item, and 'the company' raising money is no fund named before") {
    // ("Founded … by A, B and C, Vast spent …": the firm after the founders' list is the main clause's subject.)
    const auto d = deals("Vast Data is in talks to raise money. Nvidia did too. Founded in 2016 by Renen Hallak, Shachar Fienblit and Jeff Denworth, "
                         "Vast spent its early years selling storage. Its previous fundraise, an $83m Series D in April 2021, was led by Tiger Global.",
                         "2025-08-26", "en");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.value == 83e6; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"vast-data", "investee"}, {"tiger-global", "lead_investor"}});
    const auto e = deals("Vast Data is in advanced talks to raise new funding. CapitalG is in discussions to lead the round, the people said. "
                         "The company is looking to raise more than $1bn.",
                         "2025-08-26", "en");
    const auto* raise = test::find_deal(e, [](const test::Found& f) { return f.value == 1e9; });
    REQUIRE(raise);
    CHECK(raise->parties == Parties{{"vast-data", "investee"}});
}

TEST_CASE("long read: a firm in a clause describing a party takes no part, and 'Under the agreement' gives the contract just told its size") {
    const auto d = deals("Kovrin signed the biggest contract in its history with CoreWeave, the New Jersey-based cloud company that rents Nvidia "
                         "hardware to AI labs. Under the agreement, CoreWeave will provide a cluster of more than 40,000 of Nvidia's GB300 chips.",
                         "2025-10-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"Kovrin", "customer"}, {"coreweave", "provider"}});
    CHECK(d[0].value == 40000);
    // Without a verb of renting in the description, the contract's two firms still decide it.
    const auto e = deals("Kovrin signed a contract with CoreWeave, which likes Intel.", "2025-10-20", "en");
    REQUIRE(e.size() == 1);
    CHECK(e[0].parties == Parties{{"Kovrin", "customer"}, {"coreweave", "provider"}});
}

TEST_CASE("roundup: a date the founders' phrase gives is the founding, and backers who 'also returned' took part again") {
    const auto d = deals("Kovrin, the AI hiring marketplace started by three college dropouts in 2023, pulled in $100M in Series B funding on Thursday.",
                         "2025-02-21", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-02-20");
    // (The apposition's noun, "marketplace", and its participle phrase say Kovrin is a firm.)
    CHECK(d[0].parties == Parties{{"Kovrin", "investee"}});
    const auto e = deals("Lumara raised $250M in a Series D on Monday. The round was co-led by Elad Gil and IVP. Lightspeed, Redpoint Ventures and "
                         "Spark Capital also returned.",
                         "2025-02-21", "en");
    const auto* round = test::find_deal(e, [](const test::Found& f) { return f.value == 250e6; });
    REQUIRE(round);
    CHECK(round->parties.count({"lightspeed", "investor"}) == 1);
    CHECK(round->parties.count({"spark-capital", "investor"}) == 1);
    // Back to lead it is a lead.
    const auto f = deals("IVP came back to lead a $500 million round in Perplexity in December.", "2025-02-21", "en");
    REQUIRE(f.size() == 1);
    CHECK(f[0].parties.count({"ivp", "lead_investor"}) == 1);
}
