// How a long read tells several deals of one firm, on sentences of our own: a pronoun for the firm the
// text is about in a sentence whose other statement has a receiver of its own, the word of the amount's
// own statement deciding its type, and a city's second word that names no firm.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("long read: 'it' signs the contract while the other statement's firm receives stock") {
    const auto d = deals("CoreWeave started as a crypto miner. Today the New Jersey company rents out hundreds of thousands of Nvidia chips. "
                         "In March it signed an $11.9 billion contract with OpenAI, and the ChatGPT maker also received $350 million of CoreWeave "
                         "stock as part of the deal.",
                         "2025-11-02", "en");
    const auto* contract = test::find_deal(d, [](const test::Found& f) { return f.value && *f.value == 11.9e9; });
    REQUIRE(contract);
    CHECK(contract->type == "compute_deal");
    CHECK(contract->parties == Parties{{"coreweave", "provider"}, {"openai", "customer"}});
    const auto* stock = test::find_deal(d, [](const test::Found& f) { return f.value && *f.value == 3.5e8; });
    REQUIRE(stock);
    CHECK(stock->type == "investment");
    CHECK(stock->parties == Parties{{"openai", "investor"}, {"coreweave", "investee"}});
}

TEST_CASE("long read: 'The San Jose firm' is the firm the text is about, not a firm called Jose") {
    const auto d = deals("Lambda, meanwhile, struck a multibillion-dollar deal with Microsoft. The San Jose firm had earlier raised $480 million "
                         "from investors including Nvidia.",
                         "2025-11-02", "en");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"lambda", "investee"}, {"nvidia", "investor"}});
}

TEST_CASE("long read: 'The New Jersey-based cloud provider borrowed' is a loan of the firm just named, and 'it secured a facility' another") {
    const auto d = deals("Oracle has become a big borrower.\n\nMuch of the playbook was written by CoreWeave. The New Jersey-based cloud provider "
                         "borrowed $2.3 billion in August 2023 in a deal led by Magnetar and Blackstone, pledging its Nvidia graphics processors as "
                         "collateral. In May 2024 it secured a $7.5 billion facility, again led by Blackstone and Magnetar.",
                         "2025-10-01", "en");
    REQUIRE(d.size() == 2);
    for (const auto& loan : d) {
        CHECK(loan.type == "loan");
        CHECK(loan.parties == Parties{{"coreweave", "borrower"}, {"magnetar", "lender"}, {"blackstone", "lender"}});
    }
    // A facility built is a site, not a loan.
    const auto site = deals("Meta is building a $10 billion facility in Louisiana for its AI models.", "2025-10-01", "en");
    CHECK(std::none_of(site.begin(), site.end(), [](const test::Found& f) { return f.type == "loan"; }));
}
