// Public money flows from the state: grants, subsidies and state loans read on texts of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("public money: the state gives a grant or a loan, a firm that signs it with the state receives it") {
    // "X signs a deal with Y" reads X as the giver for firms; with a department it is the receiver.
    auto d = deals("The Commerce Department praised the plan. SK hynix signed a final award of up to $458 million with the department on Thursday.",
                   "2024-12-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"us-commerce", "investor"}, {"sk-hynix", "investee"}});
    // A state's "direct funding" is a grant, not a funding round.
    d = deals("The Commerce Department finalized up to $4.745 billion in direct funding for Samsung Electronics' chip plants in Texas.",
              "2024-12-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"us-commerce", "investor"}, {"samsung", "investee"}});
    // "fördert das Werk von Infineon": aid goes to the firm beside the state.
    d = deals("Der Bund fördert das Werk von Infineon in Dresden mit rund einer Milliarde Euro.", "2025-02-20", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"bundesregierung", "investor"}, {"infineon", "investee"}});
}

TEST_CASE("public money: a state beside firms that invest together is left as it is") {
    // No word of aid: both put money in, no one named receives it.
    auto d = deals("Die Bundesregierung und Infineon investieren gemeinsam eine Milliarde Euro.", "2025-02-20", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"bundesregierung", "investor"}, {"infineon", "investor"}});
    // A firm that receives keeps the state where the sentence put it.
    d = deals("The US government agreed to take a 9.9% stake in Intel for $8.9 billion.", "2025-08-25", "en");
    REQUIRE(!d.empty());
    CHECK(d[0].parties.count({"intel", "investee"}) == 1);
}
