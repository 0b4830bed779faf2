#include "core/articles/calendar_words.h"

namespace ds {

namespace {
struct Month {
    const char* name_en;
    const char* name_de;
    const char* short_en;
    const char* short_de;
};
constexpr Month kMonths[] = {
    {"January", "Januar", "Jan", "Jan"},       {"February", "Februar", "Feb", "Feb"},  {"March", "März", "Mar", "Mär"},
    {"April", "April", "Apr", "Apr"},          {"May", "Mai", "May", "Mai"},           {"June", "Juni", "Jun", "Jun"},
    {"July", "Juli", "Jul", "Jul"},            {"August", "August", "Aug", "Aug"},     {"September", "September", "Sep", "Sep"},
    {"October", "Oktober", "Oct", "Okt"},      {"November", "November", "Nov", "Nov"}, {"December", "Dezember", "Dec", "Dez"},
};

struct Season {
    std::string_view code;
    const char* en;
    const char* de;
};
constexpr Season kSeasons[] = {{"SP", "spring", "Frühjahr"}, {"SU", "summer", "Sommer"}, {"FA", "autumn", "Herbst"}, {"WI", "winter", "Winter"}};
}  // namespace

const char* month_name(int month, Language language) {
    if (month < 1 || month > 12) return "";
    const Month& m = kMonths[month - 1];
    return language == Language::de ? m.name_de : m.name_en;
}

const char* month_abbreviation(int month, Language language) {
    if (month < 1 || month > 12) return "";
    const Month& m = kMonths[month - 1];
    return language == Language::de ? m.short_de : m.short_en;
}

const char* season_name(std::string_view code, Language language) {
    for (const Season& s : kSeasons) {
        if (s.code == code) return language == Language::de ? s.de : s.en;
    }
    return "";
}

}  // namespace ds
