// What a fresh batch of articles of our own showed at its first reading, on sentences of our own: a takeover
// told again as "Für AMD ist Silo AI nicht der erste Zukauf", debt "in Höhe von", who tells it in "wie das
// Start-up mitteilte", a family office, a power purchase agreement, a takeover approach, a relative clause
// past an apposition, and leads who are not what a valuation in their sentence values.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("first reading: a takeover told again from the buyer's side keeps its sides, and 'der Konzern' stays the buyer") {
    const auto d = deals("Der US-Chipkonzern AMD kauft das finnische KI-Labor Silo AI für rund 665 Millionen Dollar. Für AMD ist Silo AI nicht der "
                         "erste Zukauf dieser Art. Im vergangenen Oktober hatte der Konzern bereits das Softwarehaus Nod.ai übernommen.",
                         "2024-07-10");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"amd", "buyer"}, {"Silo AI", "target"}});
    CHECK(d[1].parties == Parties{{"amd", "buyer"}, {"Nod.ai", "target"}});
    CHECK(d[1].date == "2023-10");
}

TEST_CASE("first reading: 'eine Fremdfinanzierung in Höhe von' is a loan, led by its lender") {
    const auto d = deals("Der GPU-Cloud-Anbieter Lambda hatte sich Anfang April eine Fremdfinanzierung in Höhe von 500 Millionen Dollar gesichert, "
                         "angeführt von der australischen Macquarie Group.",
                         "2024-07-10");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "loan");
    CHECK(d[0].parties == Parties{{"lambda", "borrower"}, {"macquarie", "lender"}});
}

TEST_CASE("first reading: 'wie das Start-up mitteilte' is the round's own firm, and a family office is no product of Microsoft") {
    const auto d = deals("Die Firma Lambda wurde im Februar mit 1,5 Milliarden Dollar bewertet.\n\n"
                         "Roboter-Software bleibt ein Magnet für Kapital: Skild AI aus Pittsburgh hat in einer Serie-A-Runde 300 Millionen Dollar "
                         "eingesammelt, wie das Start-up am Dienstag mitteilte. Angeführt wird die Runde von Lightspeed Venture Partners, Coatue und "
                         "Bezos Expeditions, dem Family Office von Jeff Bezos.",
                         "2024-07-10");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"skild-ai", "investee"}, {"lightspeed", "lead_investor"}, {"coatue", "lead_investor"}, {"Bezos Expeditions", "lead_investor"}});
    CHECK(std::none_of(d.begin(), d.end(), [](const test::Found& f) { return f.parties.contains({"microsoft", "investee"}); }));
}

TEST_CASE("first reading: a power purchase agreement is bought from the firm that sells power, and a takeover approach targets the firm approached") {
    auto d = deals("Constellation Energy says it has signed a 20-year power purchase agreement with Microsoft that will bring Unit 1 at Three Mile "
                   "Island back into service.",
                   "2024-09-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"constellation-energy", "provider"}, {"microsoft", "customer"}});
    CHECK_FALSE(d[0].value);  // "Unit 1" is a reactor's number, no count of compute
    d = deals("Qualcomm has made a takeover approach to Intel, people familiar with the matter said.", "2024-09-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"qualcomm", "buyer"}, {"intel", "target"}});
}

TEST_CASE("first reading: 'X, the startup co-founded by …, which came out of stealth with $230 million' is X's round, its leads value nothing") {
    const auto d = deals("In venture land, investors are still talking about World Labs, the startup co-founded by Stanford professor Fei-Fei Li, "
                         "which came out of stealth last Friday with $230 million in funding. Andreessen Horowitz and NEA led its most recent round, "
                         "with Radical Ventures also taking part, and people familiar with the matter put the company's valuation at more than $1 billion.",
                         "2024-09-20", "en");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"world-labs", "investee"}, {"a16z", "lead_investor"}, {"new-enterprise-associates", "lead_investor"},
                                    {"radical-ventures", "investor"}});
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"world-labs", "subject"}});
}

TEST_CASE("first reading: 'values the company at', a relative clause's valuation, co-investors after a long 'with' list, a regulator that clears") {
    auto d = deals("Databricks said on Tuesday that it had raised $10 billion in a Series J round that values the San Francisco-based data and AI "
                   "company at $62 billion. Thrive Capital led the round, with Andreessen Horowitz, DST Global, GIC, Insight Partners and WCM "
                   "Investment Management also taking part.",
                   "2024-12-19", "en");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->value == doctest::Approx(1e10));
    CHECK(round->parties.contains({"thrive-capital", "lead_investor"}));
    CHECK(round->parties.contains({"a16z", "investor"}));
    CHECK(round->parties.contains({"insight-partners", "investor"}));
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->value == doctest::Approx(6.2e10));
    d = deals("Earlier this month Tenstorrent closed a Series D round of $693 million that valued it at roughly $2.6 billion.", "2024-12-19", "en");
    round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->value == doctest::Approx(6.93e8));
    // A takeover "valuing the company at" its price stays the takeover's amount.
    d = deals("Cisco said on Thursday it had agreed to buy Splunk for $157 per share in cash, valuing the company at roughly $28bn.", "2023-09-21", "en");
    CHECK(std::none_of(d.begin(), d.end(), [](const test::Found& f) { return f.type == "valuation"; }));
    d = deals("Nvidia is still waiting for the European Commission to clear its purchase of Run:ai, the Israeli startup it agreed to buy in "
              "April for about $700 million.",
              "2024-12-19", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"run-ai", "target"}});
}
