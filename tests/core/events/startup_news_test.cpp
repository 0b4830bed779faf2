// How start-up news tells a round, on sentences of our own (made-up names for firms the gazetteer
// does not know): a descriptor before the firm's name, the outlet a founder spoke to, a rival named by
// its possessive, co-leads after "with", a valuation told "nach Angaben von Insidern".
#include <doctest/doctest.h>

#include "support/deal_helpers.h"

using namespace ds;
using test::deals;
using test::Parties;

TEST_CASE("startup news: 'Voice AI startup Varnot' names one firm, and the outlet it 'told' takes no part") {
    const auto d = deals("Voice AI startup Varnot has raised $120 million in a Series B round led by Index Ventures, the company told Tech Wire. "
                         "Existing investors Lightspeed and Y Combinator also participated.",
                         "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot", "investee"}, {"index-ventures", "lead_investor"}, {"lightspeed", "investor"}, {"y-combinator", "investor"}});
}

TEST_CASE("startup news: a rival named by its possessive is not the firm bought") {
    const auto d = deals("Varnot's rival Parlance was acquired by Salesforce last year for $300 million.", "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Parlance", "target"}, {"salesforce", "buyer"}});
}

TEST_CASE("startup news: firms after 'with' that are 'co-leading' lead the round") {
    const auto d = deals("ElevenLabs closed a $180 million round in January, with Andreessen Horowitz and ICONIQ Growth co-leading.", "2025-03-04", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"elevenlabs", "investee"}, {"a16z", "lead_investor"}, {"iconiq", "lead_investor"}});
}

TEST_CASE("startup news: a valuation 'liegt nach Angaben von Insidern bei' the sum belongs to the round's firm") {
    const auto d = deals("Das Start-up Varnot hat 20 Millionen Euro eingesammelt. Die Bewertung liegt nach Informationen aus Investorenkreisen bei "
                         "rund 600 Millionen Euro.",
                         "2025-06-12");
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"Varnot", "subject"}});
    CHECK(valuation->value == doctest::Approx(6e8));
}

TEST_CASE("startup news: the round's investor named last is not the firm a valuation after it values") {
    auto d = deals("Das Pariser Start-up Mistral AI hat im September 1,7 Milliarden Euro eingesammelt. Größter Geldgeber ist der Chipausrüster ASML, "
                   "der 1,3 Milliarden Euro beisteuert. Das Unternehmen wird damit mit 11,7 Milliarden Euro bewertet.",
                   "2025-10-20");
    auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"mistral-ai", "subject"}});
    d = deals("Helsing sammelte im Juni 600 Millionen Euro ein. Angeführt wurde die Runde von Prima Materia, der Investmentfirma von Daniel Ek. "
              "Der Rüstungs-KI-Spezialist ist nun zwölf Milliarden Euro wert.",
              "2025-10-20");
    valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->parties == Parties{{"helsing", "subject"}});
}

TEST_CASE("startup news: money a firm 'erhalten' hat is a round when no other word says what it was") {
    auto d = deals("Der Heidelberger Konkurrent Aleph Alpha hatte 2023 rund 500 Millionen Dollar erhalten, vor allem aus Deutschland.", "2025-10-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "funding_round");
    CHECK(d[0].parties == Parties{{"aleph-alpha", "investee"}});
    // "Optionsrechte … erhalten": the options say what it was.
    d = deals("Erst im September hatte Google bei Cipher Mining Optionsrechte auf rund 5,4 Prozent der Anteile erhalten.", "2025-10-20");
    REQUIRE(d.size() == 1);
    CHECK(d[0].type == "investment");
}

TEST_CASE("startup news: a 'post-money valuation' values, and a state's possessive before an investor only says where it is from") {
    auto d = deals("Chip startup Groq closed a $750 million round at a $6.9 billion post-money valuation. Disruptive led the financing; "
                   "BlackRock, Samsung and Cisco also invested.",
                   "2025-08-14", "en");
    REQUIRE(d.size() == 2);
    const auto* valuation = test::find_deal(d, [](const test::Found& f) { return f.type == "valuation"; });
    REQUIRE(valuation);
    CHECK(valuation->value == doctest::Approx(6.9e9));
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->value == doctest::Approx(7.5e8));
    d = deals("Paris-based Mistral AI is in talks to raise about $1 billion from investors including Abu Dhabi's MGX, according to people familiar "
              "with the matter.",
              "2025-08-14", "en");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"mistral-ai", "investee"}, {"mgx", "investor"}});
}

TEST_CASE("startup news: a founder raises for the firm named after 'für sein Unternehmen', the firm of a past office takes no part, and plural leads lead") {
    const auto d = deals("Parag Agrawal, bis 2022 Chef von Twitter, hat für sein neues Unternehmen Varnot Systems am Mittwoch 100 Millionen Dollar "
                         "eingesammelt. Die Series A führten Kleiner Perkins und Index Ventures gemeinsam an.",
                         "2025-11-14");
    REQUIRE(d.size() == 1);
    CHECK(d[0].parties == Parties{{"Varnot Systems", "investee"}, {"kleiner-perkins", "lead_investor"}, {"index-ventures", "lead_investor"}});
    CHECK(d[0].date == "2025-11-12");  // the Wednesday before the article's Friday: "hat … eingesammelt" is past
}

TEST_CASE("startup news: a firm told about by 'which' raises in the clause 'and' joins to it") {
    const auto d = deals("Arm is not the only newcomer under pressure. Varnotcart, which priced its shares at $30 on Monday and raised $660m at a "
                         "valuation of nearly $10bn, is trading below that level.",
                         "2023-09-21", "en");
    const auto* round = test::find_deal(d, [](const test::Found& f) { return f.type == "funding_round"; });
    REQUIRE(round);
    CHECK(round->parties == Parties{{"Varnotcart", "investee"}});
}
