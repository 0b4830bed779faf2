// Lists of parties and sentences of several statements keep each party's role, on sentences of our
// own (made-up names for firms the gazetteer does not know): leads named with their noun, items
// after "und der …", a repeated "von", initials, a round's letter, a second statement after a comma.
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("deal lists: leads named after a plural noun, or after an opening participle and a relative clause") {
    auto d = deals("Das Robotik-Start-up Varnot sammelte 350 Millionen Dollar ein. "
                   "Angeführt wurde die Runde von den Investoren Kestrova Capital und Lindholm Partners, auch Google beteiligte sich.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"Kestrova Capital", "lead_investor"}, {"Lindholm Partners", "lead_investor"}, {"google", "investor"}});
    d = deals("Das KI-Labor Varnot hat sich in einer neuen Finanzierungsrunde 3 Milliarden Dollar gesichert. "
              "Angeführt wird die Runde, die als Series E bezeichnet wird, vom Staatsfonds GIC und vom New Yorker Investor Coatue.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"gic", "lead_investor"}, {"coatue", "lead_investor"}});
}

TEST_CASE("deal lists: an item after 'und der' with a noun of its kind, initials, and one who bought in after a semicolon") {
    auto d = deals("Varnot hatte Anfang Januar eine Finanzierungsrunde über 2 Milliarden Dollar abgeschlossen. Unter den Geldgebern waren die "
                   "Fondsgesellschaft Fidelity, die Qatar Investment Authority und der Netzwerkausrüster Cisco; auch Nvidia stieg erneut ein.",
                   "2026-02-13");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"fidelity", "investor"}, {"qia", "investor"}, {"cisco", "investor"}, {"nvidia", "investor"}});
    d = deals("Varnot hat 30 Millionen Dollar eingesammelt. Beteiligt sind außerdem unter anderem K. L. Brandt Ventures und Dragoneer.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"K. L. Brandt Ventures", "investor"}, {"dragoneer", "investor"}});
}

TEST_CASE("deal lists: a round's letter before a full stop ends the sentence, so the next names no lead") {
    const auto d = deals("Varnot has raised $230 million. Accel and Coatue co-led the Series D. Nvidia and Google joined as new investors.", "2025-11-13", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"accel", "lead_investor"}, {"coatue", "lead_investor"}, {"nvidia", "investor"}, {"google", "investor"}});
}

TEST_CASE("deal lists: a name and its verb after a comma open a second statement with its own amount") {
    const auto d = deals("Nvidia soll dem KI-Unternehmen Humain 18.000 seiner modernsten Chips liefern, AMD vereinbarte mit Humain eine "
                         "Zusammenarbeit über zehn Milliarden Dollar.",
                         "2025-05-14");
    REQUIRE(d.size() == 2);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"nvidia", "provider"}, {"humain", "customer"}});
    CHECK(d[0].value == doctest::Approx(18000));
    CHECK(d[0].unit == "count");
    CHECK(d[1].type == "partnership");
    CHECK(d[1].parties == Parties{{"amd", "partner"}, {"humain", "partner"}});
}

TEST_CASE("deal lists: 'die Firma' after a lead's name is the firm the paragraph is about, not the lead nor an earlier entry's") {
    const auto d = deals("14:10 Uhr – Apollo steigt bei Intel ein\nApollo zahlt elf Milliarden Dollar für einen Anteil an einer Fabrik von Intel.\n\n"
                         "08:35 Uhr – Varnot wächst\nDer Cloudanbieter Varnot will 2,2 Milliarden Dollar in Europa investieren. Anfang Mai hatte eine "
                         "Finanzierungsrunde über 1,1 Milliarden Dollar unter Führung von Coatue die Firma mit 19 Milliarden Dollar bewertet.",
                         "2024-06-04");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    const auto* valued = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(round);
    REQUIRE(valued);
    CHECK(round->parties == Parties{{"Varnot", "investee"}, {"coatue", "lead_investor"}});
    CHECK(valued->parties == Parties{{"Varnot", "subject"}});
}

TEST_CASE("deal lists: members a relative clause names stand where their group does, and 'es' is the firm the text is about") {
    const auto d = deals("Mistral AI wächst. Parallel sicherte es sich Kredite über 2,8 Milliarden Dollar von einem Bankenkonsortium, "
                         "zu dem JPMorgan, Bank of America und Goldman Sachs gehören.",
                         "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "loan");
    CHECK(d[0].parties == Parties{{"mistral-ai", "borrower"}, {"jpmorgan", "lender"}, {"bank-of-america", "lender"}, {"goldman-sachs", "lender"}});
}

TEST_CASE("deal lists: the majority of a firm taken over makes it the target, a platform named by its noun is the firm") {
    auto d = deals("Schneider Electric hatte im Oktober 2024 die Mehrheit an dem US-Kühlspezialisten Varnot übernommen.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"schneider-electric", "buyer"}, {"Varnot", "target"}});
    d = deals("Die Videoplattform Varnot wächst. Im Dezember 2024 hatte Tether angekündigt, 775 Millionen Dollar in die Videoplattform zu stecken.",
              "2025-11-10");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"tether", "investor"}, {"Varnot", "investee"}});
}

TEST_CASE("deal lists: English rounds landed, a fund of a known firm, a country's possessive, and an owner of no deal") {
    auto d = deals("Chip designer Varnot lands $693 million as investors hunt for Nvidia rivals.", "2024-12-02", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}});
    d = deals("Varnot said it had raised about $693 million in a round co-led by South Korea's Samsung Securities and AFW Partners, "
              "as investors look for challengers to Nvidia's grip on the market.",
              "2024-12-02", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"Samsung Securities", "lead_investor"}, {"AFW Partners", "lead_investor"}});
    d = deals("Varnot collected $100 million in a round led by Hyundai Motor Group and Samsung Catalyst Fund.", "2024-12-02", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"hyundai", "lead_investor"}, {"Samsung Catalyst Fund", "lead_investor"}});
}

TEST_CASE("deal lists: a headline's round and the body's 'about' the same sum are one deal") {
    const auto d = deals("Varnot lands $693 million\n\nVarnot said on Monday it had raised about $693 million in a round led by AFW Partners.", "2024-12-02", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"AFW Partners", "lead_investor"}});
}

TEST_CASE("deal lists: names of digits and capitals, initials, openers of fund names, and a place after an item") {
    auto d = deals("Varnot hat 400 Millionen Dollar eingesammelt. Die Runde führte Founders Fund an, dabei waren außerdem Lux Capital, "
                   "8VC und American Express Ventures.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"founders-fund", "lead_investor"}, {"lux-capital", "investor"}, {"8VC", "investor"},
                                  {"American Express Ventures", "investor"}});
    d = deals("Varnot hat 92 Millionen Dollar erhalten. Angeführt wurde die Runde vom Münchner Rechtsverlag C.H. Beck.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"C.H. Beck", "lead_investor"}});
    d = deals("Varnot sammelt 160 Millionen Dollar ein. Beteiligt sind außerdem der estnische Investor Plural, Cherry Ventures aus Berlin, "
              "Promus Ventures sowie der Münchner Frühphasenfonds Vsquared Ventures.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"Plural", "investor"}, {"cherry-ventures", "investor"}, {"Promus Ventures", "investor"},
                                  {"Vsquared Ventures", "investor"}});
}

TEST_CASE("deal lists: 'nun' dates a deal by the day the next sentence says it was told") {
    const auto d = deals("Nun hat das Start-up Varnot 160 Millionen Dollar eingesammelt. Das teilte die Firma am Mittwoch mit.", "2024-11-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2024-11-20");
}

TEST_CASE("deal lists: a round 'für' a firm is that firm's, and the valuation its relative clause gives is of it too") {
    const auto d = deals("Im August 2023 war AMD zusammen mit Google und Nvidia bei einer Runde von 235 Millionen Dollar für Hugging Face dabei, "
                         "die die Plattform mit 4,5 Milliarden Dollar bewertete.",
                         "2024-07-10");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"amd", "investor"}, {"google", "investor"}, {"nvidia", "investor"}, {"hugging-face", "investee"}});
    CHECK(d[1].type == "valuation");
    CHECK(d[1].parties == Parties{{"hugging-face", "subject"}});
}

TEST_CASE("deal lists: firms that 'anführten' a round in a subordinate clause lead it") {
    const auto d = deals("Varnot Labs wächst. Im September 2024 hatte Varnot Labs 260 Millionen Dollar eingesammelt, als Altimeter Capital und "
                         "DST Global die Runde anführten.",
                         "2025-06-12");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot Labs", "investee"}, {"altimeter", "lead_investor"}, {"dst-global", "lead_investor"}});
}

TEST_CASE("deal lists: after a takeover 'der Konzern' is its buyer, and 'das Start-up' keeps its name said again past a break") {
    const auto d = deals("Nvidia hat die Übernahme des Softwareherstellers Run:ai abgeschlossen. Run:ai wurde 2018 gegründet. "
                         "Im März 2022 sammelte das Start-up 75 Millionen Dollar ein, angeführt von Tiger Global; insgesamt kam Run:ai auf "
                         "118 Millionen Dollar Risikokapital. Run:ai wächst. Im Frühjahr übernahm der Konzern das Start-up Deci.",
                         "2025-01-02");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round" && f.value && *f.value == 75e6; });
    const auto* deci = test::find_deal(d, [](const test::Found& f) { return f.type == "acquisition" && f.parties.contains({"Deci", "target"}); });
    REQUIRE(round);
    REQUIRE(deci);
    CHECK(round->parties == Parties{{"run-ai", "investee"}, {"tiger-global", "lead_investor"}});
    CHECK(deci->parties == Parties{{"nvidia", "buyer"}, {"Deci", "target"}});
}

TEST_CASE("deal lists: a business angel who bought in joins the round, and a closing valuation is the story's firm, not a rival bought") {
    const auto d = deals("Das Berliner Start-up Kontorix hat in einer Series-A-Runde 40 Millionen Euro eingesammelt. Angeführt wird die Runde vom Londoner "
                         "Wagniskapitalgeber Hoxton Ventures. Auch die Bestandsinvestoren Cherry Ventures und Speedinvest beteiligten sich erneut, zudem "
                         "stieg der Business Angel Thomas Ruhland ein.\n\n"
                         "Kontorix wurde 2022 gegründet und beschäftigt rund 80 Mitarbeiter.\n\n"
                         "Die Konkurrenz ist groß. Der US-Rivale Tabulo wurde im März von der Private-Equity-Gesellschaft Thoma Bravo für 1,2 Milliarden "
                         "Dollar übernommen.\n\n"
                         "\xE2\x80\x9EWir wollen bis Ende 2026 in fünf weitere Länder\xE2\x80\x9C, sagte Gründerin Sarah Kellermann. Die Bewertung "
                         "liegt laut Branchenkreisen bei rund 200 Millionen Euro.",
                         "2025-10-14");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"Kontorix", "investee"}, {"Hoxton Ventures", "lead_investor"}, {"cherry-ventures", "investor"},
                                    {"speedinvest", "investor"}, {"Thomas Ruhland", "investor"}});
    const auto* takeover = test::find_deal(d, [](const test::Found& f) { return f.type == "acquisition"; });
    REQUIRE(takeover);
    CHECK(takeover->parties == Parties{{"Tabulo", "target"}, {"thoma-bravo", "buyer"}});
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"Kontorix", "subject"}});
}
