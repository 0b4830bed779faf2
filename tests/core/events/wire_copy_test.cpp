// How wire copy tells a deal, on sentences of our own (made-up names for firms the gazetteer does not
// know): a dateline before the statement, co-investors who "also took part", "according to the company",
// a participle clause after the deal, and an amount given again in another currency after "or".
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("wire copy: a dateline with its agency leaves the statement's clauses whole") {
    for (const std::string dateline : {"LONDON, May 7 (Newswire) - ", "Berlin (dpa) - ", "NEW YORK (bkn) \xE2\x80\x93 ", "07.05.2024 \xE2\x80\x93 ",
                                       "London, 7 May 2024 - "}) {
        CAPTURE(dateline);
        const auto d = deals(dateline + "Varnot has raised $1.05 billion in a Series C round led by SoftBank, the company said on Tuesday, "
                                        "with chipmaker Nvidia and existing investor Microsoft also taking part.",
                             "2024-05-07");
        REQUIRE(d.size() == 1);
        CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"softbank", "lead_investor"}, {"nvidia", "investor"}, {"microsoft", "investor"}});
    }
}

TEST_CASE("wire copy: firms that 'also took part' in the sentence after a round invest in it") {
    const auto d = deals("Varnot said on Wednesday it had raised $480 million in a Series D round. The round was co-led by Kestrova Capital. "
                         "Nvidia, Accel and Lindholm Partners also took part.",
                         "2025-02-19");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties ==
          Parties{{"Varnot", "investee"}, {"Kestrova Capital", "lead_investor"}, {"nvidia", "investor"}, {"accel", "investor"}, {"Lindholm Partners", "investor"}});
}

TEST_CASE("wire copy: 'according to the company' says whose word it is and takes no part") {
    for (const std::string said : {", according to the company.", "."}) {
        CAPTURE(said);
        const auto d = deals("Varnot said on Monday it had raised $135 million in a Series B round. "
                             "Existing backers including Khosla Ventures and Accel put in more money" + said,
                             "2025-11-17");
        REQUIRE(d.size() == 1);
        CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"khosla-ventures", "investor"}, {"accel", "investor"}});
    }
    const auto d = deals("Varnot hat 40 Millionen Euro eingesammelt. Laut dem Unternehmen beteiligten sich auch Accel und Khosla Ventures.", "2025-11-17");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"khosla-ventures", "investor"}, {"accel", "investor"}});
}

TEST_CASE("wire copy: a participle clause after the deal ('betting that … the race to sell') does not make the buyer a seller") {
    const auto d = deals("Salesforce said on Tuesday it had agreed to buy data company Varnot for about $8 billion, betting that clean data will "
                         "decide which software makers win the race to sell AI agents to businesses.",
                         "2025-05-27");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"salesforce", "buyer"}, {"Varnot", "target"}});
    CHECK(d[0].value == doctest::Approx(8e9));
}

TEST_CASE("wire copy: an amount given again in another currency after 'or' is the same sum") {
    auto d = deals("Varnot said on Monday it had raised ¥20bn in a Series B round, valuing the lab at ¥400bn, or roughly $2.6bn.", "2025-11-17");
    REQUIRE(d.size() == 2);
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(round);
    REQUIRE(valuation);
    CHECK(round->value == doctest::Approx(20e9));
    CHECK(valuation->value == doctest::Approx(400e9));
    d = deals("Varnot sammelt zwei Milliarden Euro oder rund 2,2 Milliarden Dollar ein.", "2025-11-17");
    REQUIRE(d.size() == 1);
    CHECK(d[0].value == doctest::Approx(2e9));
    CHECK(d[0].unit == "EUR");
}

TEST_CASE("wire copy: a US state or a place after 'New' is no firm of the deal") {
    const auto d = deals("Earlier, Microsoft agreed to pay Nebius up to $19.4 billion for GPU capacity at a new data centre in Vineland, New Jersey.",
                         "2025-11-05", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "customer"}, {"nebius", "provider"}});
}

TEST_CASE("wire copy: a round 'that also included' firms, a stake 'sold to' a firm, and 'the company' in a relative clause about the giver") {
    auto d = deals("Harbor Labs raised $75 million in a round that also included General Catalyst and Nvidia.", "2025-06-03", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Harbor Labs", "investee"}, {"general-catalyst", "investor"}, {"nvidia", "investor"}});
    // Who sells a stake in itself is invested in; whom it goes to invests.
    d = deals("Scale AI sold a 49% stake to Meta for $14.3 billion, the companies said on Thursday.", "2025-06-13", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"scale-ai", "investee"}, {"meta", "investor"}});
    // The relative clause is about Google; "the company" in it is the firm the main clause names.
    d = deals("Anthropic has received a $2 billion commitment from Google, which had previously invested $500 million in the company.", "2025-06-03", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"anthropic", "investee"}, {"google", "investor"}});
    CHECK(d[1].parties == Parties{{"google", "investor"}, {"anthropic", "investee"}});
    CHECK(d[1].value == doctest::Approx(500e6));
}
