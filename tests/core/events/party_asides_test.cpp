// Firms a deal's sentence names that take no part in it: the rival a round is raised to take on, the
// owner named in an apposition; on sentences of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("whom a firm raises money to take on takes no part in the round") {
    auto d = deals("Veltra raises $120M to take on Nvidia with a chip that only runs transformers.", "2024-06-25", "en");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 120e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties == Parties{{"Veltra", "investee"}});
    // "rival Cognizant" names a firm, which takes its part.
    d = deals("Its rival Cognizant agreed last year to buy engineering firm Belcan for about $1.3 billion.", "2025-07-07", "en");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->parties.contains({"Cognizant", "buyer"}));
    // "teamed up with" and "a tie-up with" name a partner, not a rival.
    d = deals("Lyft has teamed up with Anthropic to bring the Claude models into its customer-care tools.", "2025-02-03", "en");
    const Found* partnership = find_deal(d, [](const Found& f) { return f.type == "partnership"; });
    REQUIRE(partnership != nullptr);
    CHECK(partnership->parties.contains({"anthropic", "partner"}));
}

TEST_CASE("an owner named in an apposition to a round's investor takes no part in the round") {
    auto d = deals("Das Start-up Quellwerk hat eine Milliarde Dollar eingesammelt. Angeführt wurde die Finanzierung von Arch Partners und Foresight Labs, "
                   "einem Ableger der Investmentfirma Foresight Capital.",
                   "2024-04-27", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.type == "funding_round"; });
    REQUIRE(round != nullptr);
    CHECK(round->parties == Parties{{"Quellwerk", "investee"}, {"Arch Partners", "lead_investor"}, {"Foresight Labs", "lead_investor"}});
    CHECK(d.size() == 1);
}

TEST_CASE("a stake topped up is money invested ('stockte sein Engagement auf')") {
    const auto d = deals("Im Januar 2023 stockte Microsoft sein Engagement bei OpenAI um rund zehn Milliarden Dollar auf.", "2025-03-01", "de");
    const Found* investment = find_deal(d, [](const Found& f) { return f.value == 10e9; });
    REQUIRE(investment != nullptr);
    CHECK(investment->type == "investment");
    CHECK(investment->parties.contains({"microsoft", "investor"}));
}

TEST_CASE("a deal told without a date takes the day of the next sentence that says when it was agreed") {
    const auto d = deals("Vodafone wird in den kommenden zehn Jahren 1,5 Milliarden Dollar für Cloud-Dienste von Microsoft ausgeben. Das haben der britische "
                         "Konzern und der Softwarehersteller am Dienstag als Teil einer strategischen Partnerschaft vereinbart.",
                         "2024-01-17", "de");
    const Found* compute = find_deal(d, [](const Found& f) { return f.value == 1.5e9; });
    REQUIRE(compute != nullptr);
    CHECK(compute->date == "2024-01-16");
}

TEST_CASE("a product named after its firm later is not the firm's full name, and a venture arm is no Arm") {
    const auto d = deals("Das Berliner Start-up Quellset hat eine Finanzierungsrunde über 30 Millionen Dollar abgeschlossen. Auch GV, der Venture-Arm der "
                         "Google-Mutter Alphabet, ist wieder dabei. Geld verdient Quellset mit einer kommerziellen Version, der Quellset Cloud.",
                         "2023-08-09", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 30e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties.contains({"Quellset", "investee"}));
    CHECK(round->parties.contains({"gv", "investor"}));
    CHECK_FALSE(round->parties.contains({"arm", "investor"}));
}

TEST_CASE("an English name in -ment after 'das Start-up' is the start-up's name") {
    const auto d = deals("Am Mittwoch trat das Start-up Augment aus Palo Alto aus der Deckung. Zugleich gab es eine Series-B-Finanzierung über 227 Millionen "
                         "Dollar bekannt.",
                         "2024-04-27", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 227e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties == Parties{{"Augment", "investee"}});
    CHECK(round->date == "2024-04-24");
}

TEST_CASE("a count of chips is a deal only where someone buys, supplies, builds or rents them") {
    auto d = deals("According to Veltra, a server with eight Sohu chips can generate 500,000 tokens a second, which it says would take about 160 of "
                   "Nvidia's H100 GPUs to match.",
                   "2024-06-25", "en");
    CHECK(d.empty());
    d = deals("Mitte Oktober hatte Microsoft beim britischen Start-up Nscale rund 200.000 Nvidia-Grafikprozessoren für Standorte in Texas gebucht.", "2025-11-20",
              "de");
    const Found* compute = find_deal(d, [](const Found& f) { return f.type == "compute_deal"; });
    REQUIRE(compute != nullptr);
    CHECK(compute->value == 200000);
}

TEST_CASE("a stake a firm holds is told by itself ('der rund 30,8 Prozent an Siltronic hält')") {
    const auto d = deals("Der Chemiekonzern Wacker Chemie, der rund 30,8 Prozent an Siltronic hält, hat sich bereits verpflichtet, sein Paket anzudienen.",
                         "2020-12-10", "de");
    const Found* stake = find_deal(d, [](const Found& f) { return f.type == "investment"; });
    REQUIRE(stake != nullptr);
    CHECK(stake->value == doctest::Approx(30.8));
    CHECK(stake->parties.contains({"Siltronic", "investee"}));
}

TEST_CASE("a firm named as the other's neighbour is an aside: 'das Unternehmen' after it is still the one the text is about") {
    const auto d = deals("Der Münchner Softwareanbieter Celonis hat sich eine Milliarde Dollar gesichert. Der Münchner Nachbar Personio kam bei seiner jüngsten "
                         "Finanzierung auf eine Bewertung von 1,7 Milliarden Dollar. Im Juni 2018 war das Unternehmen mit einer Runde über 50 Millionen Dollar "
                         "unter Führung von Accel erstmals mit einer Milliarde Dollar bewertet worden.",
                         "2021-06-02", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 50e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties.contains({"celonis", "investee"}));
}

TEST_CASE("a nuclear developer's power agreement with a data-centre operator: the developer provides") {
    const auto d = deals("Oklo signs 12GW power agreement with data-centre operator Switch. The deal is one of the largest of its kind.", "2024-12-18", "en");
    const Found* power = find_deal(d, [](const Found& f) { return f.type == "compute_deal"; });
    REQUIRE(power != nullptr);
    CHECK(power->parties == Parties{{"oklo", "provider"}, {"Switch", "customer"}});
}

TEST_CASE("money 'zugeschossen' is invested ('schießt Motional 475 Millionen Dollar zu')") {
    const auto d = deals("Hyundai Motor Group schießt Motional rund 475 Millionen Dollar an frischem Kapital zu.", "2024-06-14", "de");
    const Found* investment = find_deal(d, [](const Found& f) { return f.value == 475e6; });
    REQUIRE(investment != nullptr);
    CHECK(investment->type == "investment");
    CHECK(investment->parties.contains({"hyundai", "investor"}));
}

TEST_CASE("German 'sie' opening a deal's clause is the firm the sentence before spoke of") {
    const auto d = deals("Die Firma Vantora betreibt Rechenzentren in Hessen. Sie wurde 2022 für elf Milliarden Dollar von DigitalBridge gekauft.", "2025-01-10", "de");
    const Found* takeover = find_deal(d, [](const Found& f) { return f.type == "acquisition"; });
    REQUIRE(takeover != nullptr);
    CHECK(takeover->parties == Parties{{"Vantora", "target"}, {"digitalbridge", "buyer"}});
    // "wie sie sagte" is a person speaking, no party.
    const auto said = deals("Die Chefin der Firma Vantora lobte den Kauf, wie sie sagte. DigitalBridge kaufte Vantora für elf Milliarden Dollar.", "2025-01-10", "de");
    CHECK(find_deal(said, [](const Found& f) { return f.type == "acquisition"; }) != nullptr);
}

TEST_CASE("a fund's owner named in its apposition takes no part, and the perfect's lead is not undone by another clause's passive") {
    const auto d = deals("Das Softwarehaus Dataiku hat 400 Millionen Dollar eingeworben. Im Dezember 2019 hatte CapitalG, der Wachstumsfonds der "
                         "Google-Mutter Alphabet, eine Runde über 100 Millionen Dollar angeführt, damals wurde das Start-up mit 1,4 Milliarden Dollar bewertet.",
                         "2021-08-13", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 100e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties.contains({"capitalg", "lead_investor"}));
    CHECK(round->parties.contains({"Dataiku", "investee"}));  // the firm valued in its own clause
    CHECK_FALSE(round->parties.contains({"alphabet", "investee"}));
    CHECK_FALSE(round->parties.contains({"alphabet", "investor"}));
}

TEST_CASE("German plural nouns of whom a firm serves are no names after a cue") {
    const auto d = deals("Das Softwarehaus Dataiku, dessen Plattform Analysten und Data Scientists hilft, hat 400 Millionen Dollar eingeworben.", "2021-08-13", "de");
    const Found* round = find_deal(d, [](const Found& f) { return f.value == 400e6; });
    REQUIRE(round != nullptr);
    CHECK(round->parties == Parties{{"Dataiku", "investee"}});
}
