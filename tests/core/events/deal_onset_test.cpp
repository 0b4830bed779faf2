// A deal that says it began its parties' relationship ("erstmals", "joined", "allowed only then")
// carries a start term, on sentences of our own; a firm that joins a customer's providers makes a
// compute deal even without an amount.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/events/deal_onset.h"
#include "core/events/event_extractor.h"
#include "core/events/event_format.h"
#include "support/annotate_helpers.h"

using namespace ds;

namespace {

std::vector<Event> deals(const std::string& body, const std::string& language = "") {
    const auto a = test::annotate_text(body, "2025-09-18", language);
    std::vector<Event> out;
    for (auto& c : extract_candidates(a.article, a.mentions, test::seed_gazetteer())) out.push_back(std::move(c.event));
    return out;
}

std::string roles(const Event& e) {
    std::string out;
    for (const Participant& p : e.participants) out += (out.empty() ? "" : ", ") + (p.entity.empty() ? p.name : p.entity) + "/" + p.role;
    return out;
}

}  // namespace

TEST_CASE("onset: a provider that joins a customer's providers, named in its sentence or the one before") {
    auto d = deals("Mistral AI mietete Rechenleistung zunächst bei großen Cloud-Anbietern. CoreWeave schloss sich diesem Kreis 2024 an.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(roles(d[0]) == "mistral-ai/customer, coreweave/provider");
    CHECK(d[0].date.value == "2024");
    CHECK(start_term(d[0], false) == "joined its providers");
    CHECK(start_term(d[0], true) == "kam zu den Anbietern hinzu");
    d = deals("Oracle schloss sich 2023 den Cloud-Anbietern von OpenAI an.");
    REQUIRE(d.size() == 1);
    CHECK(roles(d[0]) == "openai/customer, oracle/provider");
    d = deals("OpenAI first rented compute only from Microsoft. Oracle joined its cloud providers in 2023.", "en");
    REQUIRE(d.size() == 2);
    CHECK(roles(d[1]) == "openai/customer, oracle/provider");
    CHECK(start_term(d[1], false) == "joined its providers");
}

TEST_CASE("onset: joining an alliance or a round, or without providers named, is no compute deal") {
    const auto d = deals("Mistral AI mietet Rechenleistung bei CoreWeave und anderen Cloud-Anbietern. Später schlossen sich Nvidia und xAI dem Bündnis an.");
    REQUIRE(d.size() == 1);
    CHECK(roles(d[0]) == "mistral-ai/customer, coreweave/provider");
    CHECK(deals("Mistral AI baut ein Rechenzentrum. CoreWeave schloss sich 2024 an.").size() == 0);
    CHECK(deals("Mistral AI raised money from cloud providers. Nvidia joined the round in 2024.", "en").size() <= 1);
}

TEST_CASE("onset: 'erstmals', 'first invested', 'for the first time' begin a relationship, a first of a valuation or a quarter does not") {
    auto d = deals("Microsoft investierte 2019 erstmals eine Milliarde Dollar in OpenAI.");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false) == "first deal between them");
    d = deals("Microsoft first invested $1 billion in OpenAI in 2019.", "en");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false) == "first deal between them");
    d = deals("Nvidia invested $500 million in Mistral AI for the first time.", "en");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false) == "first deal between them");
    d = deals("In the first quarter, Microsoft invested $1 billion in OpenAI.", "en");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false).empty());
    d = deals("Mistral AI wurde erstmals mit zehn Milliarden Euro bewertet.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "valuation");
    CHECK(start_term(d[0], false).empty());
}

TEST_CASE("onset: a deal someone allowed only then") {
    auto d = deals("Im Juni 2024 stimmte Microsoft zu, dass OpenAI einen Rechenleistungs-Deal über zehn Milliarden Dollar mit Oracle abschließen darf.");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false) == "allowed only then");
    CHECK(term_text(d[0], 0, Language::de) == "Beginn: erst da erlaubt");
    d = deals("In June 2024 Microsoft allowed OpenAI to sign a $10 billion computing deal with Oracle.", "en");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false) == "allowed only then");
    // Who permits is no side of the deal.
    CHECK(roles(d[0]) == "microsoft/approver, openai/customer, oracle/provider");
    // Agreeing to a deal is no permission: "Microsoft stimmte der Übernahme zu".
    d = deals("Die Aktionäre stimmten zu, dass Microsoft zehn Milliarden Dollar in OpenAI investiert.");
    REQUIRE(d.size() == 1);
    CHECK(start_term(d[0], false).empty());
}

TEST_CASE("onset: a compute deal dated years before this year's contract with an amount is a deal of its own") {
    const auto d = deals("Mistral AI mietet für zwei Milliarden Dollar Rechenleistung bei CoreWeave, hieß es am Montag. "
                         "CoreWeave schloss sich 2023 den Cloud-Anbietern von Mistral AI an.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].date.value == "2025-09-15");
    CHECK(d[1].date.value == "2023");
}
