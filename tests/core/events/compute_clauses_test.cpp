// Compute told beside money in one sentence, and compute words the reading had missed, on sentences of
// our own: "… as OpenAI deploys 10 GW of Nvidia systems", ", während OpenAI … aufbaut", "tensor
// processing units", "AI infrastructure"; and the date a new paragraph with a deal of its own keeps.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("compute clauses: an 'as' or 'während' clause after an investment tells the compute deal that comes with it") {
    auto d = deals("Nvidia said it would invest up to $100 billion in OpenAI as OpenAI deploys at least 10 gigawatts of Nvidia systems.", "2025-09-22", "en");
    REQUIRE(d.size() == 2);
    const auto* compute = test::find_deal(d, [](const test::Found& f) { return f.type == "compute_deal"; });
    REQUIRE(compute);
    CHECK(compute->parties == Parties{{"openai", "customer"}, {"nvidia", "provider"}});
    CHECK(compute->unit == "GW");
    d = deals("Wenige Tage später folgte eine Absichtserklärung mit dem ChatGPT-Entwickler OpenAI: Nvidia will bis zu 100 Milliarden Dollar in das "
              "Unternehmen investieren, während OpenAI Rechenzentren mit mindestens zehn Gigawatt Leistung auf Basis von Nvidia-Systemen aufbaut.",
              "2025-09-22");
    REQUIRE(d.size() == 2);
    compute = test::find_deal(d, [](const test::Found& f) { return f.type == "compute_deal"; });
    REQUIRE(compute);
    CHECK(compute->parties == Parties{{"openai", "customer"}, {"nvidia", "provider"}});
    const auto* investment = test::find_deal(d, [](const test::Found& f) { return f.type == "investment"; });
    REQUIRE(investment);
    CHECK(investment->parties == Parties{{"nvidia", "investor"}, {"openai", "investee"}});
}

TEST_CASE("compute clauses: 'tensor processing units' and 'AI infrastructure' are compute") {
    auto d = deals("Anthropic will use up to one million of Google's tensor processing units under an expanded agreement, the companies said on Thursday.",
                   "2025-10-23", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"anthropic", "customer"}, {"google", "provider"}});
    d = deals("Nebius agreed to provide Meta with $3 billion of AI infrastructure over five years.", "2025-10-23", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"nebius", "provider"}, {"meta", "customer"}});
}

TEST_CASE("compute clauses: a paragraph that opens with a deal of its own does not take the date the paragraph before was announced on") {
    const auto d = deals("Anthropic will use Google's tensor processing units under an expanded agreement, the companies said on Thursday.\n\n"
                         "Nebius agreed to provide Meta with $3 billion of AI infrastructure over five years.",
                         "2025-10-24", "en");
    const auto* nebius = test::find_deal(d, [](const test::Found& f) { return f.parties.contains({"nebius", "provider"}); });
    REQUIRE(nebius);
    CHECK(nebius->date == "2025-10-24");
}
