// The grammar of deal reporting on sentences of our own (names of firms the gazetteer does not
// know are made up): roles from the verb's frame and the words before each party, rounds whose
// investors follow in later sentences, descriptors, deals without money, dates, repeats.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/events/event_extractor.h"
#include "core/events/event_format.h"
#include "support/deal_helpers.h"

using namespace ds;

using test::deals;
using test::Found;
using test::Parties;

TEST_CASE("deal grammar: a round whose lead and investors the next sentences name, unknown firms included") {
    const auto d = deals("Das Münchner Start-up Lumora sammelt 80 Millionen Euro ein. Angeführt wurde die Runde von Kestrova Capital, "
                         "beteiligt waren auch Nvidia, Vantiro Ventures und die Schwarz-Gruppe.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}, {"nvidia", "investor"},
                                  {"Vantiro Ventures", "investor"}, {"schwarz-gruppe", "investor"}});
    CHECK(d[0].value == doctest::Approx(80e6));
}

TEST_CASE("deal grammar: English rounds, led by and with participation from, in the same sentence") {
    const auto d = deals("Lumora raised $120 million in a round led by Kestrova Capital, with participation from Nvidia and Vantiro Ventures.",
                         "2025-11-20", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}, {"nvidia", "investor"}, {"Vantiro Ventures", "investor"}});
    CHECK(d[0].unit == "USD");
}

TEST_CASE("deal grammar: a relative clause of the round names who led it") {
    // Its subject leads; the firm that raised the money is the investee, not the lead.
    const auto en = deals("Lumora raised $120 million in a round that Kestrova Capital led.", "2025-11-20", "en");
    REQUIRE(en.size() == 1);
    CHECK(en[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}});
    const auto de = deals("Lumora hat 80 Millionen Euro eingesammelt, eine Runde, die Kestrova Capital anführte.");
    REQUIRE(de.size() == 1);
    CHECK(de[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}});
    // "that" after a verb says what was said: no relative clause, no lead.
    const auto said = deals("Lumora said that it raised $120 million from Kestrova Capital.", "2025-11-20", "en");
    REQUIRE(said.size() == 1);
    CHECK(said[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "investor"}});
}

TEST_CASE("deal grammar: more suppliers that 'follow' a compute deal buy for the same customer, each with its own amount") {
    const auto d = deals("Lumora sicherte sich bei Nvidia Chips für zehn Gigawatt. Im Oktober folgten AMD mit sechs Gigawatt sowie Broadcom, "
                         "mit dem Lumora eigene Beschleuniger für zwei Gigawatt entwickelt.");
    REQUIRE(d.size() == 3);
    CHECK(d[0].parties == Parties{{"Lumora", "customer"}, {"nvidia", "provider"}});
    CHECK(d[1].parties == Parties{{"Lumora", "customer"}, {"amd", "provider"}});
    CHECK(d[1].value == doctest::Approx(6));
    CHECK(d[2].parties == Parties{{"Lumora", "customer"}, {"broadcom", "provider"}});
    CHECK(d[2].value == doctest::Approx(2));
    // A sentence that follows on about something else adds no deal.
    const auto other = deals("Lumora sicherte sich bei Nvidia Chips für zehn Gigawatt. Kurz darauf folgte die nächste Wendung im Streit mit AMD um Patente.");
    CHECK(other.size() == 1);
}

TEST_CASE("deal grammar: two rounds joined by 'and' in one sentence keep their own parties") {
    const auto en = deals("The San Francisco startup Lumora builds coding agents. Kestrova Capital led an $8 million seed round in 2023, and in August 2024 the company raised a "
                          "$60 million Series A co-led by Accel and Vantiro Ventures that valued it at $400 million.",
                          "2025-11-20", "en");
    REQUIRE(en.size() == 3);
    CHECK(en[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}});
    CHECK(en[0].date == "2023");
    CHECK(en[1].parties == Parties{{"Lumora", "investee"}, {"accel", "lead_investor"}, {"Vantiro Ventures", "lead_investor"}});
    CHECK(en[1].date == "2024-08");
    CHECK(en[2].type == "valuation");
    CHECK(en[2].parties == Parties{{"Lumora", "subject"}});
    const auto de = deals("Das Berliner Start-up Lumora baut Agenten. Kestrova Capital führte 2023 eine Seed-Runde über acht Millionen Euro an, und im "
                          "August 2024 sammelte das Unternehmen 60 Millionen Euro in einer Series A ein, angeführt von Accel und Vantiro Ventures.");
    REQUIRE(de.size() == 2);
    CHECK(de[0].parties == Parties{{"Lumora", "investee"}, {"Kestrova Capital", "lead_investor"}});
    CHECK(de[1].parties == Parties{{"Lumora", "investee"}, {"accel", "lead_investor"}, {"Vantiro Ventures", "lead_investor"}});
    // A list with a comma before its "and" is one statement.
    const auto list = deals("Lumora raised $50 million from Accel, Kestrova Capital, and Vantiro Ventures.", "2025-11-20", "en");
    REQUIRE(list.size() == 1);
    CHECK(list[0].parties == Parties{{"Lumora", "investee"}, {"accel", "investor"}, {"Kestrova Capital", "investor"}, {"Vantiro Ventures", "investor"}});
}

TEST_CASE("deal grammar: a preposition before the verb does not mark the subject after it") {
    // "Im Gegenzug" is no "in": Nvidia invests, the firm named before is what "das Unternehmen" means.
    const auto d = deals("Nvidia unterzeichnete mit OpenAI eine Absichtserklärung. Im Gegenzug will Nvidia schrittweise bis zu 100 Milliarden "
                         "Dollar in das Unternehmen investieren.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"openai", "investee"}});
    // "der Anthropic-Deal" is what the sentence is about, not Anthropic: "er" stays Microsoft.
    const auto ticker = deals("Für Microsoft ist der Anthropic-Deal nur ein Baustein. Seit Wochen sichert sich der Softwarekonzern Rechenleistung "
                              "bei spezialisierten Anbietern. Anfang November vereinbarte er mit dem australischen Betreiber IREN einen Vertrag "
                              "über 9,7 Milliarden US-Dollar.");
    REQUIRE(ticker.size() == 1);
    CHECK(ticker[0].parties == Parties{{"microsoft", "customer"}, {"iren", "provider"}});
}

TEST_CASE("deal grammar: a series of takeovers, told by noun, by 'folgte' and with the price in the next sentence") {
    const auto d = deals("Tatsächlich ist Nvidia in diesem Jahr auf Einkaufstour. Im September folgte die Übernahme des Start-ups Kestrova, das "
                         "Werkzeuge für Agenten entwickelt. Anfang Oktober folgte der Softwarespezialist Vantiro. Bereits im Juni 2024 hatte Nvidia "
                         "Lumora übernommen, das von zwei Forschern gegründet wurde. Der Preis lag bei rund 700 Millionen Dollar.");
    REQUIRE(d.size() == 3);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"Kestrova", "target"}});
    CHECK(d[0].date == "2025-09");
    CHECK(d[1].parties == Parties{{"nvidia", "buyer"}, {"Vantiro", "target"}});
    CHECK(d[1].date == "2025-10");
    // The relative clause's "wurde" makes no passive of the takeover's own clause; the price comes after.
    CHECK(d[2].parties == Parties{{"nvidia", "buyer"}, {"Lumora", "target"}});
    CHECK(d[2].date == "2024-06");
    CHECK(d[2].value == doctest::Approx(700e6));
    CHECK(d[2].unit == "USD");
}

TEST_CASE("deal grammar: a list of leads ends at a semicolon before a clause of its own, and 'es' after a person's office at a firm is the firm named before") {
    const auto d = deals("Das bekannteste Beispiel ist Kestrova Lab, das Start-up der früheren OpenAI-Technikchefin Mira Murati. Im Juli schloss es eine "
                         "Seed-Runde über zwei Milliarden Dollar ab. Angeführt wurde sie von Andreessen Horowitz; Nvidia, AMD und Cisco investierten ebenfalls.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Kestrova Lab", "investee"}, {"a16z", "lead_investor"}, {"nvidia", "investor"}, {"amd", "investor"}, {"cisco", "investor"}});
}

TEST_CASE("deal grammar: the subject of 'ist' before a takeover's noun was bought, and 'der Konzern' after it is still the buyer") {
    const auto d = deals("Nvidia hat die Übernahme des Softwareherstellers Kestrova abgeschlossen. Kestrova ist nicht der einzige Zukauf, mit dem "
                         "Nvidia seine Software ausgebaut hat. Im Frühjahr übernahm der Konzern das Start-up Vantiro.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"Kestrova", "target"}});
    CHECK(d[1].parties == Parties{{"nvidia", "buyer"}, {"Vantiro", "target"}});
    const auto en = deals("Wiz is Google's biggest acquisition so far.", "2025-11-20", "en");
    REQUIRE(en.size() == 1);
    CHECK(en[0].parties == Parties{{"google", "buyer"}, {"wiz", "target"}});
}

TEST_CASE("deal grammar: a passive needs its auxiliary and participle in one clause, a co-buyer is named with gemeinsam mit, a founding year does not date a takeover") {
    // "; der Kaufpreis wurde … geschätzt", ", was lange erwartet worden war": another clause's "wurde" makes no passive.
    auto d = deals("2021 hatte der Softwarekonzern Kestrova den Berliner Spezialisten Vantiro übernommen; der Kaufpreis wurde damals auf "
                   "rund eine Milliarde Euro geschätzt. Oracle hat das Unternehmen Lumora gekauft, was lange erwartet worden war.", "2024-06-05");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"Kestrova", "buyer"}, {"Vantiro", "target"}});
    CHECK(d[1].parties == Parties{{"Lumora", "target"}, {"oracle", "buyer"}});
    // The passive itself still turns the roles.
    d = deals("Das Start-up Vantiro wurde 2022 von Nvidia übernommen.", "2024-06-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"Vantiro", "target"}});
    // "gemeinsam mit dem Finanzinvestor X die Übernahme … vereinbart": a co-buyer.
    d = deals("Nvidia hatte gemeinsam mit dem Finanzinvestor Kestrova Capital die Übernahme des Betreibers Vantiro vereinbart.", "2024-06-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"Kestrova Capital", "buyer"}, {"Vantiro", "target"}});
    // "das 2013 gegründet wurde": when the firm began; the takeover has the article's date.
    d = deals("Nvidia hat das Start-up Vantiro übernommen, das 2013 gegründet wurde.", "2024-06-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2024-06-05");
}

TEST_CASE("deal grammar: in English 'it' stays the firm the text follows past a stock's move, a tier's name and a relative clause with a verb of its own") {
    // "in a deal valuing the software maker": the firm bought; "IBM shares were little changed": no money IBM received.
    auto d = deals("IBM has agreed to buy data-streaming company Confluent for $31 a share in cash, in a deal valuing the software maker at about $11 billion. "
                   "Confluent shares jumped 29%, just below the offer price. IBM shares were little changed. Confluent went public in June 2021, so IBM's offer is below the price at which it first listed. "
                   "In April 2020 it had raised $250 million in a funding round led by Coatue Management.", "2025-12-08", "en");
    const Found* valued = test::find_deal(d, [](const Found& f) { return f.type == "valuation" && f.value == doctest::Approx(11e9); });
    REQUIRE(valued);
    CHECK(valued->parties == Parties{{"confluent", "subject"}});
    const Found* round = test::find_deal(d, [](const Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"confluent", "investee"}, {"coatue", "lead_investor"}});
    // "a Max tier": a name after "a" qualifies a noun and is not what "the company" and "it" speak of next.
    d = deals("Perplexity sells answers. Perplexity's yearly revenue nears $200 million, mostly from Pro plans at $20 a month and a Max tier at $200 a "
              "month that started in July. At $20 billion, backers pay about 100 times that.\n\nThe company has pushed hard on distribution. It has also "
              "started buying: last December it acquired Carbon, a startup that links assistants to company files.", "2025-09-10", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"perplexity", "buyer"}, {"Carbon", "target"}});
    // "… a startup whose team now helps Cursor sell to large customers": the relative clause's "sell" makes no sale.
    d = deals("Anysphere has been shopping as well. In July it bought Koala, a small enterprise-software startup whose team now helps Cursor sell to "
              "large customers.", "2025-11-13", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"anysphere", "buyer"}, {"Koala", "target"}});
    // "Xnor.ai": a name with a web domain's ending, whole.
    d = deals("In January 2020 Apple bought Seattle-based Xnor.ai, a specialist in running AI on small devices, for a reported $200m.", "2025-06-01", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"apple", "buyer"}, {"Xnor.ai", "target"}});
}

TEST_CASE("deal grammar: a person after 'das Unternehmen von' says whose firm is meant and takes no part") {
    const auto d = deals("Das Robotik-Start-up Lumora sammelt Geld ein. Im Januar hatte das Unternehmen von Anna Beispiel in einer Series B "
                         "120 Millionen Euro eingesammelt.", "2025-11-10");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Lumora", "investee"}});
}

TEST_CASE("deal grammar: an 'arrangement' or a 'pact' with a firm is a partnership") {
    for (const char* noun : {"arrangement", "pact"}) {
        const auto d = deals(std::string("Microsoft signed an unusual ") + noun + " with Inflection AI in March.", "2024-06-05", "en");
        REQUIRE(d.size() == 1);
        CHECK(d[0].type == "partnership");
        CHECK(d[0].parties == Parties{{"microsoft", "partner"}, {"inflection-ai", "partner"}});
    }
}

TEST_CASE("deal grammar: a contract 'mit' a firm is bought from it, its value may follow in the next sentence") {
    const auto d = deals("Das Start-up Lumora hat mit dem Cloud-Anbieter Oracle einen Vertrag geschlossen. Im September 2024 schloss Microsoft mit Constellation "
                         "Energy einen Abnahmevertrag über 20 Jahre. Der Wert liegt bei rund 5,5 Milliarden Dollar.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"Lumora", "customer"}, {"oracle", "provider"}});
    CHECK(d[1].type == "compute_deal");
    CHECK(d[1].parties == Parties{{"microsoft", "customer"}, {"constellation-energy", "provider"}});
    CHECK(d[1].value == doctest::Approx(5.5e9));
    CHECK(d[1].date == "2024-09");
    // A partnership's sum in the next sentence is its own.
    const auto joint = deals("Die Telekom und Nvidia bauen gemeinsam eine KI-Fabrik in München. Die Investitionssumme liegt bei rund einer Milliarde Euro.");
    REQUIRE(joint.size() == 1);
    CHECK(joint[0].type == "partnership");
    CHECK(joint[0].parties == Parties{{"deutsche-telekom", "partner"}, {"nvidia", "partner"}});
    CHECK(joint[0].value == doctest::Approx(1e9));
    // "bucht Rechenleistung bei": booked from the firm after "bei".
    const auto booked = deals("OpenAI bucht Rechenleistung bei Amazon Web Services.");
    REQUIRE(booked.size() == 1);
    CHECK(booked[0].parties == Parties{{"openai", "customer"}, {"aws", "provider"}});
    // Power: the firm that sells it provides, the cloud beside it buys.
    const auto power = deals("Talen Energy hat am Mittwoch einen Liefervertrag mit Amazon über 1,92 Gigawatt Strom aus seinem Kernkraftwerk bekanntgegeben.");
    REQUIRE(power.size() == 1);
    CHECK(power[0].parties == Parties{{"talen-energy", "provider"}, {"amazon", "customer"}});
}

TEST_CASE("deal grammar: a round with its lead and no amount is a deal of its own, and takes the investors named next") {
    const auto d = deals("Der Chipkonzern Nvidia will bis zu 100 Milliarden Dollar in das Unternehmen von Sam Altman investieren. Das Münchner "
                         "Start-up Kestrova hat eine Finanzierungsrunde abgeschlossen, die vom Fonds Vantiro Capital angeführt wurde. Beteiligt "
                         "waren auch Accel und der Staatsfonds GIC.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"openai", "investee"}});
    CHECK(d[1].type == "funding_round");
    CHECK(!d[1].value);
    CHECK(d[1].parties == Parties{{"Kestrova", "investee"}, {"Vantiro Capital", "lead_investor"}, {"accel", "investor"}, {"gic", "investor"}});
    // Minister X "im Beisein" of a presentation is no investor, so no round without an amount.
    CHECK(deals("Am Montag stellte das Start-up Kestrova im Beisein von Bundeswirtschaftsminister Robert Habeck seine neue Finanzierung vor.").empty());
}

TEST_CASE("deal grammar: after a dateline's dash the firm named is the subject, not a description of the place") {
    const auto d = deals("DÜSSELDORF (nrr) - Der Softwarekonzern Kestrova übernimmt das Düsseldorfer KI-Unternehmen Cognigy. Der Kaufpreis "
                         "liegt bei rund 955 Millionen Dollar, wie Kestrova am Montag mitteilte.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Kestrova", "buyer"}, {"cognigy", "target"}});
    CHECK(d[0].value == doctest::Approx(955e6));
}

TEST_CASE("deal grammar: 'den Rivalen' as the object is the other firm named before, a list after 'mit' shares its role") {
    const auto d = deals("Intel steckt in der Krise. Am 18. September verkündete Nvidia, fünf Milliarden Dollar in den angeschlagenen Rivalen zu "
                         "stecken. Mitte September unterschrieb Microsoft einen Fünfjahresvertrag über 6,2 Milliarden Dollar mit Nscale und Aker.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"intel", "investee"}});
    CHECK(d[1].type == "compute_deal");
    CHECK(d[1].parties == Parties{{"microsoft", "customer"}, {"nscale", "provider"}, {"Aker", "provider"}});
    // "Der große Rivale" as a subject is not the firm the text is about.
    const auto v = deals("Anthropic wird mit 183 Milliarden Dollar bewertet. Der große Rivale spielt in einer anderen Liga: OpenAI strebt eine "
                         "Bewertung von rund 500 Milliarden Dollar an.");
    REQUIRE(v.size() == 2);
    CHECK(v[1].parties == Parties{{"openai", "subject"}});
}

TEST_CASE("deal grammar: 'steigt bei X ein' without an amount is a stake, the person whose firm is named takes no part") {
    const auto d = deals("OpenAI steigt bei Thrive Holdings ein. OpenAI hat sich an Thrive Holdings beteiligt, einer Firma der Investmentgesellschaft "
                         "Thrive Capital von Joshua Kushner.");
    REQUIRE(!d.empty());
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"openai", "investor"}, {"Thrive Holdings", "investee"}});
}

TEST_CASE("deal grammar: who sold what was bought, a unit's owner, and the firm whose round the subject led") {
    const auto d = deals("SoftBank schluckt die Robotiksparte von ABB. Im Jahr 2017 hatte SoftBank den US-Roboterbauer Boston Dynamics von der "
                         "Google-Mutter Alphabet gekauft. Dem Vernehmen nach führte die Gruppe im Sommer zudem eine Finanzierungsrunde beim "
                         "Robotik-Start-up Kestrova aus Pittsburgh an.", "2025-10-08");
    REQUIRE(d.size() == 3);
    CHECK(d[0].parties == Parties{{"softbank", "buyer"}, {"abb", "seller"}});
    CHECK(d[1].parties == Parties{{"softbank", "buyer"}, {"boston-dynamics", "target"}, {"alphabet", "seller"}});
    CHECK(d[1].date == "2017");
    CHECK(d[2].type == "funding_round");
    CHECK(d[2].parties == Parties{{"softbank", "lead_investor"}, {"Kestrova", "investee"}});
    // "den Anbieter von KI-Assistenten X" describes X; it is no second firm.
    const auto described = deals("Das Start-up Armis hat 435 Millionen Dollar eingesammelt. Im März hatte ServiceNow vereinbart, den Anbieter von "
                                 "KI-Assistenten Moveworks für 2,85 Milliarden Dollar zu kaufen.");
    REQUIRE(described.size() == 2);
    CHECK(described[1].parties == Parties{{"servicenow", "buyer"}, {"moveworks", "target"}});
    // "Sold its stake in Nvidia" is no takeover of a unit.
    CHECK(deals("Der japanische Technologiekonzern SoftBank hat seine komplette Beteiligung am Chipkonzern Nvidia verkauft.").empty());
}

TEST_CASE("deal grammar: a stake sold for a sum is a sale of the firm it is in, the holder selling, whoever it goes to buying") {
    const auto de = deals("Der Konzern SoftBank hat seine gesamte Beteiligung an Nvidia für 5,8 Milliarden Dollar verkauft. "
                          "Auch seine Anteile an T-Mobile US hat SoftBank für 900 Millionen Dollar abgestoßen.");
    REQUIRE(de.size() == 2);
    CHECK(de[0].type == "acquisition");
    CHECK(de[0].parties == Parties{{"nvidia", "target"}, {"softbank", "seller"}});  // Nvidia bought it
    CHECK(de[1].parties == Parties{{"t-mobile-us", "target"}, {"softbank", "seller"}});
    const auto en = deals("SoftBank sold its entire stake in Nvidia for $5.8bn to Kestrova Capital, freeing cash for its commitments to OpenAI.",
                          "2025-11-20", "en");
    REQUIRE(en.size() == 1);
    CHECK(en[0].type == "acquisition");  // it was an investment in Nvidia
    CHECK(en[0].parties == Parties{{"nvidia", "target"}, {"softbank", "seller"}, {"Kestrova Capital", "buyer"}});
    // A firm named after the stake, not as who buys it, has no part in the sale.
    const auto fund = deals("SoftBank sold its stake in Nvidia for $5.8bn to pay for its OpenAI investment.", "2025-11-20", "en");
    REQUIRE_FALSE(fund.empty());
    CHECK(fund[0].parties == Parties{{"nvidia", "target"}, {"softbank", "seller"}});
    // Shares sold "an" someone, with no possessive: sold to them, as a round's shares are.
    const auto to = deals("Kestrova hat Aktien an SoftBank für 500 Millionen Dollar verkauft.");
    REQUIRE(to.size() <= 1);
    if (!to.empty()) CHECK(to[0].parties != Parties{{"softbank", "target"}, {"Kestrova", "seller"}});
}

TEST_CASE("deal grammar: a round's relative clause names its lead after the round's size and firm, and after an article") {
    const auto d = deals("Im September beteiligte sich Nvidia an der Finanzierungsrunde des Start-ups Kestrova über 1,7 Milliarden Euro, "
                         "die der niederländische Chipausrüster ASML anführte.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"Kestrova", "investee"}, {"asml", "lead_investor"}});
}

TEST_CASE("deal grammar: a digest's round, its sum converted, whom the money came from, and its valuation after an inserted clause") {
    const auto d = deals("Am Montag meldete das Tokioter Start-up Kestrova den Abschluss einer Series B über 20 Milliarden Yen, umgerechnet rund "
                         "135 Millionen Dollar. Das Geld kommt unter anderem von den Großbanken MUFG und Mizuho. Die Runde bewertet das Unternehmen, "
                         "das zwei frühere Forscher gegründet haben, mit 400 Milliarden Yen.", "2025-11-21");
    REQUIRE(d.size() == 2);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].value == doctest::Approx(20e9));
    CHECK(d[0].unit == "JPY");
    CHECK(d[0].parties == Parties{{"Kestrova", "investee"}, {"mufg", "investor"}, {"mizuho", "investor"}});
    CHECK(d[1].type == "valuation");
    CHECK(d[1].parties == Parties{{"Kestrova", "subject"}});
}

TEST_CASE("deal grammar: share options without money make who receives them an investor in whoever grants them") {
    const auto de = deals("AMD räumt OpenAI Aktienoptionen auf bis zu 160 Millionen eigene Aktien ein.", "2025-10-06");
    REQUIRE(de.size() == 1);
    CHECK(de[0].type == "investment");
    CHECK(de[0].parties == Parties{{"amd", "investee"}, {"openai", "investor"}});
    const auto en = deals("AMD gave the ChatGPT maker warrants for up to 160 million AMD shares.", "2025-10-06", "en");
    REQUIRE(en.size() == 1);
    CHECK(en[0].parties == Parties{{"amd", "investee"}, {"openai", "investor"}});
    // "a deal that gives Microsoft a stake": the deal gives, Microsoft receives.
    const auto stake = deals("Microsoft is investing $1.5 billion in G42, in a deal that gives Microsoft a minority stake.", "2024-04-16", "en");
    REQUIRE(stake.size() == 1);
    CHECK(stake[0].parties == Parties{{"microsoft", "investor"}, {"g42", "investee"}});
}

TEST_CASE("deal grammar: 'folgten 66 Millionen Dollar' is the next round of the same firm, with its own lead") {
    const auto d = deals("Das Berliner Start-up Kestrova hatte 2022 in einer von EQT Ventures angeführten Series A 21 Millionen Dollar eingesammelt. "
                         "Im Mai 2024 folgten 66 Millionen Dollar, diesmal unter Führung von Altimeter Capital.", "2026-01-16");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"Kestrova", "investee"}, {"eqt-ventures", "lead_investor"}});
    CHECK(d[1].type == "funding_round");
    CHECK(d[1].parties == Parties{{"Kestrova", "investee"}, {"altimeter", "lead_investor"}});
    CHECK(d[1].date == "2024-05");
    CHECK(d[1].value == doctest::Approx(66e6));
}

TEST_CASE("deal grammar: money received and told as a round in the next sentence, whose backers 'sind dabei'") {
    const auto d = deals("Das Start-up Kestrova aus San Francisco hat am Donnerstag 600 Millionen Dollar erhalten. Angeführt wurde die Runde von "
                         "CapitalG, dem Wachstumsfonds der Google-Mutter Alphabet; auch Lux Capital und Thrive Capital sind dabei.", "2025-11-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"Kestrova", "investee"}, {"capitalg", "lead_investor"}, {"lux-capital", "investor"}, {"thrive-capital", "investor"}});
    CHECK(d[0].date == "2025-11-20");
}

TEST_CASE("deal grammar: 'das Start-up' and 'der Konzern' stand for the firms the text speaks of") {
    const auto d = deals("Microsoft beteiligt sich an Mistral AI. Der Konzern investiert 15 Millionen Euro in das Pariser Start-up.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}, {"mistral-ai", "investee"}});
}

TEST_CASE("deal grammar: 'in das Unternehmen' is the firm the sentence named as an object before") {
    const auto d = deals("Dann folgte eine Absichtserklärung mit dem ChatGPT-Entwickler OpenAI: Nvidia will bis zu 100 Milliarden Dollar in das Unternehmen investieren.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"openai", "investee"}});
}

TEST_CASE("deal grammar: deals without money, a takeover, a stake in percent, compute in gigawatts") {
    auto d = deals("Helsing übernimmt den Flugzeugbauer Grobwerk Aviation.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"helsing", "buyer"}, {"Grobwerk Aviation", "target"}});
    CHECK_FALSE(d[0].value);

    d = deals("Meta takes a 49% stake in Scale AI.", "2025-06-13", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"meta", "investor"}, {"scale-ai", "investee"}});
    CHECK(d[0].unit == "percent");

    d = deals("AMD will supply OpenAI with chips totalling 6 gigawatts.", "2025-10-06", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"amd", "provider"}, {"openai", "customer"}});
    CHECK(d[0].unit == "GW");
}

TEST_CASE("deal grammar: a relative clause that leads, an apposition that takes no role, a share price that is no deal") {
    auto d = deals("Quantum Systems hat 160 Millionen Euro bei Investoren um Balderton Capital eingesammelt, der die Runde anführte.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"quantum-systems", "investee"}, {"balderton", "lead_investor"}});

    d = deals("Unter Beteiligung von NVentures, dem Wagniskapitalarm des Chipkonzerns Nvidia, stieg die Bewertung von n8n auf 2,5 Milliarden Dollar.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "valuation");
    CHECK(d[0].parties == Parties{{"n8n", "subject"}});

    CHECK(deals("CoreWeave shares opened at $39 on Friday.", "2025-03-28", "en").empty());
}

TEST_CASE("deal grammar: dates from the sentence, the one it continues, or the article, never XXXX when one is known") {
    auto d = deals("Im März 2024 einigten sich die Partner. Amazon steckte daraufhin 2,75 Milliarden Dollar in Anthropic.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2024-03");
    d = deals("Amazon steckt 4 Milliarden Dollar in Anthropic.", "2024-11-22");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2024-11-22");
    // "bis Ende 2025" is a deadline, not when the deal was struck.
    d = deals("Microsoft kündigte im Februar 2024 an, bis Ende 2025 rund 3,2 Milliarden Euro in Deutschland zu investieren.", "2024-02-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2024-02");
    // A later sentence of the paragraph that says when the deal was made known dates it; 2025-11-21 is a Friday.
    d = deals("Das Start-up Luma AI sammelt 900 Millionen Dollar bei Investoren ein. Angeführt wird die Runde von Humain. "
              "Bekannt gegeben wurde die Runde am Mittwoch.", "2025-11-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-11-19");
    d = deals("Das Start-up Luma AI sammelt 900 Millionen Dollar bei Investoren ein.\n\nAm Mittwoch wurde der Deal bekannt gegeben.", "2025-11-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].date == "2025-11-21");  // another paragraph: not this deal's telling
    // A new paragraph that tells a deal of its own is news of its own day, not of the deal before it.
    d = deals("Im Frühjahr hatte Nvidia angekündigt, sich mit 20 Millionen Dollar an Varnot zu beteiligen.\n\n"
              "Der Softwarekonzern SAP übernimmt derweil das Berliner Start-up Korvid.", "2025-11-03");
    REQUIRE(d.size() == 2);
    CHECK(d[0].date == "2025-SP");
    CHECK(d[1].date == "2025-11-03");
}

TEST_CASE("deal grammar: the same deal in the headline and the body is proposed once, with the body's investors") {
    const auto a = test::annotate_text("Lumora sammelt 80 Millionen Euro ein\n\nDas Start-up Lumora hat 80 Millionen Euro bei Kestrova Capital eingesammelt.");
    const auto c = extract_candidates(a.article, a.mentions, test::seed_gazetteer());
    REQUIRE(c.size() == 1);
    CHECK(c[0].event.participants.size() == 2);
    CHECK(participant_name(c[0].event.participants[1], test::seed_gazetteer()) == "Kestrova Capital");
    // Unknown names read as the article writes them, from → to.
    CHECK(event_participants_text(c[0].event, test::seed_gazetteer()) == "Kestrova Capital \xE2\x86\x92 Lumora");
}

TEST_CASE("deal grammar: leads named by a relative clause, a participle at the clause's end, or as a part of the round") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    // ", die von X angeführt wurde" is a relative clause, not an apposition to the name before it.
    auto d = deals("Das Berliner Start-up n8n hat eine Finanzierung über 180 Millionen Dollar abgeschlossen, die von Accel angeführt wurde.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"n8n", "investee"}, {"accel", "lead_investor"}});
    // The participle closes a clause that names two leads, the second with a noun before it.
    d = deals("Black Forest Labs hat eine Runde über 300 Millionen Dollar abgeschlossen. "
              "Die Runde wurde gemeinsam von Salesforce Ventures und dem Fonds General Catalyst angeführt.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"black-forest-labs", "investee"}, {"salesforce-ventures", "lead_investor"}, {"general-catalyst", "lead_investor"}});
    // A lead that pays a part of the round: the round's lead, and the investor of its own part.
    d = deals("Mistral AI hat in einer Finanzierungsrunde 1,7 Milliarden Euro eingesammelt. "
              "Angeführt wurde die Runde vom Chipausrüster ASML, der allein 1,3 Milliarden Euro beisteuert.");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties.count({"asml", "lead_investor"}) == 1);
    CHECK(d[1].type == "investment");
    CHECK(d[1].parties == Parties{{"mistral-ai", "investee"}, {"asml", "investor"}});
    // Names before "are among the backers" took part.
    d = deals("Safe Superintelligence has raised $2 billion. Greenoaks led the round, and Alphabet and Nvidia are among the backers.", "2025-04-12", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"safe-superintelligence", "investee"}, {"greenoaks", "lead_investor"}, {"alphabet", "investor"}, {"nvidia", "investor"}});
    // … and names before "also put money in", in a sentence of their own.
    d = deals("Cohere has raised $500M in a new round. Greenoaks led the round. Nvidia and Salesforce Ventures also put money in.", "2025-08-14", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"cohere", "investee"}, {"greenoaks", "lead_investor"}, {"nvidia", "investor"}, {"salesforce-ventures", "investor"}});
}

TEST_CASE("deal grammar: who a descriptor is, and who only describes a firm") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    // "das Unternehmen von Sam Altman": the firm the person leads, by the gazetteer's relations.
    auto d = deals("Nvidia will bis zu 100 Milliarden Dollar in das Unternehmen von Sam Altman investieren.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"openai", "investee"}});
    // A firm does not invest in its own group: "the company" is then the firm the text names most.
    d = deals("Anthropic builds the Claude models. Anthropic sells them to businesses. Google Cloud runs data centres. "
              "Google took a stake of about 10% in the company.", "2025-10-24", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"google", "investor"}, {"anthropic", "investee"}});
    // The person who runs a firm, and an apposition, describe it; "values the company" is the subject.
    d = deals("Perplexity, the AI search startup run by Aravind Srinivas, has raised $500 million in a round led by Thrive Capital "
              "that values the company at about $9 billion.", "2025-05-12", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"perplexity", "investee"}, {"thrive-capital", "lead_investor"}});
    CHECK(d[1].parties == Parties{{"perplexity", "subject"}});
    // ", den Chipentwickler X zu übernehmen": an infinitive shares the main clause's subject; no apposition after a verb.
    d = deals("Im März hatte SoftBank angekündigt, den US-Chipentwickler Ampere Computing für 6,5 Milliarden Dollar zu übernehmen.", "2025-11-11");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"softbank", "buyer"}, {"ampere-computing", "target"}});
    // "it … into the company": the pronoun is the firm the text is about, "the company" the same one again.
    d = deals("Cohere has raised $500 million in a new round, the company said on Thursday. "
              "In May it acquired Ottogrid, a small startup, for an undisclosed sum, and brought its team into the company.", "2025-08-14", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[1].type == "acquisition");
    CHECK(d[1].parties == Parties{{"cohere", "buyer"}, {"Ottogrid", "target"}});
}

TEST_CASE("deal grammar: a round's investors in lists with owners, places, 'as well as' and a bare article") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    // "Singapore's GIC" stands in the list as GIC; "as well as … and his …" go on with it.
    auto d = deals("Anthropic raised $13 billion in a round. The round also drew money from the Qatar Investment Authority, Singapore's GIC "
                   "and Goldman Sachs Alternatives, as well as Prince Alwaleed Bin Talal and his Kingdom Holding.", "2025-09-03", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"anthropic", "investee"}, {"qia", "investor"}, {"gic", "investor"}, {"goldman-sachs-alternatives", "investor"},
                                  {"alwaleed-bin-talal", "investor"}, {"kingdom-holding", "investor"}});
    // "among them", a place that only says where a fund is from, and "with … joining".
    d = deals("In December xAI raised another $6 billion. The round drew a long list of new backers, among them BlackRock, Morgan Stanley, "
              "the Abu Dhabi investment group MGX and the Oman Investment Authority, with Nvidia joining as a strategic investor.", "2025-01-10", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"xai", "investee"}, {"blackrock", "investor"}, {"morgan-stanley", "investor"}, {"mgx", "investor"},
                                  {"oman-investment-authority", "investor"}, {"nvidia", "investor"}});
    // ", die Stepstone Group, Fidelity": an article with no describing noun before a name is one more item.
    d = deals("xAI hat eine Finanzierungsrunde über 20 Milliarden Dollar abgeschlossen. "
              "An der Runde beteiligten sich Valor Equity Partners, die Stepstone Group, Fidelity und Baron Capital.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"xai", "investee"}, {"valor-equity", "investor"}, {"stepstone", "investor"}, {"fidelity", "investor"}, {"baron-capital", "investor"}});
    // "weitere sechs Milliarden Dollar folgen": more money for the firm of the last round, a round of its own.
    d = deals("Im Mai 2024 sammelte xAI sechs Milliarden Dollar ein. Im Dezember 2024 folgten weitere sechs Milliarden Dollar.");
    REQUIRE(d.size() == 2);
    CHECK(d[1].type == "funding_round");
    CHECK(d[1].date == "2024-12");
    CHECK(d[1].parties == Parties{{"xai", "investee"}});
}

TEST_CASE("deal grammar: stakes without an amount, relative clauses, and a descriptor that continues the sentence before") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    // A stake held, with both sides named by the grammar; not one refused, nor the headline of an amount told below.
    auto d = deals("Auch die Google-Mutter Alphabet hält eine Beteiligung an Anthropic.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(!d[0].value);
    CHECK(d[0].parties == Parties{{"alphabet", "investor"}, {"anthropic", "investee"}});
    CHECK(deals("Google erhält keine Beteiligung an Windsurf.").empty());
    d = deals("Microsoft beteiligt sich an Mistral AI\n\nMicrosoft investiert 15 Millionen Euro in Mistral AI.", "2024-02-27");
    REQUIRE(d.size() == 1);
    CHECK(d[0].value == 15e6);
    // ", das Milliarden in OpenAI investiert hat": the relative clause's subject is the name before it.
    d = deals("Für Amazon ist das ein Baustein im Wettbewerb mit Microsoft, das Milliarden in OpenAI investiert hat.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    // "der größte Geldgeber des ChatGPT-Entwicklers OpenAI": whom the money backs.
    d = deals("Microsoft ist mit rund 13 Milliarden Dollar der größte Geldgeber des ChatGPT-Entwicklers OpenAI.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    // ", den Helsing … bekannt gemacht hat:" is a relative clause; "Das Start-up" after it is Helsing, the buyer.
    d = deals("Zum Kurs passt ein Zukauf, den Helsing im Juni bekannt gemacht hat: Das Start-up übernimmt den Flugzeugbauer Grob Aircraft.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"helsing", "buyer"}, {"Grob Aircraft", "target"}});
    // "Der Vergleich mit Mistral AI …. Das Pariser Start-up hatte …": the one firm the sentence before named.
    d = deals("Aleph Alpha sammelt 500 Millionen Dollar ein. Aleph Alpha wächst schnell. Aleph Alpha stellt ein. "
              "Der Vergleich mit Mistral AI drängt sich auf. Das Pariser Start-up hatte im Juni 2023 eine Seed-Finanzierung über 105 Millionen Euro abgeschlossen.",
              "2023-11-06");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"mistral-ai", "investee"}});
}

TEST_CASE("deal grammar: results, share prices, share counts, running totals and parts are no deals") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    CHECK(deals("Revenue last year came to $1.9 billion, but CoreWeave also reported a net loss of $863 million.", "2025-03-28", "en").empty());
    CHECK(deals("Shares of Nebius jumped more than 40% in extended trading after the announcement.", "2025-09-09", "en").empty());
    CHECK(deals("CoreWeave sold 37.5 million shares at $40 each late on Thursday.", "2025-03-28", "en").empty());
    CHECK(deals("CoreWeave had aimed for 49 million shares, which would have brought in up to $2.7 billion.", "2025-03-28", "en").empty());
    // "bringing … total … to $8 billion": the running total of what the sentence told.
    auto d = deals("Amazon will invest another $4 billion in Anthropic, bringing the online retailer's total commitment to the company to $8 billion.",
                   "2024-11-22", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].value == 4e9);
    // ", with $500 million paid up front and $1.5 billion to follow": parts of the amount before.
    d = deals("In October 2023 Google agreed to invest up to $2 billion in Anthropic, with $500 million paid up front and $1.5 billion to follow.",
              "2025-10-24", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"google", "investor"}, {"anthropic", "investee"}});
    // "paid in two steps … in March": money invested, not a takeover; "in March" is no thing it went into.
    d = deals("Amazon agreed to invest $4 billion in Anthropic in September 2023. That commitment was paid in two steps, the last $2.75 billion in March 2024.",
              "2024-11-22", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[1].type == "investment");
    CHECK(d[1].parties == Parties{{"amazon", "investor"}, {"anthropic", "investee"}});
}

TEST_CASE("deal grammar: a chief acts for her firm, a reviewer takes no part, an infinitive's object is the target") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Im August 2024 kündigte Vorstandschefin Lisa Su an, den US-Serverbauer ZT Systems für 4,9 Milliarden Dollar zu übernehmen.", "2025-10-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"amd", "buyer"}, {"zt-systems", "target"}});
    // Elon Musk leads several firms: he stays a person, and the owner in "Musks Raumfahrtfirma SpaceX" acts for none.
    d = deals("Musks Raumfahrtfirma SpaceX steckt zwei Milliarden Dollar in xAI.", "2025-07-14");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"spacex", "investor"}, {"xai", "investee"}});
    d = deals("Nvidia übernahm das Start-up Run:ai. Die Übernahme wurde von der EU-Kommission geprüft, die am Ende grünes Licht gab.", "2025-01-10");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "buyer"}, {"run-ai", "target"}});
}

TEST_CASE("deal grammar: a sale's seller and buyer, what a deal is worth, joint money and sums of deals") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("On Monday, AMD said it had agreed to sell the manufacturing arm of ZT Systems to Sanmina, a US contract manufacturer, "
                   "in a deal valued at $3 billion in cash and stock.", "2025-05-21", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].value == 3e9);
    CHECK(d[0].parties == Parties{{"amd", "seller"}, {"sanmina", "buyer"}, {"zt-systems", "target"}});
    d = deals("Nach Abschluss der Übernahme verkaufte AMD die Fertigungssparte von ZT Systems an den Auftragsfertiger Sanmina für drei Milliarden Dollar.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"amd", "seller"}, {"sanmina", "buyer"}, {"zt-systems", "target"}});
    // Selling without a buyer is no takeover.
    CHECK(deals("SoftBank hat Nvidia-Aktien für 5,8 Milliarden Dollar verkauft.").empty());
    // Money two firms put into something of their own together.
    d = deals("Die Deutsche Telekom und Nvidia investieren rund eine Milliarde Euro in eine gemeinsame KI-Cloud in München.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"deutsche-telekom", "partner"}, {"nvidia", "partner"}});
    // The sum of the contracts told before.
    CHECK(deals("Insgesamt summieren sich die Verträge mit OpenAI damit auf rund 22,4 Milliarden Dollar.").empty());
}

TEST_CASE("deal grammar: a part of the round and the investors of the rest, and money put into that round") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("SoftBank will lead a USD 40 billion funding round in OpenAI.\n\n"
                   "Under the terms, SoftBank will provide USD 30 billion of the total, with the remaining USD 10 billion coming from a syndicate "
                   "of investors that includes Microsoft and Coatue Management.", "2025-04-01", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"openai", "investee"}, {"softbank", "lead_investor"}, {"microsoft", "investor"}, {"coatue", "investor"}});
    CHECK(d[1].type == "investment");
    CHECK(d[1].value == 30e9);
    CHECK(d[1].parties == Parties{{"openai", "investee"}, {"softbank", "investor"}});
    d = deals("In October OpenAI raised USD 6.6 billion in a round led by Thrive Capital. SoftBank put USD 500 million into that round.", "2025-04-01", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"openai", "investee"}, {"thrive-capital", "lead_investor"}, {"softbank", "investor"}});
}

TEST_CASE("deal grammar: joint plans, a fund's part in someone's round, sums of rounds, and stakes cut") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Nvidia und der Fahrdienstvermittler Uber wollen gemeinsam eine Flotte autonomer Fahrzeuge aufbauen.", "2025-10-28");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"nvidia", "partner"}, {"uber", "partner"}});
    d = deals("Der Staatsfonds MGX aus Abu Dhabi wächst. Der Fonds war an der Finanzierungsrunde von OpenAI im Oktober 2024 beteiligt.", "2025-10-15");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"mgx", "investor"}, {"openai", "investee"}});
    CHECK(deals("Together, the three rounds add up to more than $10 billion of fresh equity.", "2025-06-01", "en").empty());
    // A stake cut says nothing about whom "the company" of the next round is.
    d = deals("SoftBank steht bei OpenAI im Wort. Zudem reduzierte SoftBank seine Beteiligung am Mobilfunkanbieter T-Mobile US. "
              "Im März hatte SoftBank eine Finanzierungsrunde über 40 Milliarden Dollar angeführt, bei der das Unternehmen von Sam Altman "
              "mit 300 Milliarden Dollar bewertet wurde.", "2025-11-11");
    REQUIRE(d.size() == 2);
    CHECK(d[0].parties == Parties{{"softbank", "lead_investor"}, {"openai", "investee"}});
    CHECK(d[1].parties == Parties{{"openai", "subject"}});
}

TEST_CASE("deal grammar: compute named by its product is provided by the product's maker") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Der Claude-Entwickler Anthropic sichert sich Zugriff auf bis zu eine Million TPUs.", "2025-10-24");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].value == 1e6);
    CHECK(d[0].parties == Parties{{"anthropic", "customer"}, {"google", "provider"}});
    d = deals("Oracle said on Tuesday that it would deploy 50,000 of AMD's Instinct MI450 graphics processors in its cloud.", "2025-10-16", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"oracle", "customer"}, {"amd", "provider"}});
}

TEST_CASE("deal grammar: compute built for a customer, and its size told in the next sentence") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    const auto d = deals("Nvidia baut gemeinsam mit Oracle den größten KI-Supercomputer für das US-Energieministerium. "
                         "Das System soll bei Chicago stehen und 100.000 Blackwell-Chips umfassen.", "2025-10-28");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].value == 100000);
    CHECK(d[0].parties == Parties{{"nvidia", "provider"}, {"oracle", "provider"}, {"us-energy", "customer"}});
}

TEST_CASE("deal grammar: the head of a round, half of a firm, now, and a round told by its valuation") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Im Juni hatte Mistral AI 105 Millionen Euro eingesammelt. "
                   "Nun steht Mistral vor dem Abschluss einer weiteren Runde von rund 400 Millionen Euro, an deren Spitze Andreessen Horowitz stehen soll.",
                   "2023-11-06");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"mistral-ai", "investee"}, {"a16z", "lead_investor"}});
    CHECK(d[1].date == "2023-11-06");  // "nun": now, not June
    d = deals("Meta zahlt 14 Milliarden Dollar für eine knappe Hälfte von Scale AI.", "2025-06-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"meta", "investor"}, {"scale-ai", "investee"}});
    d = deals("Im Januar 2023 hatte DeepL bei einer Runde unter Führung von IVP eine Bewertung von mehr als einer Milliarde Dollar erreicht.", "2025-05-20");
    REQUIRE(d.size() == 2);
    CHECK(d[0].type == "valuation");
    CHECK(d[1].type == "funding_round");
    CHECK(!d[1].value);
    CHECK(d[1].parties == Parties{{"deepl", "investee"}, {"ivp", "lead_investor"}});
}

TEST_CASE("deal grammar: options received make an investor, and 'it' after a firm's own sentences is that firm") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Im September hatte Google bei Cipher Mining Optionsrechte auf rund 5,4 Prozent der Anteile erhalten.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"google", "investor"}, {"cipher-mining", "investee"}});
    d = deals("Together AI raised $305 million in a round led by General Catalyst.\n\n"
              "Crusoe, another fast riser, took a different route. The Denver company started out mining bitcoin. "
              "In December it raised $600 million in a round led by Founders Fund.", "2025-02-21", "en");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"crusoe", "investee"}, {"founders-fund", "lead_investor"}});
}

TEST_CASE("deal grammar: buying a firm, and buying its stock") {
    using Parties = std::set<std::pair<std::string, std::string>>;
    auto d = deals("Salesforce said on Tuesday it had agreed to buy data management company Informatica for about $8 billion.", "2025-05-27", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"salesforce", "buyer"}, {"informatica", "target"}});
    d = deals("Days earlier, SoftBank had agreed to buy $2 billion of Intel stock.", "2025-09-19", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"softbank", "investor"}, {"intel", "investee"}});
}

TEST_CASE("deal grammar: a headline's takeover with its price and the body's without it are one, dated by the body") {
    const auto d = deals("Meta to buy Vantiro in deal reported at more than $2 billion\n\n"
                         "Meta Platforms has agreed to acquire Vantiro, the companies said on Monday.",
                         "2025-12-30", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"meta", "buyer"}, {"Vantiro", "target"}});
    CHECK(d[0].value == doctest::Approx(2e9));
    CHECK(d[0].date == "2025-12-29");
}

TEST_CASE("deal grammar: a verb for each target makes a takeover each, one verb with a consortium stays one") {
    const auto two = deals("Meta has since bought the voice start-up Kalvero and agreed to acquire the chip designer Ostrava.", "2025-12-30", "en");
    REQUIRE(two.size() == 2);
    CHECK(two[0].parties == Parties{{"meta", "buyer"}, {"Kalvero", "target"}});
    CHECK(two[1].parties == Parties{{"meta", "buyer"}, {"Ostrava", "target"}});
    const auto both = deals("Meta agreed to buy both Kalvero and Ostrava.", "2025-12-30", "en");
    CHECK(both.size() == 2);
    const auto consortium = deals("Ein Konsortium um MGX und BlackRock kauft den Betreiber Aligned Data Centers.", "2025-10-16");
    REQUIRE(consortium.size() == 1);
}

TEST_CASE("deal grammar: a date after a second amount is that amount's, unless it dates the telling") {
    const auto d = deals("A person familiar with the matter put the price Meta pays for Vantiro at more than $2 billion, its biggest "
                         "purchase since it paid about $19 billion for a messaging app in 2014.",
                         "2025-12-30", "en");
    REQUIRE_FALSE(d.empty());
    CHECK(d[0].value == doctest::Approx(2e9));
    CHECK(d[0].date != "2014");
    const auto told = deals("Nvidia will lead a $40 billion investment in OpenAI that values it at $300 billion, OpenAI said on Monday.",
                            "2025-04-01", "en");
    REQUIRE_FALSE(told.empty());
    CHECK(told[0].date == "2025-03-31");
}

TEST_CASE("deal grammar: taking over an office, a price moving and a spending plan are no deals") {
    CHECK(deals("SoftBank trägt die finanzielle Verantwortung, SoftBank-Chef Masayoshi Son soll den Vorsitz übernehmen.").empty());
    CHECK(deals("Even so, Broadcom shares slipped about 4% in extended trading after the chief warned of thinner margins.", "2025-12-11", "en").empty());
    CHECK(deals("Oracle said late on Wednesday that it was raising its capital spending plan to about $50 billion.", "2025-12-11", "en").empty());
}

TEST_CASE("deal grammar: a compound descriptor continues the firm of the sentence before, an English phrase of three words does not") {
    const auto d = deals("Mitte Januar hat das Start-up Kalvero 180 Millionen US-Dollar eingesammelt.\n\n"
                         "Kurz vor Monatsende zog Helsing nach. Das Rüstungs-KI-Unternehmen gab am Donnerstag eine Finanzierung über 180 Mio. Dollar bekannt.",
                         "2025-01-31");
    REQUIRE(d.size() == 2);
    CHECK(d[1].parties == Parties{{"helsing", "investee"}});
    const auto en = deals("Meta Platforms is investing $14.3 billion in Scale AI, the data-labelling startup, in one of the largest bets yet "
                          "by the social media group on artificial intelligence.",
                          "2025-06-12", "en");
    REQUIRE(en.size() == 1);
    CHECK(en[0].parties == Parties{{"meta", "investor"}, {"scale-ai", "investee"}});
}

TEST_CASE("deal grammar: a rival named in a compound, and the owner of a list item's investment arm, take no part") {
    const auto rival = deals("Nvidia ließ sich eine Lizenz für die Technik des AMD-Konkurrenten Groq rund 20 Milliarden Dollar kosten.", "2026-01-16");
    REQUIRE(rival.size() == 1);
    CHECK(rival[0].parties == Parties{{"nvidia", "partner"}, {"groq", "partner"}});
    const auto arm = deals("Das Start-up Kalvero hatte im September 750 Millionen Dollar eingesammelt. Dabei waren auch BlackRock, Samsung und "
                           "Cisco sowie Deutsche Telekom Capital Partners, der Beteiligungsarm der Bonner Telekom.",
                           "2025-12-26");
    REQUIRE(arm.size() == 1);
    CHECK(arm[0].parties == Parties{{"Kalvero", "investee"}, {"blackrock", "investor"}, {"samsung", "investor"}, {"cisco", "investor"}, {"dtcp", "investor"}});
}

TEST_CASE("deal grammar: a commitment to take a chip maker's products is compute bought") {
    const auto d = deals("G42 hatte sich verpflichtet, Cerebras-Produkte für 1,43 Milliarden Dollar abzunehmen.", "2026-01-16");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"g42", "customer"}, {"cerebras", "provider"}});
}

TEST_CASE("deal grammar: who founded or backs a party, and a long description after a comma, take no part") {
    const auto founded = deals("Kalvero Labs, started by Liam Ostrander and Ekin Varga, came out of stealth with a $300m seed round, again led by a16z.",
                               "2025-11-20", "en");
    REQUIRE(founded.size() == 1);
    CHECK(founded[0].parties == Parties{{"Kalvero Labs", "investee"}, {"a16z", "lead_investor"}});
    const auto backed = deals("Together AI raised $305 million in a round led by General Catalyst and co-led by Prosperity7, a venture fund backed by Saudi Aramco.",
                              "2025-11-20", "en");
    REQUIRE(backed.size() == 1);
    CHECK(backed[0].parties == Parties{{"together-ai", "investee"}, {"general-catalyst", "lead_investor"}, {"prosperity7", "lead_investor"}});
    const auto described = deals("When Mira Murati left OpenAI in 2024, she had no company. In July, Thinking Machines Lab, the start-up she founded "
                                 "with a group of former colleagues, closed a seed round of $2bn, led by Andreessen Horowitz.",
                                 "2025-11-20", "en");
    REQUIRE(described.size() == 1);
    CHECK(described[0].parties == Parties{{"thinking-machines-lab", "investee"}, {"a16z", "lead_investor"}});
}

TEST_CASE("deal grammar: a firm named before as an owner is the company two sentences on, and a chip maker is no lender") {
    const auto d = deals("Kalvero Cloud raised $480 million on Wednesday. Together AI raised $305 million a day later.\n\n"
                         "Kalvero Cloud's story shows how the sector pays for its growth. Equity is only part of it. Last April, the company "
                         "secured a $500 million loan led by Macquarie Group, with the Nvidia chips it was buying serving as collateral.",
                         "2025-02-21", "en");
    REQUIRE(d.size() == 3);
    CHECK(d[2].type == "loan");
    CHECK(d[2].parties == Parties{{"Kalvero Cloud", "borrower"}, {"macquarie", "lender"}});
    CHECK(d[2].date == "2024-04");
}

TEST_CASE("deal grammar: a founding year inside the descriptor, and 'er' after its verb is the firm the text speaks of") {
    // The seed's wording in other words: "das 2015 gegründete Startup" is the firm money went into.
    auto d = deals("Microsoft will zehn Milliarden Dollar in OpenAI investieren. "
                   "Schon 2019 hatte Microsoft eine Milliarde Dollar in das 2015 gegründete Startup gesteckt.", "2023-01-10");
    REQUIRE(d.size() == 2);
    CHECK(d[1].type == "investment");
    CHECK(d[1].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    CHECK(d[1].date == "2019");
    // German puts the verb before its pronoun.
    d = deals("Nvidia ist der größte Investor der Branche. Im Oktober steckte er eine Milliarde Dollar in Nokia.", "2025-12-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"nokia", "investee"}});
}

TEST_CASE("deal grammar: taking part in the round of a firm named in the genitive makes an investor") {
    const auto d = deals("Im September beteiligte sich Nvidia an der Finanzierungsrunde des französischen Start-ups Mistral AI über 1,7 Milliarden Euro.",
                         "2025-12-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"mistral-ai", "investee"}});
}

TEST_CASE("deal grammar: money spent on a firm's shares, told by its speaker after a weekday, is an investment in it") {
    // "Am Montag" is a time, not the marker "am" of a receiving side; the speaker acts in the infinitive.
    auto d = deals("Nvidia ist reich. Am Montag teilte der Chipkonzern mit, für zwei Milliarden Dollar Stammaktien des Softwarehauses Synopsys zu kaufen.",
                   "2025-12-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"synopsys", "investee"}});
    d = deals("Der Konzern Nvidia will für drei Milliarden Dollar Aktien von Synopsys kaufen.", "2025-12-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"synopsys", "investee"}});
    // A count of shares is still no money: "160 Millionen Aktien" stays no deal of its own.
    CHECK(deals("Nvidia hält 160 Millionen Aktien von Synopsys.", "2025-12-05").empty());
}

TEST_CASE("deal grammar: money pledged, split verbs, and the article's firm again after an aside about a rival") {
    const std::string text =
        "Anthropic hat in einer neuen Runde 13 Milliarden Dollar eingesammelt. Anthropic wächst rasant.\n\n"
        "Der große Rivale OpenAI strebt eine Bewertung von 500 Milliarden Dollar an. Das sei eine andere Liga.\n\n"
        "Im September 2023 hatte Amazon zunächst bis zu vier Milliarden Dollar zugesagt. "
        "Im November 2024 legte Amazon weitere vier Milliarden Dollar nach. "
        "Im November 2025 sagte Nvidia bis zu zehn Milliarden Dollar für Anthropic zu.";
    const auto d = deals(text, "2025-12-01");
    const auto invested = [&](const std::string& investor, double value) {
        return std::any_of(d.begin(), d.end(), [&](const Found& f) {
            return f.type == "investment" && f.value == value && f.parties == Parties{{investor, "investor"}, {"anthropic", "investee"}};
        });
    };
    CHECK(invested("amazon", 4e9));
    CHECK(std::count_if(d.begin(), d.end(), [](const Found& f) { return f.type == "investment" && f.value == 4e9; }) == 2);
    CHECK(invested("nvidia", 10e9));
    // A promise to spend money on something is no investment.
    CHECK(deals("SoftBank hatte zugesagt, jährlich drei Milliarden Dollar für Technik in seinen Firmen auszugeben.", "2025-02-03").empty());
}

TEST_CASE("deal grammar: a round's lead, co-leads and a list with cue nouns in the next paragraph, dated by the telling") {
    const auto d = deals(
        "Der KI-Entwickler Anthropic hat sich in einer neuen Finanzierungsrunde 13 Milliarden Dollar gesichert. "
        "Die Runde bewertet das Unternehmen mit 183 Milliarden Dollar, wie Anthropic am Dienstag mitteilte. Der Wert schließt das neue Geld ein.\n\n"
        "Angeführt wurde die sogenannte Series F von der Investmentfirma ICONIQ. Als Co-Leads traten Fidelity und Lightspeed Venture Partners auf. "
        "Zu den weiteren Geldgebern gehören der Staatsfonds Qatar Investment Authority, der singapurische Staatsfonds GIC, Blackstone und Coatue.",
        "2025-09-03");
    REQUIRE(!d.empty());
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].date == "2025-09-02");
    CHECK(d[0].parties == Parties{{"anthropic", "investee"}, {"iconiq", "lead_investor"}, {"fidelity", "lead_investor"}, {"lightspeed", "lead_investor"},
                                  {"qia", "investor"}, {"gic", "investor"}, {"blackstone", "investor"}, {"coatue", "investor"}});
    // ", der Investmentgesellschaft von Spotify-Gründer Daniel Ek," still describes the lead before it.
    const auto e = deals("Helsing hat 600 Millionen Euro eingesammelt. Angeführt wird die Runde von Prima Materia, der Investmentgesellschaft von "
                         "Spotify-Gründer Daniel Ek, der Helsing seit Jahren begleitet.", "2025-06-18");
    REQUIRE(e.size() == 1);
    CHECK(e[0].parties == Parties{{"helsing", "investee"}, {"prima-materia", "lead_investor"}});
}

TEST_CASE("deal grammar: 'bei X … dabei' takes part in X's round, and a person in the genitive only says whose firm") {
    const auto d = deals("Bei Elon Musks KI-Firma xAI war Nvidia bereits im Dezember 2024 in einer Runde über sechs Milliarden Dollar dabei.", "2025-12-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"xai", "investee"}, {"nvidia", "investor"}});
    CHECK(d[0].date == "2024-12");
}

TEST_CASE("deal grammar: beside a neocloud, a hyperscaler that sells a cloud too is the customer") {
    auto d = deals("Anfang November vereinbarte Microsoft mit dem australischen Betreiber IREN einen Vertrag über 9,7 Milliarden US-Dollar.",
                   "2025-11-18");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"iren", "provider"}, {"microsoft", "customer"}});
    d = deals("Nebius is growing fast. The company struck a $17.4 billion agreement with Microsoft in September.", "2025-11-12", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nebius", "provider"}, {"microsoft", "customer"}});
    // A chip maker stays a seller beside a neocloud: the words decide.
    d = deals("CoreWeave kauft bei Nvidia Grafikprozessoren für zwei Milliarden Dollar.", "2025-11-12");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"nvidia", "provider"}, {"coreweave", "customer"}});
}

TEST_CASE("deal grammar: a deal told 'recently' is dated by the article, not by a plan of the sentence before, and money made equity") {
    const auto d = deals("OpenAI verhandelt über ein Rechenzentrum, das bis Mitte 2026 viele Chips beherbergen könnte. "
                         "OpenAI hat sich kürzlich 6,6 Milliarden US-Dollar von Investoren gesichert, darunter Nvidia. "
                         "Das Unternehmen sicherte sich außerdem einen Kredit in Höhe von 4 Milliarden US-Dollar.", "2024-10-21");
    const auto round = std::find_if(d.begin(), d.end(), [](const Found& f) { return f.type == "funding_round"; });
    REQUIRE(round != d.end());
    CHECK(round->date == "2024-10-21");
    const auto loan = std::find_if(d.begin(), d.end(), [](const Found& f) { return f.type == "loan"; });
    REQUIRE(loan != d.end());
    CHECK(loan->date == "2024-10-21");  // "außerdem" goes on with the round's "kürzlich"
    // Money converted "in Eigenkapital" is still Microsoft's investment in the firm the text is about.
    const auto e = deals("OpenAI wächst. Beide müssen die Investition von Microsoft in Höhe von 13,75 Milliarden US-Dollar in Eigenkapital umwandeln.",
                         "2024-10-21");
    REQUIRE(e.size() == 1);
    CHECK(e[0].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
}

TEST_CASE("deal grammar: the figure of a deal told again without a party is that deal, more money is another") {
    auto d = deals("Microsoft investiert 10 Milliarden US-Dollar in OpenAI. Die Geldspritze in Höhe von zehn Milliarden US-Dollar soll über mehrere Jahre "
                   "ausgezahlt werden.", "2023-01-24");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}, {"openai", "investee"}});
    d = deals("Im Mai 2024 sammelte xAI sechs Milliarden Dollar ein. Im Dezember 2024 folgten weitere sechs Milliarden Dollar.", "2025-01-10");
    REQUIRE(d.size() == 2);
    CHECK(d[1].date == "2024-12");
    CHECK(d[1].parties == Parties{{"xai", "investee"}});
}

TEST_CASE("deal grammar: a lead in the genitive after 'unter Führung', and a valuation that rose 'auf' a figure") {
    const auto d = deals("Das Londoner Start-up Synthesia hat 180 Millionen US-Dollar in einer Series-D-Runde unter Führung des US-Wagniskapitalgebers "
                         "NEA eingesammelt. Die Bewertung des Unternehmens von Victor Riparbelli stieg damit auf 2,1 Milliarden Dollar.", "2025-01-20");
    REQUIRE(d.size() == 2);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties.count({"new-enterprise-associates", "lead_investor"}) == 1);
    CHECK(d[1].type == "valuation");
    CHECK(d[1].value == 2.1e9);
}

TEST_CASE("deal grammar: an unknown firm an English takeover verb takes, a description that tells its story, and 'der Anbieter'") {
    auto d = deals("Anysphere is growing. Last November it acquired Supermaven, a startup that had built a fast model and whose founder "
                   "previously created Tabnine.", "2025-11-13", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"anysphere", "buyer"}, {"Supermaven", "target"}});
    d = deals("CoreWeave wächst. Der KI-Cloud-Anbieter übernimmt die Entwicklerplattform Weights & Biases für rund 1,7 Milliarden Dollar.", "2025-03-05");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"coreweave", "buyer"}, {"weights-and-biases", "target"}});
}

TEST_CASE("deal grammar: 'der Deal bewertet X mit' values the firm, and a merger told by its verb is a takeover") {
    auto d = deals("Elon Musk legt xAI und X zusammen. Der Deal bewertet xAI mit 80 Milliarden Dollar.", "2025-03-29");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "valuation");
    CHECK(d[0].parties == Parties{{"xai", "subject"}});
    // "in a deal valued at" is still what the deal is worth.
    d = deals("IBM merges with OpenAI in a deal valued at $2 billion.", "2025-03-29", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].value == 2e9);
}

TEST_CASE("deal grammar: who secures a stake with its money invests") {
    const auto d = deals("Schon im April 2024 hatte Microsoft rund 1,5 Milliarden Dollar in G42 gesteckt und sich damit eine Minderheitsbeteiligung "
                         "gesichert.", "2025-11-24");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "investor"}, {"g42", "investee"}});
}

TEST_CASE("deal grammar: whom a round brings in invests") {
    const auto d = deals("Perplexity keeps raising. In the summer of 2024, a round of about $250 million brought in SoftBank Vision Fund 2.", "2025-09-14",
                         "en");
    REQUIRE(!d.empty());
    CHECK(d[0].parties == Parties{{"perplexity", "investee"}, {"softbank-vision-fund", "investor"}});
}

TEST_CASE("deal grammar: whom a firm hires takes no part in its deal") {
    auto d = deals("Cohere raises $500M at a $6.8B valuation and hires Meta's Joelle Pineau.", "2025-08-14", "en");
    REQUIRE(!d.empty());
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"cohere", "investee"}});
    d = deals("Der Konzern sammelt 200 Millionen Euro ein und ernennt Anna Berger zur Finanzchefin.");
    for (const auto& deal : d) CHECK(deal.parties.count({"Anna Berger", "investor"}) == 0);
}

TEST_CASE("deal grammar: a list of investors goes on past an apposition, and a converted amount after a dash is the same round") {
    // ", dem Wachstumsfonds der Google-Mutter Alphabet," describes CapitalG: neither the firm the text is
    // about nor an end of the list; "– umgerechnet rund 280 Millionen Euro" is no second round.
    auto d = deals("Das Start-up Lovable hat eine Series-B-Runde über 330 Millionen US-Dollar bekannt gegeben – umgerechnet rund 280 Millionen Euro. "
                   "Angeführt wird die Runde von CapitalG, dem Wachstumsfonds der Google-Mutter Alphabet, und Menlo Ventures. "
                   "Mit dabei sind NVentures, der Wagniskapitalarm von Nvidia, und Salesforce Ventures.", "2025-12-19");
    REQUIRE(d.size() == 1);
    CHECK(d[0].unit == "USD");
    CHECK(d[0].parties == Parties{{"lovable", "investee"}, {"capitalg", "lead_investor"}, {"menlo-ventures", "lead_investor"},
                                  {"nventures", "investor"}, {"salesforce-ventures", "investor"}});
    // "auch A und B sind dabei": they took part.
    d = deals("Das Start-up Physical Intelligence hat 600 Millionen Dollar erhalten. Angeführt wurde die Runde von CapitalG; "
              "auch Lux Capital und Thrive Capital sind dabei.", "2025-11-21");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"physical-intelligence", "investee"}, {"capitalg", "lead_investor"}, {"lux-capital", "investor"},
                                  {"thrive-capital", "investor"}});
}

TEST_CASE("deal grammar: goods bought 'bei' a seller, a minority stake taken, compute built together, shares that rose") {
    // The firm after the verb buys (the object stands first); "beim" names who sells.
    auto d = deals("Die Grafikprozessoren und die Netzwerktechnik kauft IREN für rund 2 Milliarden Dollar beim Serverhersteller Dell.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"iren", "customer"}, {"dell", "provider"}});
    // Three percent "übernommen" is a stake.
    d = deals("Nvidia hat angekündigt, für eine Milliarde Dollar knapp drei Prozent am finnischen Netzwerkausrüster Nokia zu übernehmen.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"nvidia", "investor"}, {"nokia", "investee"}});
    d = deals("SoftBank übernimmt 100 Prozent von Ampere für 6,5 Milliarden Dollar.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    // Built "gemeinsam mit" a chip maker, or by a joint venture: partners.
    d = deals("Die Deutsche Telekom hat gemeinsam mit dem Chipkonzern Nvidia den Bau einer KI-Fabrik mit 10.000 Grafikprozessoren angekündigt.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"deutsche-telekom", "partner"}, {"nvidia", "partner"}});
    d = deals("AMD, Cisco und Humain gründeten ein Gemeinschaftsunternehmen, das Rechenzentren mit einem Gigawatt Leistung errichten soll.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"amd", "partner"}, {"cisco", "partner"}, {"humain", "partner"}});
    // "stieg" without "ein" is a price rising; the contract in the sentence is what happened.
    d = deals("Als Amazon Web Services seinen Vertrag mit OpenAI über 38 Milliarden Dollar verkündete, stieg die Aktie.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"aws", "provider"}, {"openai", "customer"}});
}

TEST_CASE("deal grammar: who leases to whom, access given, the maker of the hardware, and a descriptor that says what a firm sells") {
    auto d = deals("Cipher Mining will lease capacity to AWS for about $5.5bn.", "2025-11-05", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"cipher-mining", "provider"}, {"aws", "customer"}});
    d = deals("IREN signed a US$9.7 billion contract to give Microsoft access to Nvidia GB300 systems.", "2025-11-05", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"iren", "provider"}, {"microsoft", "customer"}});
    // "dem früheren Bitcoin-Schürfer": an adjective and a hyphenated compound; the firm that runs data centres.
    d = deals("IREN baut Rechenzentren in Texas. Microsoft mietet bei dem früheren Bitcoin-Schürfer für 9,7 Milliarden Dollar Rechenleistung.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"microsoft", "customer"}, {"iren", "provider"}});
    // "Der Chipkonzern" after a sentence about xAI is not xAI, which sells no chips: Nvidia, which the article named.
    d = deals("Nvidia verdient prächtig. Insidern zufolge sammelt xAI derzeit rund 20 Milliarden Dollar ein. "
              "Der Chipkonzern soll bis zu zwei Milliarden Dollar beisteuern.");
    REQUIRE(d.size() == 2);
    CHECK(d[1].type == "investment");
    CHECK(d[1].parties == Parties{{"nvidia", "investor"}, {"xai", "investee"}});
}

TEST_CASE("deal grammar: 'arbeitet … zusammen', a 'Vereinbarung', and a contract signed 'bei' a neocloud") {
    auto d = deals("Seit dem Frühjahr arbeitet Cerebras zudem mit Meta zusammen.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"cerebras", "partner"}, {"meta", "partner"}});
    d = deals("Im September schloss Databricks mit OpenAI eine mehrjährige Vereinbarung im Volumen von 100 Millionen Dollar.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"databricks", "partner"}, {"openai", "partner"}});
    CHECK(d[0].value == doctest::Approx(100e6));
    d = deals("Und im September unterschrieb Microsoft bei Nebius für 17,4 Milliarden Dollar.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"microsoft", "customer"}, {"nebius", "provider"}});
}

TEST_CASE("deal grammar: an order placed is a deal, 'in order to' and 'der Auftrag' told again are not") {
    auto d = deals("Broadcom said Anthropic was the buyer behind a $10 billion order for its AI systems.", "2025-12-11", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"broadcom", "provider"}, {"anthropic", "customer"}});
    CHECK(deals("In order to grow, Broadcom hired staff for $5 million.", "2025-12-11", "en").empty());
    d = deals("OpenAI kauft bei Cerebras Rechenleistung für zehn Milliarden Dollar. Für Cerebras ist der Auftrag über zehn Milliarden Dollar wichtig.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"openai", "customer"}, {"cerebras", "provider"}});
}

TEST_CASE("deal grammar: a deal 'am selben Tag' takes the date stated before it") {
    const auto d = deals("Am 18. November sammelte Mistral AI 80 Millionen Euro ein. Am selben Tag meldete Anthropic eine Finanzierungsrunde über 250 Millionen Dollar.",
                         "2025-11-21");
    REQUIRE(d.size() == 2);
    CHECK(d[0].date == "2025-11-18");
    CHECK(d[1].date == "2025-11-18");
    const auto en = deals("On November 18 Mistral AI raised $80 million. On the same day Anthropic announced a $250 million funding round.", "2025-11-21", "en");
    REQUIRE(en.size() == 2);
    CHECK(en[1].date == "2025-11-18");
}

TEST_CASE("deal grammar: 'is putting … into' invests") {
    const auto d = deals("Nordlicht Ventures is putting 240 million euros into Kranich AI, the companies said on Tuesday.", "2025-03-14", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].parties == Parties{{"Nordlicht Ventures", "investor"}, {"Kranich AI", "investee"}});
}

TEST_CASE("deal grammar: 'to' before an infinitive marks the verb, not the firm after it") {
    // "to CoreWeave" had made the firm paid a customer beside the payer: two customers became partners.
    auto d = deals("Kranich AI agreed to pay CoreWeave $2.4bn over four years for computing capacity.", "2025-03-14", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "compute_deal");
    CHECK(d[0].parties == Parties{{"Kranich AI", "customer"}, {"coreweave", "provider"}});
    // "to chipmaker AMD" still names whom it goes to.
    d = deals("Nordlicht Ventures agreed to sell its stake in Mistral AI to chipmaker AMD for $300m.", "2025-03-14", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"Nordlicht Ventures", "seller"}, {"mistral-ai", "target"}, {"amd", "buyer"}});
}

TEST_CASE("deal grammar: money someone will pay for a firm buys it, and shares it is paid in are the price's currency") {
    auto d = deals("Nordlicht Ventures is paying $800m in its own shares for Kranich AI, the firms said.", "2025-03-28", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");  // "shares" had made it an investment by Nordlicht alone
    CHECK(d[0].parties == Parties{{"Nordlicht Ventures", "buyer"}, {"Kranich AI", "target"}});
    d = deals("Salesforce will pay $8bn in cash and stock for Informatica.", "2025-03-28", "en");  // "pay" found nothing
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    CHECK(d[0].parties == Parties{{"salesforce", "buyer"}, {"informatica", "target"}});
    // Paid for access, or for compute beside a stake, it buys no firm.
    d = deals("Google will pay Reddit roughly $60m a year for access to its posts.", "2025-03-28", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    d = deals("Kranich AI agreed to pay CoreWeave $2.4bn for computing capacity and took a stake in the firm.", "2025-03-28", "en");
    REQUIRE(!d.empty());
    CHECK(d[0].type == "compute_deal");
}

TEST_CASE("deal grammar: 'finanziert' and its passive, compute 'gesichert', an opening adverb, and a seller named again as the speaker") {
    // Financed: the subject gives; in the passive, the subject receives and "von" gives.
    auto d = deals("Bosch und SAP finanzieren das Start-up Varnot mit 500 Millionen Dollar.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"bosch", "investor"}, {"sap", "investor"}, {"Varnot", "investee"}});
    for (const std::string text : {"Das Heidelberger Start-up Varnot war 2023 von einem Konsortium um die Schwarz-Gruppe, Bosch und SAP mit mehr als 500 Millionen Dollar finanziert worden.",
                                   "Heidelberg start-up Varnot was funded by the Schwarz Group, Bosch and SAP with more than $500 million in 2023."}) {
        CAPTURE(text);
        d = deals(text, "2025-11-03");
        REQUIRE(d.size() == 1);
        CHECK(d[0].type == "investment");
        CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"schwarz-gruppe", "investor"}, {"bosch", "investor"}, {"sap", "investor"}});
        CHECK(d[0].date == "2023");
    }
    // Compute a firm secures for itself is bought, not money raised.
    for (const std::string text : {"Meta hat sich bei CoreWeave Rechenleistung im Wert von 14,2 Milliarden Dollar gesichert.",
                                   "Unterdessen hat der Cloud-Anbieter CoreWeave einen neuen Großkunden gewonnen: Meta habe sich Rechenleistung im Wert "
                                   "von 14,2 Milliarden Dollar gesichert, teilte CoreWeave mit.",
                                   "Meta secured $14.2bn of computing capacity from CoreWeave."}) {
        CAPTURE(text);
        d = deals(text, "2025-11-03");
        REQUIRE(d.size() == 1);
        CHECK(d[0].type == "compute_deal");
        CHECK(d[0].parties == Parties{{"meta", "customer"}, {"coreweave", "provider"}});
    }
    // Money secured is still a round.
    d = deals("Varnot hat sich 500 Millionen Dollar gesichert, um Rechenleistung zu kaufen.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
}

TEST_CASE("deal grammar: compute bought 'von' or 'from' a named firm without an amount, and a grant 'gefördert'") {
    for (const std::pair<std::string, std::string> text : {std::pair{"Im Gegenzug kauft OpenAI Chips von Nvidia.", "de"}, std::pair{"In return, OpenAI buys chips from Nvidia for its new campus in Texas.", "en"}}) {
        CAPTURE(text.first);
        const auto d = deals(text.first, "2025-11-03", text.second);
        REQUIRE(d.size() == 1);
        CHECK(d[0].type == "compute_deal");
        CHECK(d[0].parties == Parties{{"openai", "customer"}, {"nvidia", "provider"}});
    }
    // Bought from no one named: the sentence says what such firms do, no deal.
    CHECK(deals("In die Lücke springen Anbieter, die Nvidia-Chips kaufen und die Rechenleistung vermieten.", "2025-11-03").empty());
    // A firm bought is still a takeover.
    auto d = deals("Nvidia kauft den kalifornischen Chipentwickler Varnot für seine Rechenzentren.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "acquisition");
    d = deals("Das Start-up Varnot wird vom Bund mit 20 Millionen Euro gefördert.", "2025-11-03");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"bundesregierung", "investor"}});
    CHECK(d[0].value == doctest::Approx(20e6));
}

TEST_CASE("deal grammar: money 'in Aussicht gestellt' or 'bereitstellen' is given, and a 'tie-up' is a partnership") {
    auto d = deals("Das Handelsministerium stellte dem Chiphersteller Micron zudem bis zu 275 Millionen Dollar in Aussicht.", "2024-12-10");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
    CHECK(d[0].value == doctest::Approx(275e6));
    d = deals("Die EU-Kommission will über ihr Programm InvestAI 20 Milliarden Euro für bis zu fünf KI-Gigafabriken bereitstellen.", "2025-02-11");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"european-commission", "investor"}});
    // A promise of no money is no deal.
    CHECK(deals("Der Konzern hat in Aussicht gestellt, die Dividende im kommenden Jahr zu erhöhen.", "2025-02-11").empty());
    d = deals("Apple announced a tie-up with OpenAI at its developer conference in June 2024.", "2025-02-11", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "partnership");
    CHECK(d[0].parties == Parties{{"apple", "partner"}, {"openai", "partner"}});
}

TEST_CASE("deal grammar: 'since it bought X' keeps the owner named before 'it' as the subject a later 'it' stands for") {
    const auto d = deals("Salesforce agreed to buy Kestrova for $8 billion. The purchase is Salesforce's largest since it bought the messaging app "
                         "Varnot for $27.7 billion in December 2020. In June 2019, it had bought the data company Lindholm for $15.7 billion.",
                         "2025-05-27", "en");
    REQUIRE(d.size() == 3);
    CHECK(d[1].parties == Parties{{"salesforce", "buyer"}, {"Varnot", "target"}});
    CHECK(d[2].parties == Parties{{"salesforce", "buyer"}, {"Lindholm", "target"}});
    CHECK(d[2].date == "2019-06");
}
