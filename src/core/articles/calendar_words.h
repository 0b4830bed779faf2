#pragma once
// Months, seasons and quarters in the languages dealscope speaks: the words the annotators read
// ("Jänner", "Sept", "Herbst", "im dritten Quartal") and the words formatting and the time axis
// write ("October", "Okt", "autumn", "Herbst"). One table, so a new language is a column here.
#include <string>
#include <string_view>

#include "core/text/language.h"

namespace ds {

// Every word that names a month, German and English, full and abbreviated.
struct MonthWord {
    std::string_view word;
    int month;  // 1–12
};
inline constexpr MonthWord kMonthWords[] = {
    {"Januar", 1}, {"Jänner", 1}, {"January", 1}, {"Jan", 1}, {"Februar", 2}, {"February", 2}, {"Feb", 2},
    {"März", 3}, {"March", 3}, {"Mär", 3}, {"Mar", 3}, {"April", 4}, {"Apr", 4}, {"Mai", 5}, {"May", 5},
    {"Juni", 6}, {"June", 6}, {"Jun", 6}, {"Juli", 7}, {"July", 7}, {"Jul", 7}, {"August", 8}, {"Aug", 8},
    {"September", 9}, {"Sept", 9}, {"Sep", 9}, {"Oktober", 10}, {"October", 10}, {"Okt", 10}, {"Oct", 10},
    {"November", 11}, {"Nov", 11}, {"Dezember", 12}, {"December", 12}, {"Dez", 12}, {"Dec", 12},
};

// Days of the week, German and English, with their ISO number (Monday = 1).
struct WeekdayWord {
    std::string_view word;
    int day;
};
inline constexpr WeekdayWord kWeekdayWords[] = {
    {"Montag", 1}, {"Dienstag", 2}, {"Mittwoch", 3}, {"Donnerstag", 4}, {"Freitag", 5}, {"Samstag", 6}, {"Sonntag", 7},
    {"Monday", 1}, {"Tuesday", 2}, {"Wednesday", 3}, {"Thursday", 4}, {"Friday", 5}, {"Saturday", 6}, {"Sunday", 7},
};

// Words for seasons and the TIMEX3 code each stands for, with the month the season starts in.
struct SeasonWord {
    std::string_view word;
    const char* code;  // SP, SU, FA, WI
    int month;
};
inline constexpr SeasonWord kSeasonWords[] = {
    {"Frühjahr", "SP", 3}, {"Frühling", "SP", 3}, {"Sommer", "SU", 6}, {"Herbst", "FA", 9}, {"Winter", "WI", 12},
    {"spring", "SP", 3}, {"summer", "SU", 6}, {"autumn", "FA", 9}, {"fall", "FA", 9}, {"winter", "WI", 12},
};

// "im ersten … vierten Quartal": the German ordinals before "Quartal", first to fourth.
inline constexpr std::string_view kQuarterOrdinals[] = {"ersten", "zweiten", "dritten", "vierten"};

// "October" / "Oktober"; "" outside 1–12.
const char* month_name(int month, Language language);
// "Oct" / "Okt", for the time axis.
const char* month_abbreviation(int month, Language language);
// "autumn" / "Herbst" for a season code (SP, SU, FA, WI); "" for another code.
const char* season_name(std::string_view code, Language language);

}  // namespace ds
