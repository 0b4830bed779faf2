#pragma once
// Calendar dates written out in German or English: "21. Oktober 2024", "October 21, 2024",
// "21.10.2024", "2024-10-21", "Oktober 2024", "2024". Relative expressions come with the annotators.
#include <optional>
#include <string_view>

#include "core/articles/article.h"

namespace ds {

struct CalendarDate {
    int year = 0, month = 0, day = 0;  // month/day 0 when not given
    DatePrecision precision = DatePrecision::day;
    std::string iso() const;           // "2024", "2024-10", "2024-10-21"
};

// Month number 1–12 for a German or English month name or common abbreviation, else 0.
int month_from_name(std::string_view word);

struct WeekdayWord;
// The day of the week a capitalised word names: "Montag", "Monday", also with a time of day in one
// word ("Freitagvormittag", "Montagabend"); nullptr for any other word.
const WeekdayWord* weekday_from_name(std::string_view word);

// Days since 1970-01-01 for a proleptic Gregorian date, and back (Howard Hinnant's algorithms):
// day arithmetic and ordering for weekdays and period starts.
long days_from_civil(int year, int month, int day);
void civil_from_days(long days, int& year, int& month, int& day);

// Parses `text` when it is exactly one date (surrounding white space and a final period allowed).
std::optional<CalendarDate> parse_calendar_date(std::string_view text);

}  // namespace ds
