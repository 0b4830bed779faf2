// More sides of a deal in the sentence after it: sellers of a takeover, banks of a loan; the ceiling a
// loan may grow to; the date a later sentence gives a deal; "is buying"; a compute word that only
// describes the firm bought. Sentences of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("later parties: the sellers of a takeover named in the next sentence") {
    auto d = deals("Der Konzern SoftBank übernimmt den Chipentwickler Ampere Computing für rund 6,5 Milliarden Dollar. "
                   "Verkäufer sind Oracle und der Finanzinvestor Carlyle.",
                   "2025-03-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"softbank", "buyer"}, {"ampere-computing", "target"}, {"oracle", "seller"}, {"carlyle", "seller"}});
    d = deals("SoftBank Group said on Wednesday it had agreed to acquire Ampere Computing for $6.5 billion in cash. Carlyle and Oracle, "
              "the two biggest shareholders in the company, will sell their stakes as part of the transaction.",
              "2025-03-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"softbank", "buyer"}, {"ampere-computing", "target"}, {"oracle", "seller"}, {"carlyle", "seller"}});
}

TEST_CASE("later parties: the banks of a loan named in the next sentence, and only there") {
    for (const std::string next : {"Angeführt wird es von den Banken JPMorgan und MUFG.", "Mit im Boot sind JPMorgan und MUFG."}) {
        CAPTURE(next);
        const auto d = deals("Der Betreiber Vantage Data Centers nimmt nach Berichten ein Kreditpaket von rund 38 Milliarden Dollar auf. " + next, "2025-09-20");
        REQUIRE(d.size() == 1);
        CHECK(d[0].parties == Parties{{"vantage-data-centers", "borrower"}, {"jpmorgan", "lender"}, {"mufg", "lender"}});
    }
    auto d = deals("OpenAI secured a $4 billion revolving credit facility on Thursday. Lenders include JPMorgan Chase, Citigroup and HSBC.", "2024-10-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"openai", "borrower"}, {"jpmorgan", "lender"}, {"citigroup", "lender"}, {"hsbc", "lender"}});
    // A bank named for what it expects lends nothing.
    d = deals("Der Betreiber Vantage Data Centers nimmt nach Berichten ein Kreditpaket von rund 38 Milliarden Dollar auf. "
              "Banken wie JPMorgan rechnen mit weiteren Zinssenkungen.",
              "2025-09-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"vantage-data-centers", "borrower"}});
}

TEST_CASE("later parties: the sum a credit line may grow to is the same loan") {
    auto d = deals("Ein Bankenkonsortium räumt OpenAI eine revolvierende Kreditlinie über vier Milliarden Dollar ein, die sich auf bis zu sechs "
                   "Milliarden Dollar aufstocken lässt.",
                   "2024-10-04");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "loan");
    CHECK(d[0].value == doctest::Approx(4e9));
    d = deals("OpenAI signed a $4 billion revolving credit facility with a group of banks that can be expanded to $6 billion.", "2024-10-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].value == doctest::Approx(4e9));
}

TEST_CASE("later parties: a later sentence that says when the deal was agreed dates it, unless the takeover is reported done") {
    auto d = deals("Der Konzern SoftBank übernimmt den Chipentwickler Ampere Computing für rund 6,5 Milliarden Dollar. Angekündigt wurde der Deal "
                   "Mitte März, abgeschlossen werden soll er in der zweiten Jahreshälfte.",
                   "2025-04-01");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-03");
    d = deals("AMD will pay $4.9 billion for server maker ZT Systems. The agreement was signed last August.", "2025-04-01", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"amd", "buyer"}, {"zt-systems", "target"}});
    CHECK(d[0].date == "2024-08");
    d = deals("Der IT-Konzern Hewlett Packard Enterprise hat die Übernahme des Netzwerkausrüsters Juniper Networks für rund 14 Milliarden Dollar "
              "abgeschlossen. Angekündigt worden war der Deal bereits im Januar 2024.",
              "2025-07-02");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-07-02");
    // (Also where the word opens the sentence.)
    d = deals("Abgeschlossen hat der IT-Konzern Hewlett Packard Enterprise die Übernahme des Netzwerkausrüsters Juniper Networks für rund 14 "
              "Milliarden Dollar. Angekündigt worden war der Deal bereits im Januar 2024.",
              "2025-07-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-07-03");
}

TEST_CASE("later parties: 'is buying' buys, a gerund that speaks of the deal again does not") {
    auto d = deals("SoftBank is buying Ampere Computing for $6.5 billion, the company said on Wednesday.", "2025-03-19", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"softbank", "buyer"}, {"ampere-computing", "target"}});
    d = deals("AMD agreed to buy ZT Systems for $4.9 billion in August. Buying ZT Systems was the fastest way to sell whole racks, analysts said.",
              "2025-03-19", "en");
    CHECK(d.size() == 1);
}
