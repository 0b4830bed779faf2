// Capitals in brackets right after a name are that name again, on texts of our own.
#include <doctest/doctest.h>

#include "support/annotate_helpers.h"

using namespace ds;

TEST_CASE("a ticker in brackets after a known name stands for that name") {
    const auto a = test::annotate_text("Adobe (NASDAQ: ADBE) agreed to buy Semrush Holdings (SEMR), and Nvidia (NVDA.O) rose.", "2025-11-19", "en");
    const auto found = a.of(MentionKind::entity);
    REQUIRE(found.size() == 6);
    CHECK(a.text(found[1]) == "ADBE");
    CHECK(found[1].entity_id == "adobe");
    CHECK(a.text(found[3]) == "SEMR");
    CHECK(found[3].name == "SEMR");  // after an unknown name the reading of deals maps it
    CHECK(found[5].entity_id == "nvidia");
    // Capitals in brackets after a common word are a name of their own.
    const auto b = test::annotate_text("Die Firma kooperiert mit dem Verband (BITKOM) und mit SAP.", "2025-11-19", "de");
    for (const Mention& m : b.of(MentionKind::entity)) {
        if (b.text(m) == "BITKOM") CHECK(m.name == "BITKOM");
    }
}
