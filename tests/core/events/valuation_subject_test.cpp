// A valuation values the firm that received the money, on texts of our own.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using namespace ds::test;

TEST_CASE("a valuation right after a round's investors values the round's firm, not the investor named last") {
    auto d = deals("Lumora, ein Start-up aus Hamburg, hat am Dienstag eine Series C über 243 Millionen Dollar abgeschlossen. "
                   "Angeführt wurde die Runde gemeinsam von Oak HC/FT und Andreessen Horowitz, die Bewertung liegt nun bei 1,25 Milliarden Dollar.",
                   "2025-07-31", "de");
    const Found* valuation = find_deal(d, [](const Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation != nullptr);
    CHECK(valuation->parties == Parties{{"Lumora", "subject"}});
    // A fund named last among the backers is no firm valued either; and a founding year is not the valuation's date.
    d = deals("Am Dienstag meldete Lumora Systems aus Palo Alto eine Finanzierung über 676 Millionen Dollar. "
              "Angeführt wurde die Runde vom SoftBank Vision Fund 2; außerdem gaben Temasek und WRVI Capital Geld. "
              "Das 2017 von zwei Professoren und einem früheren Manager gegründete Unternehmen wird damit mit mehr als fünf Milliarden Dollar bewertet.",
              "2021-04-15", "de");
    valuation = find_deal(d, [](const Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation != nullptr);
    CHECK(valuation->parties == Parties{{"Lumora Systems", "subject"}});
    CHECK(valuation->date == "2021-04-13");
}

TEST_CASE("a buyer valued beside the firm it buys keeps its valuation") {
    const auto d = deals("xAI has bought X in a deal that values X at $33bn. The deal values xAI itself at $80bn.", "2025-03-29", "en");
    const Found* valuation = find_deal(d, [](const Found& f) { return f.type == "valuation" && f.value == 80e9; });
    REQUIRE(valuation != nullptr);
    CHECK(valuation->parties == Parties{{"xai", "subject"}});
}

TEST_CASE("a valuation rising 'auf mehr als eine Milliarde Dollar' is told across its two-word qualifier") {
    const auto d = deals("Agile Robots hat 220 Millionen Dollar eingesammelt. Die Bewertung des Unternehmens stieg damit auf mehr als eine Milliarde Dollar, "
                         "womit es zu den Einhörnern gehört.",
                         "2021-09-20", "de");
    const Found* valuation = find_deal(d, [](const Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation != nullptr);
    CHECK(valuation->parties == Parties{{"agile-robots", "subject"}});
    CHECK(valuation->value == 1e9);
}
