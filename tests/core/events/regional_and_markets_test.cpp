// How a regional business paper, a press review and a markets column tell deals, on sentences of our own
// (made-up names for firms the gazetteer does not know): a lead's phrase opening the sentence before the
// subject, a round dated by "the year before" the one just named, a takeover told by "sich einverleiben".
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("regional paper: a lead's phrase opening the sentence leaves the subject after the verb the round's own") {
    const auto d = deals("Das Zürcher Start-up Lumora wächst. Angeführt vom Londoner Investor Atomico hatte Lumora im Juli 2024 eine "
                         "Serie-A-Finanzierung über 20 Millionen Dollar abgeschlossen.",
                         "2025-09-16", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Lumora", "investee"}, {"atomico", "lead_investor"}});
}

TEST_CASE("regional paper: 'im Jahr davor' and 'a year earlier' count back from the date named before") {
    const auto d = deals("Das Zürcher Start-up Lumora wächst. Im Juli 2024 hatte Lumora 20 Millionen Dollar eingesammelt. Die Seed-Runde im Jahr davor, "
                         "zehn Millionen Dollar schwer, hatte die Risikokapitalfirma Redalpine angeführt.",
                         "2025-09-16", "de");
    REQUIRE(d.size() == 2);
    CHECK(d[1].date == "2023");
    const auto e = deals("Kovrin raised $40 million in March 2024. Two years earlier, Kovrin had raised $8 million from Sequoia.", "2025-09-16", "en");
    REQUIRE(e.size() == 2);
    CHECK(e[1].date == "2022");
    // A comparison's base is no time: "mehr als doppelt so viel wie ein Jahr zuvor".
    const auto f = test::annotate_text("Im dritten Quartal verdiente Nvidia mehr als doppelt so viel wie ein Jahr zuvor.", "2025-11-20", "de");
    for (const auto& m : f.of(MentionKind::date)) CHECK(m.timex != "2024");
}

TEST_CASE("markets column: 'sich einverleiben' buys a firm, and a majority 'an X gesichert' is a takeover of X") {
    const auto d = deals("Bereits im Sommer hatte sich Vertiv den Rack-Hersteller Kestrel Racks einverleibt, für rund 200 Millionen Dollar.", "2025-11-04", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"vertiv", "buyer"}, {"Kestrel Racks", "target"}});
    const auto e = deals("Schneider Electric hatte sich bereits im Oktober 2024 für 850 Millionen Dollar 75 Prozent an Lumivair gesichert.", "2025-11-04", "de");
    REQUIRE(e.size() == 1);
    CHECK(e[0].type == "acquisition");
    CHECK(e[0].parties == Parties{{"schneider-electric", "buyer"}, {"Lumivair", "target"}});
    // A minority secured is a stake.
    const auto f = deals("Nvidia hatte sich im Mai 2025 für 100 Millionen Dollar zehn Prozent an Lumivair gesichert.", "2025-11-04", "de");
    REQUIRE(f.size() == 1);
    CHECK(f[0].type == "investment");
    CHECK(f[0].parties == Parties{{"nvidia", "investor"}, {"Lumivair", "investee"}});
}

TEST_CASE("press review: the firm before ', das KI-Start-up von …' is named, and after a semicolon 'X und Y sind ebenfalls dabei' do not lead") {
    const auto d = deals("Auch sonst ist Bewegung. Korvani, das KI-Start-up von Ola-Gründer Bhavish Aggarwal, war im Januar aufgestiegen: Bei einer "
                         "Finanzierungsrunde über 50 Millionen Dollar wurde es mit einer Milliarde Dollar bewertet.",
                         "2024-05-24", "de");
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"Korvani", "subject"}});
    const auto e = deals("Das Start-up Lumora hat sich frisches Kapital gesichert. In der Serie-C-Runde fließen 50 Millionen Dollar. Angeführt wird sie "
                         "von Hedosophia; Nvidia und Khosla Ventures sind ebenfalls dabei.",
                         "2024-05-24", "de");
    const auto* round = test::find_deal(e, [](const test::Found& f) { return f.value == 50e6; });
    REQUIRE(round);
    CHECK(round->parties.count({"nvidia", "investor"}) == 1);
    CHECK(round->parties.count({"khosla-ventures", "investor"}) == 1);
}

TEST_CASE("regional paper: a comparison's base ('so hoch wie noch vor acht Monaten') does not date the deal") {
    const auto d = deals("Das KI-Start-up Lumora hat am Donnerstag eine Finanzierungsrunde über 350 Millionen Dollar bekannt gegeben. Die Runde bewertet das Unternehmen "
                         "mit drei Milliarden Dollar, dreimal so hoch wie noch vor acht Monaten.",
                         "2026-01-16", "de");
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->date == "2026-01-15");
}
