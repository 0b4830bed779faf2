// What readers see for amounts, dates and sources: words in their language, never machine strings.
#include <doctest/doctest.h>

#include "core/annotate/mention_format.h"
#include "core/events/event_format.h"

using namespace ds;

namespace {
Event with_amount(double value, Qualifier q, const std::string& currency = "USD") {
    Event e;
    e.amounts.push_back(Amount{});
    e.amounts.back().value = value;
    e.amounts.back().currency = currency;
    e.amounts.back().qualifier = q;
    return e;
}
Event dated(const std::string& timex, const std::string& mod = "") {
    Event e;
    e.date.value = timex;
    e.date.mod = mod;
    return e;
}
}  // namespace

TEST_CASE("money is compact and keeps what the sources said: $13.75bn, not $13.8B") {
    CHECK(compact_money(10e9, "USD") == "$10bn");
    CHECK(compact_money(13.75e9, "USD") == "$13.75bn");
    CHECK(compact_money(1.5e9, "EUR") == "€1.5bn");
    CHECK(compact_money(500e6, "USD") == "$500m");
    CHECK(compact_money(1.2e12, "USD") == "$1.2tn");
    CHECK(compact_money(250000, "USD") == "$250000");
    CHECK(compact_money(2e9, "JPY") == "2bn JPY");
    CHECK(compact_money(10e9, "USD", Language::de) == "10 Mrd. $");
    CHECK(compact_money(13.75e9, "USD", Language::de) == "13,75 Mrd. $");
    CHECK(compact_money(1.5e9, "EUR", Language::de) == "1,5 Mrd. €");
    CHECK(compact_money(500e6, "USD", Language::de) == "500 Mio. $");
}

TEST_CASE("an amount says how sure it is, in the reader's language") {
    CHECK(event_amount_text(with_amount(5e9, Qualifier::up_to)) == "up to $5bn");
    CHECK(event_amount_text(with_amount(5e9, Qualifier::up_to), Language::de) == "bis zu 5 Mrd. $");
    CHECK(event_amount_text(with_amount(13.75e9, Qualifier::total), Language::de) == "insgesamt 13,75 Mrd. $");
    CHECK(event_amount_text(with_amount(1e9, Qualifier::about)) == "about $1bn");
    CHECK(event_amount_short(with_amount(5e9, Qualifier::up_to)) == "≤$5bn");
    CHECK(event_amount_short(with_amount(13.75e9, Qualifier::total)) == "total $13.75bn");  // not one more deal
    CHECK(event_amount_short(with_amount(13.75e9, Qualifier::total), Language::de) == "insg. 13,75 Mrd. $");
    Event vague;
    vague.amounts.push_back(Amount{});
    vague.amounts.back().currency = "USD";
    CHECK(event_amount_text(vague, Language::de) == "Betrag nicht genannt");
    CHECK(event_amount_text(Event{}).empty());
}

TEST_CASE("dates are words: autumn 2023, Herbst 2023, 21. Oktober 2024") {
    CHECK(event_date_text(dated("2023-FA")) == "autumn 2023");
    CHECK(event_date_text(dated("2023-FA"), Language::de) == "Herbst 2023");
    CHECK(event_date_text(dated("2024-06")) == "June 2024");
    CHECK(event_date_text(dated("2024-06"), Language::de) == "Juni 2024");
    CHECK(event_date_text(dated("2024-10-21")) == "21 October 2024");
    CHECK(event_date_text(dated("2024-10-21"), Language::de) == "21. Oktober 2024");
    CHECK(event_date_text(dated("2025-Q3"), Language::de) == "Q3 2025");
    CHECK(event_date_text(dated("2026", "MID"), Language::de) == "Mitte 2026");
    CHECK(event_date_text(dated("XXXX")) == "date unknown");
    CHECK(event_date_text(dated("XXXX"), Language::de) == "Datum unbekannt");
    CHECK(describe_timex("P4Y", "", Language::de) == "4 Jahre");
    CHECK(describe_timex("2023-F") == "2023-F");  // malformed: shown as it is, not cut
}

TEST_CASE("a source is named as a reader names it, the file id is not its name") {
    Article a;
    a.id = "001_db88fdc0d8c3c3ba";
    a.file = "001_db88fdc0d8c3c3ba.txt";
    a.date.value = "2023-01";
    a.date.inferred = true;
    CHECK(source_text(a) == "publisher not named, January 2023, date inferred");
    CHECK(source_text(a, Language::de) == "Medium nicht genannt, Januar 2023, Datum abgeleitet");
    a.publisher = "Mindverse";
    a.date.value = "2024-10-21";
    a.date.inferred = false;
    CHECK(source_text(a) == "Mindverse, 21 October 2024");
    a.date.value.clear();
    CHECK(source_text(a) == "Mindverse");
    // A source in the other language says so; a quote takes the marks of the reader's language.
    a.language = "de";
    CHECK(source_text(a) == "Mindverse, in German");
    CHECK(source_text(a, Language::de) == "Mindverse");
    CHECK(quoted("Microsoft investiert", Language::en) == "\xE2\x80\x9CMicrosoft investiert\xE2\x80\x9D");
    CHECK(quoted("Microsoft invests", Language::de) == "\xE2\x80\x9EMicrosoft invests\xE2\x80\x9C");
}

TEST_CASE("a total in words never adds an 'up to' to a stated figure") {
    Total t;
    t.part("USD").stated = 1e9;
    t.part("USD").up_to = 2e9;
    t.value = 3e9;
    t.events = 2;
    CHECK(total_text(t) == "$1bn + up to $2bn");
    CHECK(total_text(t, Language::de) == "1 Mrd. $ + bis zu 2 Mrd. $");
    t.disputed = true;
    t.unstated = 1;
    CHECK(total_text(t) == "$1bn + up to $2bn + 1 more without a figure, disputed");
    CHECK(total_text(t, Language::de) == "1 Mrd. $ + bis zu 2 Mrd. $ + 1 weiteres ohne Betrag, umstritten");
    Total none;
    none.events = 1;
    none.unstated = 1;
    CHECK(total_text(none) == "amount not stated");
    CHECK(total_text(none, Language::de) == "Betrag nicht genannt");

    Total restated;
    restated.part("USD").stated = 13e9;
    restated.part("USD").reported_total = 13.75e9;
    CHECK(total_text(restated) == "$13bn; reported in total: $13.75bn");
    CHECK(total_text_brief(restated) == "$13bn");

    Total alleged;
    alleged.part("USD").stated = 11e9;
    alleged.part("USD").alleged = 2e9;
    alleged.disputed = true;
    CHECK(total_text(alleged) == "$11bn + allegedly $2bn, disputed");
    CHECK(total_text(alleged, Language::de) == "11 Mrd. $ + angeblich 2 Mrd. $, umstritten");
    Total only_alleged;
    only_alleged.part("USD").alleged = 2e9;
    CHECK(total_text(only_alleged) == "allegedly $2bn");
}

TEST_CASE("a total in words keeps each currency's sum, dollars first") {
    Total t;
    t.part("EUR").stated = 1.5e9;
    t.part("USD").up_to = 10e9;
    t.part("EUR").reported_total = 4e9;
    CHECK(total_text(t) == "up to $10bn + €1.5bn; reported in total: €4bn");
    CHECK(total_text(t, Language::de) == "bis zu 10 Mrd. $ + 1,5 Mrd. €; insgesamt berichtet: 4 Mrd. €");
}

TEST_CASE("a rough sum shows three digits and says it is rough, an amount says how sure it is") {
    CHECK(rough_money(17.814e9, "USD") == "\u2248$17.8bn");
    CHECK(rough_money(17.814e9, "USD", Language::de) == "\u224817,8 Mrd. $");
    CHECK(rough_money(1.2345e9, "USD") == "\u2248$1.23bn");
    CHECK(money_amount_text(Amount{1e9, "USD", "", Qualifier::total, "equity"}) == "in total $1bn");
    CHECK(money_amount_text(Amount{100e9, "USD", "", Qualifier::up_to, "equity"}, Language::de) == "bis zu 100 Mrd. $");
    CHECK(money_amount_text(Amount{std::nullopt, "USD", "", Qualifier::exact, "equity"}) == "amount not stated");
}
