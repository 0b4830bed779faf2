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
