// Date and duration rules on sentences of our own, resolved against the article date.
#include <doctest/doctest.h>

#include "support/annotate_helpers.h"

using namespace ds;

namespace {
struct Time { std::string text, timex, precision, mod; bool anchored; };

std::vector<Time> times(const std::string& body, const std::string& date = "2025-11-20", MentionKind kind = MentionKind::date) {
    const auto a = test::annotate_text(body, date);
    std::vector<Time> out;
    for (const auto& m : a.of(kind)) out.push_back({a.text(m), m.timex, m.precision.str(), m.mod.str(), m.anchored});
    return out;
}

void check_one(const std::string& body, const std::string& text, const std::string& timex, const std::string& date = "2025-11-20") {
    CAPTURE(body);
    const auto found = times(body, date);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == text);
    CHECK(found[0].timex == timex);
}
}  // namespace

TEST_CASE("absolute dates: years, months, days, seasons, quarters, halves") {
    check_one("Die Firma wurde 2016 gegründet.", "2016", "2016");
    check_one("Im Mai 2022 kam die Zusage.", "Mai 2022", "2022-05");
    check_one("Am 3. Februar 2025 unterschrieben beide.", "3. Februar 2025", "2025-02-03");
    check_one("The deal closed on March 5, 2024 in New York.", "March 5, 2024", "2024-03-05");
    // British English puts the day first, without a point.
    check_one("The deal closed on 4 February 2025 in London.", "4 February 2025", "2025-02-04");
    check_one("It was signed on 4 March, the firm said.", "4 March", "2025-03-04");
    // A number before a month's name across a comma is no day.
    check_one("Of the 12, March 2024 saw the most.", "March 2024", "2024-03");
    check_one("Im Frühjahr 2024 begannen Gespräche.", "Frühjahr 2024", "2024-SP");
    check_one("Talks began in the summer of 2024.", "summer of 2024", "2024-SU");
    check_one("Der Umsatz wuchs im zweiten Quartal 2024 stark.", "zweiten Quartal 2024", "2024-Q2");
    check_one("Im 4. Quartal 2023 brach er ein.", "4. Quartal 2023", "2023-Q4");
    check_one("Die Zahlen für Q1 2025 liegen vor.", "Q1 2025", "2025-Q1");
    check_one("In der ersten Jahreshälfte 2026 soll es losgehen.", "ersten Jahreshälfte 2026", "2026-H1");
}

TEST_CASE("modifiers: Mitte, Anfang, Ende") {
    const auto mid = times("Der Bau soll bis Mitte 2027 fertig sein.");
    REQUIRE(mid.size() == 1);
    CHECK(mid[0].timex == "2027");
    CHECK(mid[0].mod == "MID");
    CHECK(times("Anfang 2023 war es so weit.")[0].mod == "START");
    CHECK(times("Ende Oktober 2024 kam die Meldung.")[0].timex == "2024-10");
    CHECK(times("Ende Oktober 2024 kam die Meldung.")[0].mod == "END");
}

TEST_CASE("relative months, seasons and quarters follow the tense and the article date") {
    check_one("Im Februar hatte der Konzern investiert.", "Februar", "2025-02");       // past, before November 2025
    check_one("Im Dezember verkaufte der Fonds alles.", "Dezember", "2024-12");        // past: the December before
    check_one("Im Dezember wird der Vertrag unterschrieben.", "Dezember", "2025-12"); // future: the coming December
    check_one("Im Januar soll die Anlage starten.", "Januar", "2026-01");
    check_one("Seit Juli läuft das Programm.", "Juli", "2025-07");
    check_one("Im Herbst stiegen die Kurse.", "Herbst", "2025-FA");
    check_one("Im ersten Quartal brach der Gewinn ein.", "ersten Quartal", "2025-Q1");
    check_one("Heute kündigte das Unternehmen an, Stellen zu streichen.", "Heute", "2025-11-20");
    // A preterite right after the date is past, though a later clause plans ahead ("bis 2032" is a deadline).
    const auto pledged = times("Im September verpflichtete er sich, bis 2032 Rechenkapazität abzunehmen.", "2025-12-05");
    REQUIRE(!pledged.empty());
    CHECK(pledged[0].timex == "2025-09");
}

TEST_CASE("an English verb in -ed in the date's own clause dates it in the past, whatever the sentence plans after it") {
    const auto picked = times("In January the company picked a site near Columbus for a plant where it plans to invest close to $1 billion.", "2025-06-12");
    REQUIRE(!picked.empty());
    CHECK(picked[0].timex == "2025-01");
    // What looks ahead stays ahead: "is expected to", and a participle after "with" that describes what is planned.
    check_one("The deal is expected to close in January.", "January", "2026-01", "2025-06-12");
    const auto handed = times("CoreWeave will provide a cluster of chips, with the first systems handed over in December.", "2025-11-13");
    REQUIRE(!handed.empty());
    CHECK(handed[0].timex == "2025-12");
}

TEST_CASE("a relative clause's plans do not make the day of its sentence a coming one") {
    // 3 November 2025 is a Monday: the Wednesday the start-up came out was the one before.
    check_one("Am Mittwoch trat das Start-up Zuplex aus der Deckung, das Entwicklern beim Schreiben von Code helfen will.", "Mittwoch", "2025-10-29",
              "2025-11-03");
}

TEST_CASE("without an article date relative expressions are kept, not guessed") {
    const auto found = times("Im März hatte die Bewertung noch niedriger gelegen.", "");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "März");
    CHECK(found[0].timex == "XXXX-03");
    CHECK_FALSE(found[0].anchored);
    CHECK(times("Die Firma wurde 2016 gegründet.", "")[0].anchored);
}

TEST_CASE("durations") {
    const auto found = times("In den kommenden fünf Jahren und über mehrere Monate hinweg, seit Wochen schon.", "2025-11-20", MentionKind::duration);
    REQUIRE(found.size() == 3);
    CHECK(found[0].timex == "P5Y");
    CHECK(found[1].timex == "PXM");
    CHECK(found[2].timex == "PXW");
    CHECK(times("Der Vertrag läuft 18 Monate.", "2025-11-20", MentionKind::duration)[0].timex == "P18M");
}

TEST_CASE("numbers that are not years are not dates") {
    CHECK(times("Der Konzern hat 2.500 Mitarbeiter und zahlt 2030 Milliarden nicht.").empty());
    CHECK(times("Das Modell GPT-4 und 10.000 Stellen.").empty());
}

TEST_CASE("weekdays are placed against a day-precise article date, else left unanchored") {
    // 2025-11-20 is a Thursday.
    check_one("Das teilte das Unternehmen am Montag mit.", "Montag", "2025-11-17");
    check_one("Am Donnerstag verkaufte der Fonds seine Anteile.", "Donnerstag", "2025-11-20");
    check_one("Am Freitag soll der Vertrag unterschrieben werden.", "Freitag", "2025-11-21");
    check_one("Am Montag wird die Aktie gelistet.", "Montag", "2025-11-24");
    // "last", "vergangenen": a week back on the day itself; "… vergangener Woche", "of last week": that day of the week before.
    check_one("Am vergangenen Donnerstag verkaufte der Fonds.", "vergangenen Donnerstag", "2025-11-13");
    check_one("The fund sold its stake last Tuesday.", "last Tuesday", "2025-11-18");
    check_one("Am Dienstag vergangener Woche unterschrieb Meta.", "Dienstag vergangener Woche", "2025-11-11");
    check_one("Meta signed on Friday of last week.", "Friday of last week", "2025-11-14");
    check_one("Am kommenden Donnerstag wird unterschrieben.", "kommenden Donnerstag", "2025-11-27");
    const auto month_only = times("Das teilte das Unternehmen am Montag mit.", "2025-11");
    REQUIRE(month_only.size() == 1);
    CHECK(month_only[0].timex == "XXXX-WXX-1");
    CHECK_FALSE(month_only[0].anchored);
}

TEST_CASE("yesterday and the day before, from a day-precise article date only") {
    check_one("Noch einmal zurück zu gestern: OpenAI hat sich an X beteiligt.", "gestern", "2025-11-19");
    check_one("Vorgestern unterschrieb der Konzern den Vertrag.", "Vorgestern", "2025-11-18");
    check_one("The deal was signed yesterday.", "yesterday", "2025-11-19");
    CHECK(times("Gestern kam die Meldung.", "2025-11").empty());
}

TEST_CASE("periods counted from the article's date: years, months, weeks, the year's end") {
    // The article is of 2025-11-20.
    check_one("Im vergangenen Jahr wuchs der Umsatz stark.", "vergangenen Jahr", "2024");
    check_one("Im laufenden Jahr soll der Umsatz steigen.", "laufenden Jahr", "2025");
    check_one("Im kommenden Jahr soll die Anlage laufen.", "kommenden Jahr", "2026");
    check_one("Bis Ende des Jahres soll alles stehen.", "Ende des Jahres", "2025");
    check_one("Vergangene Woche kam die Zusage.", "Vergangene Woche", "2025-11");
    check_one("The company raised money last year.", "last year", "2024");
    check_one("The deal closed last month.", "last month", "2025-10");
    check_one("It opened in May last year.", "May last year", "2024-05");
}

TEST_CASE("numeric dates in running text, English quarters and halves, a month and a day without a year") {
    check_one("Die Mitteilung vom 07.11.2023 nennt keine Summe.", "07.11.2023", "2023-11-07");
    check_one("Deliveries start in the third quarter of 2026.", "third quarter of 2026", "2026-Q3");
    check_one("Production moves in the second half of 2026.", "second half of 2026", "2026-H2");
    check_one("In der zweiten Hälfte 2026 beginnt die Produktion.", "zweiten Hälfte 2026", "2026-H2");
    check_one("The contract was signed on Sept 9 in London.", "Sept 9", "2025-09-09");
}

TEST_CASE("weekdays: an English one needs no 'on', a reporting verb in the past places it before the article") {
    // 2025-11-20 is a Thursday; "wird … bewertet" is future, but "mitteilte" says when it was told.
    check_one("Das Unternehmen wird nun mit sechs Milliarden bewertet, wie der Chef am Dienstag mitteilte.", "Dienstag", "2025-11-18");
    check_one("The company said Tuesday that it had raised money.", "Tuesday", "2025-11-18");
}

TEST_CASE("a past report of a future plan dates the report: the month is the one before the article") {
    // "ab 2027" speaks of the future, "berichteten" of the past: the September is the last one.
    const auto found = times("Im September berichteten US-Medien, OpenAI habe sich verpflichtet, ab 2027 Rechenleistung zu kaufen.", "2025-10-24");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "September");
    CHECK(found[0].timex == "2025-09");
    check_one("The round doubles its valuation from October, when it raised money.", "October", "2024-10", "2025-04-01");
}

TEST_CASE("holidays on a fixed day: the last one before the article, only its month when the text says before or after") {
    check_one("Wie Kalvero an Heiligabend mitteilte, ist der Vertrag unterschrieben.", "Heiligabend", "2025-12-24", "2025-12-26");
    check_one("Nvidia zahlte kurz vor Weihnachten rund 20 Milliarden Dollar.", "Weihnachten", "2025-12", "2026-01-16");
    check_one("The deal was signed on Christmas Eve.", "Christmas Eve", "2025-12-24", "2026-01-05");
}

TEST_CASE("a weekday in a sentence that also speaks of the future is past when a deal verb is in the preterite") {
    // 2026-01-16 is a Friday: the Wednesday before it is the 14th.
    check_one("Am Mittwoch bekam er die Bestätigung: OpenAI wird bei Kalvero Rechenleistung einkaufen.", "Mittwoch", "2026-01-14", "2026-01-16");
}

TEST_CASE("last and next month names count from the article's month") {
    check_one("Last April, the company secured a loan.", "Last April", "2024-04", "2025-02-21");
    check_one("Last January, the company secured a loan.", "Last January", "2025-01", "2025-02-21");
    check_one("Im vergangenen Februar kam die Zusage.", "vergangenen Februar", "2024-02", "2025-02-21");
    check_one("The plant opens next March.", "next March", "2025-03", "2025-02-21");
}

TEST_CASE("a modifier that ends the sentence modifies nothing") {
    CHECK(times("The money came late").empty());
    CHECK(times("Die Zusage kam erst Ende").empty());
}

TEST_CASE("the tense is the date's own clause: a past announcement of a future plan is past") {
    // Article of 2025-11-05: October was last month, whatever the plan that follows says.
    check_one("Am 6. Oktober gaben AMD und OpenAI bekannt, dass OpenAI Chips einsetzen wird.", "6. Oktober", "2025-10-06", "2025-11-05");
    check_one("Am 13. Oktober kam Broadcom hinzu: Systeme sollen danach installiert werden.", "13. Oktober", "2025-10-13", "2025-11-05");
    // A clause with no cue of its own takes the sentence's; a verb's particle "ab" is no "from".
    check_one("Am Montag stürzte die Aktie um 17 Prozent ab, nachdem DeepSeek ein Modell vorgestellt hatte.", "Montag", "2025-01-27", "2025-01-31");
    // The future in the date's clause still looks ahead.
    check_one("Der Vertrag soll am 9. Januar unterzeichnet werden.", "9. Januar", "2026-01-09", "2025-12-19");
}

TEST_CASE("a wire's abbreviated month with its period, a weekday's time of day, the edges of this month") {
    check_one("Meta sold bonds on Oct. 30 to fund the campus.", "Oct. 30", "2025-10-30", "2025-11-12");
    check_one("CoreWeave signed the contract on Sept. 30.", "Sept. 30", "2025-09-30", "2025-11-12");
    check_one("Die Meldung kam am Freitagvormittag.", "Freitagvormittag", "2025-12-05", "2025-12-06");
    check_one("Am Montagabend unterschrieben beide.", "Montagabend", "2025-12-01", "2025-12-06");
    check_one("Die Mitteilung vom Mittwoch kam spät.", "Mittwoch", "2024-06-26", "2024-06-28");
    // What is "from" a day has happened, even beside a clause that looks ahead.
    check_one("Ohne Preisschild kommt eine Meldung vom Mittwoch aus: Accenture gründet eine Einheit, die Firmen helfen soll.", "Mittwoch",
              "2024-10-02", "2024-10-04");
    const auto edge = times("Anfang des Monats hatte Microsoft den Vertrag unterzeichnet.", "2025-11-18");
    REQUIRE(edge.size() == 1);
    CHECK(edge[0].text == "Anfang des Monats");
    CHECK(edge[0].timex == "2025-11");
    CHECK(edge[0].mod == "START");
    // "Freitags" is a habit, not a day; "Montagsdemo" no date.
    CHECK(times("Die Börse schließt freitags früher.", "2025-12-06").empty());
}

TEST_CASE("a clause of the date alone takes the tense of the clause it opens") {
    // "planned" later in the sentence does not make last July next July.
    check_one("In July, Google paid about $2.4 billion for a licence, after a planned sale fell apart.", "July", "2025-07", "2025-11-13");
    check_one("Im März, so heißt es, soll die Runde schließen.", "März", "2026-03", "2025-11-13");
}

TEST_CASE("a clause that gives a reason does not set the tense of a date in another") {
    check_one("Noch einmal zurück zum 18. März, denn dieser Deal wird uns lange beschäftigen.", "18. März", "2025-03-18", "2025-04-01");
    // Without the reason, the sentence's future still places a bare date ahead.
    check_one("Zum 18. Mai: Dann wird der Deal abgeschlossen.", "18. Mai", "2025-05-18", "2025-04-01");
}

TEST_CASE("the last or next season counts from the article's month, and a sum after a German month is no day") {
    check_one("Helsing hatte im vergangenen Sommer Geld eingesammelt.", "im vergangenen Sommer", "2024-SU", "2025-05-28");
    check_one("Helsing hatte im vergangenen Sommer Geld eingesammelt.", "im vergangenen Sommer", "2025-SU", "2025-10-02");
    check_one("Last summer the lab raised money.", "Last summer", "2024-SU", "2025-03-02");
    check_one("Im kommenden Frühjahr soll die Runde schließen.", "Im kommenden Frühjahr", "2026-SP", "2025-05-28");
    const auto sum = times("Nachdem er im Februar 20 Milliarden Euro in Aussicht gestellt hatte, kam mehr.", "2025-10-03");
    REQUIRE(sum.size() == 1);
    CHECK(sum[0].timex == "2025-02");
    // An English date stays one.
    check_one("The deal closed on February 20.", "February 20", "2025-02-20", "2025-10-03");
}

TEST_CASE("a date counted from the last one the text named: the same year or month, a month of that year, years later") {
    const auto found = times("Im März 2023 kaufte Alibaba ein. Im Oktober jenes Jahres sammelte Baichuan Geld. Im selben Monat kam mehr. "
                             "Zwei Jahre später war alles anders. Later that year it grew.",
                             "2025-10-11");
    REQUIRE(found.size() == 5);
    CHECK(found[1].text == "Im Oktober jenes Jahres");
    CHECK(found[1].timex == "2023-10");
    CHECK(found[2].timex == "2023-10");
    CHECK(found[3].text == "Zwei Jahre später");
    CHECK(found[3].timex == "2025");
    // With no date before, none is made up.
    CHECK(times("Im selben Jahr kam mehr.", "2025-10-11").empty());
    // "December of that year", "March that year", "June of the same year": that year's month, not the article's.
    const auto english = times("It raised a Series A in February 2021, then a Series B in December of that year. In 2023 it signed a deal in March that year. "
                               "In June of the same year it bought a rival.",
                               "2025-09-10");
    REQUIRE(english.size() == 5);
    CHECK(english[1].text == "in December of that year");
    CHECK(english[1].timex == "2021-12");
    CHECK(english[3].timex == "2023-03");
    CHECK(english[4].timex == "2023-06");
}

TEST_CASE("a weekday in a clause whose sentence goes on in the future is still the one before the article when its clause says what followed") {
    const auto a = test::annotate_text("Am Mittwoch folgte der nächste Paukenschlag: Anthropic will 50 Milliarden Dollar in Rechenzentren stecken.", "2025-11-14");
    const auto dates = a.of(MentionKind::date);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].timex == "2025-11-12");
}

TEST_CASE("'two years ago', 'vor drei Monaten' count back from the article's date, and 'Monday's' names the day") {
    check_one("Two years ago the company was founded.", "Two years ago", "2023", "2025-11-13");
    check_one("Vor zwei Jahren war das noch anders.", "Vor zwei Jahren", "2023", "2025-11-13");
    check_one("Vor drei Monaten sammelte Lumora Geld ein.", "Vor drei Monaten", "2025-08", "2025-11-13");
    check_one("It was bigger than a year ago.", "a year ago", "2024", "2025-11-13");
    check_one("Here is what crossed our desk, from Monday's mega-round to the sale.", "Monday's", "2025-02-17", "2025-02-21");
}

TEST_CASE("'am selben Tag', 'on the same day' is the day last named, not a year told since") {
    const auto de = times("Am Dienstag meldete SambaNova eine Finanzierung. Das 2017 gegründete Unternehmen wächst. Am selben Tag sammelte Scale AI Geld ein.",
                          "2021-04-16");
    const auto same = std::find_if(de.begin(), de.end(), [](const auto& t) { return t.text == "Am selben Tag"; });
    REQUIRE(same != de.end());
    CHECK(same->timex == "2021-04-13");
    const auto en = times("SambaNova raised money on Tuesday. It was founded in 2017. On the same day Scale AI raised $325 million.", "2021-04-16");
    const auto same_en = std::find_if(en.begin(), en.end(), [](const auto& t) { return t.text == "On the same day"; });
    REQUIRE(same_en != en.end());
    CHECK(same_en->timex == "2021-04-13");
}

TEST_CASE("'am selben Tag' after a month named without its day is that month") {
    const auto found = times("Anfang November zog Microsoft nach. Am selben Tag meldete Lambda einen Vertrag.", "2025-11-20");
    const auto same = std::find_if(found.begin(), found.end(), [](const auto& t) { return t.text == "Am selben Tag"; });
    REQUIRE(same != found.end());
    CHECK(same->timex == "2025-11");
}
