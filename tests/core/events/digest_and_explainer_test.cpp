// How a newsletter digest, a feature, a short-news column and an explainer tell deals, on sentences of our
// own (made-up names for firms the gazetteer does not know): where a site lies is no firm, a person's office
// names no party, talks "with" a firm over a stake, "dabei" as "in it", a compound's descriptor.
#include <doctest/doctest.h>

#include "core/events/deal_grammar.h"
#include "support/annotate_helpers.h"
#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("digest: a place after a site's noun ('a new region in Pondara', 'ein Werk in Talheim') is no firm") {
    const auto a = test::annotate_text("Korvex opens a new cloud region in Pondara next year. Der Konzern baut ein Werk in Talheim.", "2025-12-12");
    for (const Mention& m : a.of(MentionKind::entity)) {
        CHECK(a.text(m) != "Pondara");
        CHECK(a.text(m) != "Talheim");
    }
    // What the sentence then tells keeps its one party: the investor, with no place as what it invests in.
    const auto d = deals("It covers data centres, with a new hyperscale region in Pondara scheduled to go live in mid-2026. "
                         "The pledge comes on top of the $3bn that Microsoft committed to Indian cloud infrastructure in January.",
                         "2025-12-12", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}});
}

TEST_CASE("digest: 'It is …' opening a sentence is no firm called IT met later ('the IT group')") {
    const auto d = deals("It is a year since Varun Works took a stake of about 15% in Tarka Networks. "
                         "Tarka Networks, the IT group, agreed the deal in November 2024.",
                         "2025-12-12", "en");
    REQUIRE(!d.empty());
    CHECK(d[0].parties == Parties{{"Varun Works", "investor"}, {"Tarka Networks", "investee"}});
}

TEST_CASE("feature: 'Sam Altman, the OpenAI chief executive' names where he works, OpenAI takes no part") {
    const auto d = deals("Korvex raised $5 million from Sam Altman, the OpenAI chief executive. "
                         "Lumane raised $7 million in a round led by Jane Doe, the Acme Robotics founder.",
                         "2025-10-12", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"Korvex", "investee"}, {"sam-altman", "investor"}});
    CHECK(d[1].parties == Parties{{"Lumane", "investee"}, {"Jane Doe", "lead_investor"}});
}

TEST_CASE("short news: talks 'mit X über eine Beteiligung' are over a stake in X, 'dabei' before a verb is 'in it'") {
    const auto d = deals("Amazon spricht nach Medienberichten vom Mittwoch mit OpenAI über eine Beteiligung von mindestens zehn Milliarden Dollar. "
                         "OpenAI könnte dabei mit mehr als 500 Milliarden Dollar bewertet werden.",
                         "2025-12-19", "de");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"amazon", "investor"}, {"openai", "investee"}});
    CHECK(d[1].parties == Parties{{"openai", "subject"}});
    // "A und B sind dabei" still says they take part.
    const auto e = deals("Lumane sammelt 20 Millionen Euro ein. Angeführt wird die Runde von Index Ventures, auch Accel und Korvex Capital sind dabei.",
                         "2025-12-19", "de");
    REQUIRE(!e.empty());
    CHECK(e[0].parties == Parties{{"Lumane", "investee"}, {"index-ventures", "lead_investor"}, {"accel", "investor"}, {"Korvex Capital", "investor"}});
}

TEST_CASE("short news: 'Der Datenplattform-Anbieter Snowflake' describes Snowflake, not a firm of the item before") {
    const auto d = deals("Korvex verhandelt mit OpenAI.\n\nClaude zieht bei Snowflake ein\n\n"
                         "Der Datenplattform-Anbieter Snowflake und Anthropic haben eine Partnerschaft im Umfang von 200 Millionen Dollar vereinbart.",
                         "2025-12-19", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"snowflake", "partner"}, {"anthropic", "partner"}});
}

TEST_CASE("digest: money 'committed to Indian cloud infrastructure' goes to a thing, so no firm of the article is made its investee") {
    const auto d = deals("Tarka Systems is the most talked-about firm in Pune. The pledge comes on top of the $3bn that Microsoft committed to Indian cloud infrastructure in January. "
                         "Amazon said it would invest more than $35bn across its Indian businesses by 2030.",
                         "2025-12-12", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}});
    CHECK(d[1].parties == Parties{{"amazon", "investor"}});
}

TEST_CASE("feature: the person who 'put $375 million of his own into the company' invests in the firm that raised, not in his employer") {
    const auto d = deals("Korvex Fusion is a fusion developer. In November 2021 it raised $500 million in a Series E led by Sam Altman, the OpenAI chief executive, "
                         "who put $375 million of his own into the company.",
                         "2025-10-12", "en");
    const auto* own = test::find_deal(d, [](const test::Found& f) { return f.value == 375e6; });
    REQUIRE(own);
    CHECK(own->parties == Parties{{"sam-altman", "investor"}, {"Korvex Fusion", "investee"}});
}

TEST_CASE("feature: '& Co.' before a word that opens sentences ends the sentence, electricity bought is bought like compute") {
    const auto d = deals("The round's backers included Nvidia and a group of Japanese companies led by Mitsui & Co. "
                         "Then, last month, Eni signed an agreement to buy more than $1 billion worth of electricity from Korvex Fusion.",
                         "2025-10-12", "en");
    const auto* power = test::find_deal(d, [](const test::Found& f) { return f.value == 1e9; });
    REQUIRE(power);
    CHECK(power->type == "compute_deal");
    CHECK(power->parties == Parties{{"Eni", "customer"}, {"Korvex Fusion", "provider"}});
}

TEST_CASE("feature: who 'had taken part in a Series B of X' invested in X") {
    const auto d = deals("Google had taken part in a $1.8 billion Series B of Commonwealth Fusion Systems in December 2021.", "2025-10-12", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"google", "investor"}, {"commonwealth-fusion", "investee"}});
}

TEST_CASE("short news: 'Dieser' opening a sentence is the firm the sentence before named last, not its subject") {
    const auto d = deals("Der Rechenzentrumsbetreiber Hut 8 vermietet 245 Megawatt IT-Leistung an den Cloud-Anbieter Fluidstack. "
                         "Dieser stellt dort Rechenkapazität für das KI-Labor Anthropic bereit.",
                         "2025-12-19", "de");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"fluidstack", "provider"}, {"anthropic", "customer"}});
}

TEST_CASE("explainer: ', in den kommenden zwei Jahren … abzunehmen' is no relative clause, its subject is the main clause's") {
    const auto d = deals("Außerdem sagte Tether am Montag zu, in den kommenden zwei Jahren bei Nscale GPU-Rechenleistung für 150 Millionen Dollar abzunehmen.",
                         "2025-11-11", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"tether", "customer"}, {"nscale", "provider"}});
}

TEST_CASE("explainer: 'Die Videoplattform Rumble' names Rumble, not a firm called Videoplattform") {
    const auto a = test::annotate_text("Die Videoplattform Rumble aus Florida will sämtliche Aktien der Northern Data AG übernehmen.", "2025-11-11", "de");
    for (const Mention& m : a.of(MentionKind::entity)) CHECK(a.text(m) != "Videoplattform");
}

TEST_CASE("explainer: money 'steckte … in' a firm is given even when the giver 'sicherte sich damit die Mehrheit'") {
    const auto d = deals("Im April 2024 steckte Tether 200 Millionen Dollar in den Spezialisten Blackrock Neurotech und sicherte sich damit die Mehrheit.",
                         "2025-11-11", "de");
    REQUIRE(d.size() == 1);
    // ("Blackrock Neurotech", written otherwise than BlackRock and with a word that ends firms' names, is another firm.)
    CHECK(d[0].parties == Parties{{"tether", "investor"}, {"Blackrock Neurotech", "investee"}});
}

TEST_CASE("trade blog: the founding told before a round with no firm of its own names whose round it is, 'die X anführte' leads, 'gaben Geld' takes part") {
    const auto d = deals("ClickHouse übernimmt das Berliner Start-up Langfuse. Zeitgleich sammelte ClickHouse 400 Millionen Dollar ein.\n\n"
                         "Gegründet wurde Langfuse 2022 von Marc Klingen. "
                         "Ende 2023 folgte eine Seed-Finanzierung über vier Millionen Dollar, die von Lightspeed Venture Partners angeführt wurde; "
                         "auch der Berliner Frühphasenfonds La Famiglia und der Start-up-Beschleuniger Y Combinator gaben Geld.",
                         "2026-01-16", "de");
    const auto* seed = test::find_deal(d, [](const test::Found& f) { return f.value == 4e6; });
    REQUIRE(seed);
    CHECK(seed->parties == Parties{{"Langfuse", "investee"}, {"lightspeed", "lead_investor"}, {"la-famiglia", "investor"}, {"y-combinator", "investor"}});
    const auto e = deals("Mistral erhielt eine Serie C über 350 Millionen Dollar, die Khosla Ventures anführte.", "2026-01-16", "de");
    REQUIRE(e.size() == 1);
    CHECK(e[0].parties == Parties{{"mistral-ai", "investee"}, {"khosla-ventures", "lead_investor"}});
}

TEST_CASE("explainer: a ministry's name runs over commas and 'and', its acronym in parentheses is the same body, state support and grants are invested") {
    const auto a = test::annotate_text("The Ministry of Economy, Trade and Industry said it would pay. Das Bundesministerium für Wirtschaft und Klimaschutz zahlt.", "2025-04-02", "en");
    std::vector<std::string> names;
    for (const Mention& m : a.of(MentionKind::entity)) names.push_back(a.text(m));
    CHECK(std::find(names.begin(), names.end(), "Ministry of Economy, Trade and Industry") != names.end());
    const auto d = deals("The Ministry of Economy, Trade and Industry (METI) said on Monday it would provide up to ¥802.5 billion in additional support to Rapidus. "
                         "Korvex Semiconductor was granted up to ¥476 billion by METI for its first plant.",
                         "2025-04-02", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"Ministry of Economy, Trade and Industry", "investor"}, {"rapidus", "investee"}});
    CHECK(d[1].parties == Parties{{"Ministry of Economy, Trade and Industry", "investor"}, {"Korvex Semiconductor", "investee"}});
}

TEST_CASE("digest: a list item's head before a dash ('• Korvex — …') names the firm the item is about, and its descriptors mean it") {
    const auto d = deals("• Fireworks AI — US$250 million Series C on Tuesday, led by Lightspeed Venture Partners and Index Ventures.\n\n"
                         "• Korvex — more than $100m raised this week by the San Francisco start-up. Backers include Founders Fund.",
                         "2025-10-31", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"fireworks-ai", "investee"}, {"lightspeed", "lead_investor"}, {"index-ventures", "lead_investor"}});
    CHECK(d[1].parties.count({"Korvex", "investee"}) == 1);
    CHECK(d[1].parties.count({"fireworks-ai", "investor"}) == 0);
}

TEST_CASE("newsletter: shares bought from employees are a stake, not a takeover, 'dem Start-up X … zugesagt' gives money to X") {
    const auto d = deals("Im dritten Quartal hatten Sequoia Capital und ICONIQ bei ElevenLabs Aktien von Mitarbeitern für rund 100 Mio. Dollar übernommen.",
                         "2025-11-20", "de");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"sequoia", "investor"}, {"iconiq", "investor"}, {"elevenlabs", "investee"}});
    // All of a firm's shares bought is still a takeover.
    const auto all = deals("Die Videoplattform Rumble will sämtliche Aktien der Northern Data AG übernehmen.", "2025-11-20", "de");
    REQUIRE(all.size() == 1);
    CHECK(all[0].type == "acquisition");
    const auto e = deals("Im Juni 2023 hatte Microsoft dem Start-up Mistral 9,9 Milliarden Euro zugesagt.", "2025-11-20", "de");
    REQUIRE(e.size() == 1);
    CHECK(e[0].parties == Parties{{"microsoft", "investor"}, {"mistral-ai", "investee"}});
}

TEST_CASE("conference recap: 'A month earlier' counts back from the month told last, 'His Pittsburgh company' names a place, not a firm") {
    const auto d = deals("In February 2024 Korvex raised $675m from Microsoft. A month earlier it had signed its first commercial agreement, with BMW. "
                         "Two months later Korvex agreed a partnership with OpenAI.",
                         "2025-10-09", "en");
    REQUIRE(d.size() == 3);
    CHECK(d[1].date == "2024-01");
    CHECK(d[2].date == "2024-04");
    const auto a = test::annotate_text("Pathak took a different line. His Pittsburgh company does not build robot bodies.", "2025-10-09", "en");
    for (const Mention& m : a.of(MentionKind::entity)) CHECK(a.text(m) != "Pittsburgh");
}

TEST_CASE("long read: a name the article gives a site ('the Lake Mariner site') is a place wherever it stands, not a provider") {
    const auto d = deals("Cooling towers stand at the Lake Mariner site. In August, Fluidstack agreed to lease more than 200 megawatts of critical IT capacity "
                         "at Lake Mariner under two ten-year contracts with TeraWulf.",
                         "2025-11-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"fluidstack", "customer"}, {"terawulf", "provider"}});
}

TEST_CASE("the person whose fund leads is no party: 'angeführt vom X Fund des Unternehmers Thomas Tull'") {
    const auto found = test::deals("Lambda hatte im Februar in einer Serie-C-Runde 320 Millionen Dollar aufgenommen, angeführt vom US Innovative "
                                   "Technology Fund des Unternehmers Thomas Tull.",
                                   "2024-07-11", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].parties == Parties{{"lambda", "investee"}, {"US Innovative Technology Fund", "lead_investor"}});
}

TEST_CASE("a partnership told beside a purchase the grammar cannot complete is still the partnership") {
    const auto found = test::deals("Zugleich besiegelten Kestrel und Agility Robotics eine strategische Partnerschaft: Der Zulieferer will in den "
                                   "kommenden Jahren eine dreistellige Zahl humanoider Roboter kaufen.",
                                   "2024-12-04", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "partnership");
    CHECK(found[0].parties == Parties{{"Kestrel", "partner"}, {"agility-robotics", "partner"}});
}

TEST_CASE("'wie der Bonner Konzern mitteilte' is who tells it, even with an adjective before the noun") {
    // The firm of the sentence before had been taken as a third partner, and the partnership was lost.
    const auto found = test::deals("Der Halbleiterhersteller Wolfspeed hat das Verfahren hinter sich gelassen. Die Deutsche Telekom baut ihre Kooperation "
                                   "mit dem US-Start-up Perplexity aus, wie der Bonner Konzern am Donnerstag mitteilte.",
                                   "2025-10-03", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "partnership");
    CHECK(found[0].parties == Parties{{"deutsche-telekom", "partner"}, {"perplexity", "partner"}});
}

TEST_CASE("'die Mainzer', 'die Walldorfer': a firm named by its town is the firm the text is about, not a firm of that town's adjective") {
    auto found = test::deals("BioNTech wächst. Die Mainzer haben Anfang 2023 das Londoner KI-Unternehmen InstaDeep übernommen.", "2025-10-03", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].parties == Parties{{"biontech", "buyer"}, {"instadeep", "target"}});
    // As an adjective before a noun the town only says where that firm is.
    found = test::deals("SAP baut sein KI-Geschäft aus. Die Münchner Firma Foo Labs wurde von SAP für 200 Millionen Euro übernommen.", "2025-10-03", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].parties == Parties{{"sap", "buyer"}, {"Foo Labs", "target"}});
    CHECK(is_place_demonym("walldorfern"));
    CHECK_FALSE(is_place_demonym("anleger"));
}

TEST_CASE("an award under the CHIPS Act is money given, not a compute deal") {
    const auto found = test::deals("The Commerce Department awarded Samsung up to $4.745bn under the CHIPS and Science Act.", "2024-12-20", "en");
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == "investment");
    CHECK(found[0].parties == Parties{{"us-commerce", "investor"}, {"samsung", "investee"}});
}

TEST_CASE("wire story: 'the Palo Alto company' is no venture fund, 'founded in 2023 by' a founder, 'that May', 'a round that A and B co-led'") {
    const auto found = test::deals("Quillon Health, a start-up that builds voice agents, said on Thursday it had raised $141 million in a Series B round. Kleiner "
                                   "Perkins led the financing. Andreessen Horowitz and General Catalyst also took part. The new price is more than three "
                                   "times the $500 million at which the Palo Alto company was valued last March, when it collected $53 million in a Series A "
                                   "round co-led by Premji Invest and General Catalyst.",
                                   "2025-01-09", "en");
    const auto valued = std::find_if(found.begin(), found.end(), [](const test::Found& f) { return f.type == "valuation" && f.date == "2024-03"; });
    REQUIRE(valued != found.end());
    CHECK(valued->parties == Parties{{"Quillon Health", "subject"}});
    const auto seed = test::deals("Quillon was founded in 2023 by Munjal Shah, a serial entrepreneur, and came out of stealth that May with a $50 million "
                                  "seed round that General Catalyst and Andreessen Horowitz co-led.",
                                  "2025-01-09", "en");
    REQUIRE(seed.size() == 1);
    CHECK(seed[0].parties == Parties{{"Quillon", "investee"}, {"general-catalyst", "lead_investor"}, {"a16z", "lead_investor"}});
    CHECK(seed[0].date == "2023-05");
}

TEST_CASE("a round's quote takes in the next sentence when that one names its investors") {
    const auto a = test::annotate_text("Das Münchner Start-up Lumora AI hat 20 Millionen Euro eingesammelt. Angeführt wurde die Runde von Kestrel Ventures, "
                                       "auch Nvidia beteiligte sich. Das Geld soll in neue Chips fließen.",
                                       "2025-11-03", "de");
    const auto found = extract_candidates(a.article, a.mentions, test::seed_gazetteer());
    REQUIRE(found.size() == 1);
    const Event& round = found[0].event;
    CHECK(round.participants.size() == 3);
    REQUIRE(round.sources.size() == 1);
    // The quote names the investors it lists, and stops there.
    CHECK(round.sources[0].quote == "Das Münchner Start-up Lumora AI hat 20 Millionen Euro eingesammelt. Angeführt wurde die Runde von Kestrel Ventures, "
                                    "auch Nvidia beteiligte sich.");
    CHECK(round.sources[0].sentences.size() == 2);
}

TEST_CASE("who leads 'gemeinsam mit' the lead, and a list of leads before 'gemeinsam angeführt', all lead") {
    const auto jointly = test::deals("Scale AI sammelte 325 Millionen Dollar ein. Die Serie-E-Runde wurde von Dragoneer, Greenoaks Capital und Tiger Global "
                                     "gemeinsam angeführt.",
                                     "2021-04-16", "de");
    REQUIRE(jointly.size() == 1);
    CHECK(jointly[0].parties == Parties{{"scale-ai", "investee"}, {"dragoneer", "lead_investor"}, {"greenoaks", "lead_investor"}, {"tiger-global", "lead_investor"}});
    const auto with = test::deals("Gemeinsam mit D1 Capital Partners führte Tiger Global am Mittwoch eine Runde über 300 Millionen Dollar bei Groq an.", "2021-04-16", "de");
    REQUIRE(with.size() == 1);
    CHECK(with[0].parties == Parties{{"d1-capital", "lead_investor"}, {"tiger-global", "lead_investor"}, {"groq", "investee"}});
}

TEST_CASE("regional report: leads listed after 'gemeinsam angeführt:', 'Beteiligt haben sich außerdem' names investors, 'wie das Start-up mitteilte' is no lead") {
    const auto found = test::deals("Das Stuttgarter Start-up Lumora hat 62 Millionen Euro eingesammelt. Wie das Start-up am Donnerstag mitteilte, wird die "
                                   "Serie-A-Runde von drei Wagniskapitalgebern gemeinsam angeführt: Cherry Ventures aus Berlin, UVC Partners aus München und "
                                   "Sequoia. Beteiligt haben sich außerdem Nvidia und Trumpf.",
                                   "2025-07-18", "de");
    REQUIRE(found.size() == 1);
    CHECK(found[0].parties == Parties{{"Lumora", "investee"}, {"cherry-ventures", "lead_investor"}, {"uvc-partners", "lead_investor"},
                                      {"sequoia", "lead_investor"}, {"nvidia", "investor"}, {"trumpf", "investor"}});
}
