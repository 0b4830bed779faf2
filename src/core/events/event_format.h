#pragma once
// Display strings for events in the reader's language: "Microsoft → OpenAI", "up to $5bn" /
// "bis zu 5 Mrd. $", "autumn 2023" / "Herbst 2023", "Mindverse, 21 October 2024".
#include <string>

#include "core/annotate/gazetteer.h"
#include "core/articles/article.h"
#include "core/events/analytics.h"
#include "core/events/event.h"
#include "core/text/language.h"

namespace ds {

// Participants by role: "Microsoft → OpenAI" for money and compute, "A, B, C" otherwise.
// A participant's name: the gazetteer's, or as the article writes it for a party it does not know.
std::string participant_name(const Participant& p, const Gazetteer& g);
std::string event_participants_text(const Event& e, const Gazetteer& g);

// The event's first money amount in words ("up to $5bn", "bis zu 5 Mrd. $"), or "" when it names none.
std::string event_amount_text(const Event& e, Language language = Language::en);
// A money amount in words: "up to $5bn", "in total $1bn", "bis zu 5 Mrd. $"; "amount not stated"
// when it has no figure.
std::string money_amount_text(const Amount& a, Language language = Language::en);

// For tight spaces: "$10bn", "≤$5bn" (up to), "~$1bn" (about); "" when no money amount is stated.
std::string event_amount_short(const Event& e, Language language = Language::en);
// 13 750 000 000, "USD" → "$13.75bn" / "13,75 Mrd. $"; two decimals at most, none when whole.
std::string compact_money(double value, const std::string& currency, Language language = Language::en);
// A sum that is only rough (other currencies counted in at rough rates) with no more digits than it
// has: 17 814 000 000 → "≈$17.8bn" / "≈17,8 Mrd. $".
std::string rough_money(double value, const std::string& currency, Language language = Language::en);

// A sum in words that keeps its parts apart, never adding an "up to" to a stated figure:
// "$1bn + up to $2bn, disputed", "$10bn + 1 more without a figure", "amount not stated"; a running
// total a source states follows it, and an alleged amount is not added: "$11bn + allegedly $2bn,
// disputed; reported in total: $13.75bn". Each currency
// keeps its own sum: "$10bn + €1.5bn".
std::string total_text(const Total& t, Language language = Language::en);
// The same without the running total a source states: for a note in a graphic, which has room for
// the sum only (a story's caption tells the rest).
std::string total_text_brief(const Total& t, Language language = Language::en);

// A claim's fact and an assertion in the reader's language (English where no German is written).
const std::string& claim_fact(const Claim& c, Language language);
const std::string& assertion_says(const ClaimAssertion& a, Language language);

// A quote as one cites it: „…“ — Publisher: "Title", 2024-10-21 (leaving out what is unknown).
std::string citation_text(const Citation& c, const Article* article);

// Where a quote comes from, as a reader names it: "Mindverse, 21 October 2024"; without a
// publisher "publisher not named, January 2023, date inferred" (the file id is for a tooltip).
std::string source_text(const Article& article, Language language = Language::en);

// A quote in the marks of the reader's language: „…“ in German, “…” in English (whatever language it is in).
std::string quoted(std::string_view text, Language language);

// Where an event typed into a spreadsheet comes from: "From a table (deals.csv, row 4), no quote" /
// "Aus einer Tabelle (deals.csv, Zeile 4), ohne Zitat".
std::string table_source_text(const TableOrigin& table, Language language = Language::en);

// "autumn 2023", "June 2024", "21 October 2024", "date unknown" (German: "Herbst 2023", …).
std::string event_date_text(const Event& e, Language language = Language::en);

// A term of the deal as a line: "duration: over several years", "Laufzeit: über mehrere Jahre" (the
// English value when the data has no German one).
std::string term_text(const Event& e, std::size_t index, Language language);

// "1 event", "3 events", "1 Ereignis", "3 Ereignisse".
std::string events_count_text(int n, Language language);

// The articles quoting the event: several quotes from one article are one source.
std::size_t event_source_count(const Event& e);

// What happened, in the language (the other one when the event has none in it, as a user's own may).
const std::string& event_summary(const Event& e, Language language);

}  // namespace ds
