// How start-up news tells a round, on sentences of our own (made-up names for firms the gazetteer
// does not know): a descriptor before the firm's name, the outlet a founder spoke to, a rival named by
// its possessive, co-leads after "with", a valuation told "nach Angaben von Insidern".
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("startup news: 'Voice AI startup Varnot' names one firm, and the outlet it 'told' takes no part") {
    const auto d = deals("Voice AI startup Varnot has raised $120 million in a Series B round led by Index Ventures, the company told Tech Wire. "
                         "Existing investors Lightspeed and Y Combinator also participated.",
                         "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"index-ventures", "lead_investor"}, {"lightspeed", "investor"}, {"y-combinator", "investor"}});
}

TEST_CASE("startup news: a rival named by its possessive is not the firm bought") {
    const auto d = deals("Varnot's rival Parlance was acquired by Salesforce last year for $300 million.", "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Parlance", "target"}, {"salesforce", "buyer"}});
}

TEST_CASE("startup news: firms after 'with' that are 'co-leading' lead the round") {
    const auto d = deals("ElevenLabs closed a $180 million round in January, with Andreessen Horowitz and ICONIQ Growth co-leading.", "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"elevenlabs", "investee"}, {"a16z", "lead_investor"}, {"iconiq", "lead_investor"}});
}

TEST_CASE("startup news: a valuation 'liegt nach Angaben von Insidern bei' the sum belongs to the round's firm") {
    const auto d = deals("Das Start-up Varnot hat 20 Millionen Euro eingesammelt. Die Bewertung liegt nach Informationen aus Investorenkreisen bei "
                         "rund 600 Millionen Euro.",
                         "2025-06-12");
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"Varnot", "subject"}});
    CHECK(valuation->value == doctest::Approx(6e8));
}
