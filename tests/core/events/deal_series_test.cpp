// Deals told as a series, on sentences of our own: the next investor in the firm just funded ("folgte
// BMW mit einer eigenen Beteiligung", "Google followed with …"), more money from the same investor ("It
// added another $10 billion"), a pledge ("committed $4 billion to"), and what a partnership just told
// costs ("Die Investition beläuft sich auf …").
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("deal series: the next investor in the firm just funded, with or without a sum") {
    auto d = deals("Der Autobauer Mercedes-Benz investierte im Jahr 2024 einen zweistelligen Millionenbetrag in das US-Start-up Apptronik. "
                   "Im Frühjahr 2025 folgte BMW mit einer eigenen Beteiligung.",
                   "2025-11-03");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"apptronik", "investee"}, {"bmw", "investor"}});
    CHECK(d[1].date == "2025-SP");
    d = deals("Amazon committed $4 billion to Anthropic in 2023. Google followed weeks later with a $2 billion investment of its own.", "2025-06-03", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"amazon", "investor"}, {"anthropic", "investee"}});
    CHECK(d[1].parties == Parties{{"google", "investor"}, {"anthropic", "investee"}});
}

TEST_CASE("deal series: the investor named again by a pronoun gives more") {
    const auto d = deals("Microsoft first invested $1 billion in OpenAI in 2019. It added another $10 billion in January 2023.", "2025-06-03", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    CHECK(d[1].value == doctest::Approx(1e10));
    CHECK(d[1].date == "2023-01");
}

TEST_CASE("deal series: what a partnership just told costs") {
    const auto d = deals("Die Deutsche Telekom errichtet gemeinsam mit Nvidia in München eine Industrie-KI-Cloud. Rund 10.000 Grafikprozessoren "
                         "sollen dort zum Einsatz kommen. Die Investition beläuft sich auf rund eine Milliarde Euro.",
                         "2025-05-14");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"deutsche-telekom", "partner"}, {"nvidia", "partner"}});
    CHECK(d[0].value == doctest::Approx(1e9));
}

TEST_CASE("deal series: money put at a firm's disposal is invested, whatever compute it is for") {
    for (const std::string text : {"Der Finanzinvestor Macquarie stellt Applied Digital bis zu fünf Milliarden Dollar für den Ausbau von Rechenzentren bereit.",
                                   "Der Finanzinvestor Macquarie stellt Applied Digital bis zu fünf Milliarden Dollar bereit."}) {
        CAPTURE(text);
        const auto d = deals(text, "2025-05-21");
        REQUIRE(d.size() == 1);
        CHECK(d[0].type == "investment");
        CHECK(d[0].parties == Parties{{"macquarie", "investor"}, {"applied-digital", "investee"}});
    }
    auto d = deals("Macquarie will provide Applied Digital with up to $5 billion to build data centers, the companies said.", "2025-05-21", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    // Compute put at a firm's disposal is still compute.
    d = deals("Nscale stellt Microsoft in Norwegen Rechenleistung von 200 Megawatt bereit.", "2025-05-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"nscale", "provider"}, {"microsoft", "customer"}});
}
