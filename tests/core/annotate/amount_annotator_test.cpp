// Money and quantity rules, each on sentences of our own.
#include <doctest/doctest.h>

#include "support/annotate_helpers.h"

using namespace ds;

namespace {
struct Amount { std::string text; std::optional<double> value; std::string unit; Qualifier qualifier; bool vague; };

std::vector<Amount> amounts(const std::string& body, MentionKind kind = MentionKind::money, const std::string& language = "") {
    const auto a = test::annotate_text(body, "2025-11-20", language);
    std::vector<Amount> out;
    for (const auto& m : a.of(kind)) out.push_back({a.text(m), m.value, m.unit.str(), m.qualifier, m.vague});
    return out;
}

void check_one(const std::string& body, const std::string& text, std::optional<double> value, const std::string& unit,
               Qualifier qualifier = Qualifier::exact, MentionKind kind = MentionKind::money) {
    CAPTURE(body);
    const auto found = amounts(body, kind);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == text);
    CHECK(found[0].value.has_value() == value.has_value());
    if (value) CHECK(*found[0].value == doctest::Approx(*value));
    CHECK(found[0].unit == unit);
    CHECK(found[0].qualifier == qualifier);
}
}  // namespace

TEST_CASE("German digits with decimal commas and thousands dots, scale words and currencies") {
    check_one("Der Konzern zahlt 2,5 Mrd. Euro für die Übernahme.", "2,5 Mrd. Euro", 2.5e9, "EUR");
    check_one("Die Firma sammelte 750 Millionen Dollar ein.", "750 Millionen Dollar", 750e6, "USD");
    check_one("Es geht um 1.200.000 Euro.", "1.200.000 Euro", 1.2e6, "EUR");
    check_one("Der Fonds investiert 3 Billionen US-Dollar.", "3 Billionen US-Dollar", 3e12, "USD");
    check_one("Die Bank vergibt 800 Tausend Euro.", "800 Tausend Euro", 8e5, "EUR");
    check_one("Der Preis liegt bei 12 € pro Stunde.", "12 €", 12, "EUR");
    check_one("Es flossen 40 Mio. USD an das Start-up.", "40 Mio. USD", 40e6, "USD");
}

TEST_CASE("number words and compounds") {
    check_one("Google steckt zwölf Milliarden Euro in Rechenzentren.", "zwölf Milliarden Euro", 12e9, "EUR");
    check_one("Meta gibt anderthalb Milliarden Dollar aus.", "anderthalb Milliarden Dollar", 1.5e9, "USD");
    check_one("Oracle schloss einen 7-Milliarden-Euro-Vertrag ab.", "7-Milliarden-Euro", 7e9, "EUR");
    check_one("Das Unternehmen erhielt eine Milliarde Euro.", "eine Milliarde Euro", 1e9, "EUR");
}

TEST_CASE("qualifiers: up to, about, at least, total — and 'über' as 'of'") {
    check_one("Amazon will bis zu 4 Milliarden Dollar investieren.", "4 Milliarden Dollar", 4e9, "USD", Qualifier::up_to);
    check_one("Der Deal hat ein Volumen von rund 20 Milliarden Euro.", "20 Milliarden Euro", 20e9, "EUR", Qualifier::about);
    check_one("Es waren etwa 300 Millionen Dollar.", "300 Millionen Dollar", 300e6, "USD", Qualifier::about);
    check_one("Das kostet ca. 5 Mrd. Euro.", "5 Mrd. Euro", 5e9, "EUR", Qualifier::about);
    check_one("Der Konzern zahlte mehr als 2 Milliarden Dollar.", "2 Milliarden Dollar", 2e9, "USD", Qualifier::at_least);
    check_one("Die Partner geben insgesamt 9 Milliarden Euro.", "9 Milliarden Euro", 9e9, "EUR", Qualifier::total);
    check_one("Nach einer Finanzierungsrunde über 6 Milliarden Dollar ist das Start-up viel wert.", "6 Milliarden Dollar", 6e9, "USD", Qualifier::exact);
}

TEST_CASE("vague amounts have no value") {
    for (const std::string body : {"Das Projekt kostet Summen in Milliardenhöhe.", "Es ist ein milliardenschwerer Vertrag.",
                                   "Der Millionen-Deal ist geplatzt.", "Investoren steckten mehrere Milliarden Euro hinein."}) {
        CAPTURE(body);
        const auto found = amounts(body);
        REQUIRE(found.size() == 1);
        CHECK(found[0].vague);
        CHECK_FALSE(found[0].value.has_value());
    }
    CHECK(amounts("Investoren steckten mehrere Milliarden Euro hinein.")[0].unit == "EUR");
    CHECK(amounts("Der Tech-Milliardär verkaufte Aktien.").empty());
}

TEST_CASE("English vague amounts have no value and keep their currency") {
    const struct { const char* body; const char* text; const char* unit; } cases[] = {
        {"Helix Cloud signed a multibillion-dollar agreement with the lab.", "multibillion-dollar", "USD"},
        {"The bank arranged a multi-billion-dollar loan for the site.", "multi-billion-dollar", "USD"},
        {"Backers have poured billions of dollars into the field.", "billions of dollars", "USD"},
        {"The chip maker expects tens of billions of dollars in revenue from it.", "tens of billions of dollars", "USD"},
        {"The fund put hundreds of millions of euros into the builder.", "hundreds of millions of euros", "EUR"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.body);
        const auto found = amounts(c.body, MentionKind::money, "en");
        REQUIRE(found.size() == 1);
        CHECK(found[0].text == c.text);
        CHECK(found[0].vague);
        CHECK_FALSE(found[0].value.has_value());
        CHECK(found[0].unit == c.unit);
    }
    // Not money: millions of users, a multibillion figure without a currency.
    CHECK(amounts("The app reached millions of users and a multibillion valuation.", MentionKind::money, "en").empty());
}

TEST_CASE("English amounts in an English article") {
    const auto found = amounts("Microsoft Corp. will invest up to $2.5 billion and about 300 million euros in the startup.",
                               MentionKind::money, "en");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "$2.5 billion");
    CHECK(*found[0].value == doctest::Approx(2.5e9));
    CHECK(found[0].qualifier == Qualifier::up_to);
    CHECK(found[1].text == "300 million euros");
    CHECK(found[1].qualifier == Qualifier::about);
    CHECK(found[1].unit == "EUR");
}

TEST_CASE("quantities: percent, power, area, counts, years, ordinals and model names are not amounts") {
    check_one("Die Aktie fiel um 12,5 Prozent.", "12,5 Prozent", 12.5, "percent", Qualifier::exact, MentionKind::quantity);
    check_one("Das Rechenzentrum braucht 2 Gigawatt Strom.", "2 Gigawatt", 2, "GW", Qualifier::exact, MentionKind::quantity);
    check_one("Die Halle hat 80.000 Quadratmeter Fläche.", "80.000 Quadratmeter", 80000, "m2", Qualifier::exact, MentionKind::quantity);
    check_one("Der Konzern streicht rund 4.500 Arbeitsplätze.", "4.500 Arbeitsplätze", 4500, "count", Qualifier::about, MentionKind::quantity);
    check_one("Es entstehen fünf neue Standorte.", "fünf neue Standorte", 5, "count", Qualifier::exact, MentionKind::quantity);
    CHECK(amounts("Im Jahr 2024 und im 3. Quartal stieg GPT-5 auf.", MentionKind::quantity).empty());
    CHECK(amounts("Im Jahr 2024 und im 3. Quartal stieg GPT-5 auf.", MentionKind::money).empty());
}

TEST_CASE("extreme numbers and digit floods are handled without overflow") {
    const auto huge = amounts("Ein Witzbold nannte 999999999999999 Billionen Dollar.");
    REQUIRE(huge.size() == 1);
    CHECK(*huge[0].value == doctest::Approx(999999999999999e12));
    const std::string flood(10000, '7');
    CHECK(amounts("Die Zahl " + flood + " Dollar ist Unsinn.").empty());
    const auto a = test::annotate_text("Russland zahlte 40 Milliarden Rubel.");
    REQUIRE(a.of(MentionKind::money).size() == 1);
    CHECK(a.of(MentionKind::money)[0].unsupported_currency == "Rubel");
    CHECK(a.of(MentionKind::money)[0].unit.empty());
    CHECK(a.of(MentionKind::quantity).empty());
    const auto yen = amounts("Es waren 5 Milliarden Yen.");
    REQUIRE(yen.size() == 1);
    CHECK(yen[0].unit == "JPY");
}

TEST_CASE("amounts as headlines write them: glued scales, currency codes first, pounds, a word between") {
    const auto found = amounts("It raised $2bn and €600m, then USD 40 billion, US$17.4 billion and £1 billion.", MentionKind::money, "en");
    REQUIRE(found.size() == 5);
    CHECK(found[0].text == "$2bn");
    CHECK(*found[0].value == doctest::Approx(2e9));
    CHECK(found[1].unit == "EUR");
    CHECK(*found[1].value == doctest::Approx(6e8));
    CHECK(found[2].text == "USD 40 billion");
    CHECK(found[3].text == "US$17.4 billion");
    CHECK(*found[3].value == doctest::Approx(17.4e9));
    CHECK(found[4].unit == "GBP");
    check_one("Im Januar kam eine weitere Milliarde Dollar hinzu.", "eine weitere Milliarde Dollar", 1e9, "USD");
    check_one("Das Start-up sammelte knapp einer halben Milliarde ein.", "einer halben Milliarde", 5e8, "", Qualifier::about);
    check_one("Der 300-Milliarden-Vertrag wackelt.", "300-Milliarden", 3e11, "");
}

TEST_CASE("a capital scale letter after a currency sign, as headlines shorten it, but alone a name") {
    const auto found = amounts("Cohere raises $500M at a $6.8B valuation", MentionKind::money, "en");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "$500M");
    CHECK(*found[0].value == doctest::Approx(5e8));
    CHECK(found[1].text == "$6.8B");
    CHECK(*found[1].value == doctest::Approx(6.8e9));
    CHECK(found[1].unit == "USD");
    CHECK(amounts("3M and 5G operators met in Berlin.", MentionKind::money, "en").empty());
}

TEST_CASE("a scaled number before what it counts is a count, not money") {
    check_one("AMD räumt OpenAI Optionen auf bis zu 160 Millionen eigene Aktien ein.", "160 Millionen eigene Aktien", 160e6, "count", Qualifier::up_to,
              MentionKind::quantity);
    CHECK(amounts("AMD räumt OpenAI Optionen auf bis zu 160 Millionen eigene Aktien ein.").empty());
    CHECK(amounts("CoreWeave sold 37.5 million shares at $40 each.", MentionKind::money, "en").size() == 1);  // only the price
    // A scale with a currency stays money.
    check_one("Der Konzern zahlt 160 Millionen Euro.", "160 Millionen Euro", 160e6, "EUR");
}

TEST_CASE("a German scale before a noun counts the noun") {
    check_one("Anthropic sichert sich bis zu eine Million TPUs.", "eine Million TPUs", 1e6, "count", Qualifier::up_to, MentionKind::quantity);
    check_one("Der Dienst hat drei Millionen Nutzer.", "drei Millionen Nutzer", 3e6, "count", Qualifier::exact, MentionKind::quantity);
}

TEST_CASE("yen by their sign") {
    const auto a = test::annotate_text("Sakana AI raised ¥20bn, valuing the lab at ¥400bn.", "2025-11-17", "en");
    const auto money = a.of(MentionKind::money);
    REQUIRE(money.size() == 2);
    CHECK(money[0].unit.str() == "JPY");
    CHECK(*money[1].value == doctest::Approx(4e11));
}

TEST_CASE("a wire's headline scales, whole units, and a sign after a comma opening the next amount") {
    check_one("Hippocratic AI raises $141 mln in Series B round", "$141 mln", 141e6, "USD");
    // Exactly, not 1640000000.0000002: amounts of different articles are compared and merged by value.
    const auto bln = amounts("Hippocratic AI valued at $1.64 bln", MentionKind::money, "en");
    REQUIRE(bln.size() == 1);
    CHECK(*bln[0].value == 1640000000.0);
    // "2023" is a year before a comma, not an amount in dollars.
    const auto year = amounts("When we raised the extension of our Series C in 2023, $141 million came from Google.", MentionKind::money, "en");
    REQUIRE(year.size() == 1);
    CHECK(year[0].text == "$141 million");
}
