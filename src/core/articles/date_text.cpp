#include "core/articles/date_text.h"

#include <cstdio>
#include <string>
#include <vector>

#include "core/articles/calendar_words.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {
std::vector<std::string_view> tokens(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (scan::space_width(s, i) || s[i] == ',')) i += std::max<std::size_t>(1, scan::space_width(s, i));
        std::size_t j = i;
        while (j < s.size() && !scan::space_width(s, j) && s[j] != ',') ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

bool valid(int year, int month, int day) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1800 || year > 2200) return false;
    if (month == 0) return day == 0;
    if (month < 1 || month > 12) return false;
    return day == 0 || (day >= 1 && day <= kDays[month - 1]);
}

std::optional<CalendarDate> make(int year, int month, int day) {
    if (!valid(year, month, day)) return std::nullopt;
    const DatePrecision p = day ? DatePrecision::day : month ? DatePrecision::month : DatePrecision::year;
    return CalendarDate{year, month, day, p};
}
}  // namespace

long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::string CalendarDate::iso() const {
    char buf[16];
    if (precision == DatePrecision::year) std::snprintf(buf, sizeof buf, "%04d", year);
    else if (precision == DatePrecision::month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

int month_from_name(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    // Which lengths of month name start with each byte: most words stop here, before any comparison
    // (every token of every sentence is asked, by several annotators).
    static constexpr scan::LengthsByFirstByte kShapes = [] {
        scan::LengthsByFirstByte shapes;
        for (const auto& m : kMonthWords) shapes.add(m.word);
        return shapes;
    }();
    if (!kShapes.may_hold(word)) return 0;
    for (const auto& m : kMonthWords) {
        if (m.word == word) return m.month;
    }
    return 0;
}

const WeekdayWord* weekday_from_name(std::string_view word) {
    // Every token is asked: most start with no weekday's letter and stop at the first test.
    if (word.empty() || !(word[0] == 'M' || word[0] == 'D' || word[0] == 'F' || word[0] == 'S' || word[0] == 'T' || word[0] == 'W')) return nullptr;
    for (const WeekdayWord& d : kWeekdayWords) {
        if (word.size() < d.word.size() || word[0] != d.word[0] || !word.starts_with(d.word)) continue;
        const std::string_view rest = word.substr(d.word.size());
        if (rest.empty() || rest == "morgen" || rest == "vormittag" || rest == "mittag" || rest == "nachmittag" || rest == "abend" || rest == "nacht") return &d;
    }
    return nullptr;
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
    std::size_t b = 0, e = text.size();
    scan::trim(text, b, e);
    text = text.substr(b, e - b);
    if (!text.empty() && text.back() == '.') text.remove_suffix(1);
    const auto t = tokens(text);

    if (t.size() == 1) {
        const std::string_view s = t[0];
        if (auto y = scan::digits_value(s, 4, 4)) return make(*y, 0, 0);
        // Digits by hand: sscanf was most of sorting 100 000 events by date (and slower still in WebAssembly).
        if ((s.size() == 10 || s.size() == 7) && s[4] == '-') {  // 2024-10-21, 2024-10
            const auto y = scan::digits_value(s.substr(0, 4), 4, 4), m = scan::digits_value(s.substr(5, 2), 2, 2);
            const auto d = s.size() == 10 && s[7] == '-' ? scan::digits_value(s.substr(8, 2), 2, 2) : std::optional<int>(0);
            if (y && m && d) return make(*y, *m, *d);
            return std::nullopt;
        }
        if (const auto dot = s.find('.'), second = s.find('.', dot + 1); dot != std::string_view::npos && second != std::string_view::npos) {  // 21.10.2024
            const auto d = scan::digits_value(s.substr(0, dot), 1, 2), m = scan::digits_value(s.substr(dot + 1, second - dot - 1), 1, 2), y = scan::digits_value(s.substr(second + 1), 4, 4);
            if (d && m && y) return make(*y, *m, *d);
        }
        return std::nullopt;
    }
    if (t.size() == 2) {  // "Oktober 2024"
        if (int m = month_from_name(t[0])) {
            if (auto y = scan::digits_value(t[1], 4, 4)) return make(*y, m, 0);
        }
        return std::nullopt;
    }
    if (t.size() == 3) {
        // "21. Oktober 2024"
        if (t[0].size() >= 2 && t[0].back() == '.') {
            const auto d = scan::digits_value(t[0].substr(0, t[0].size() - 1), 1, 2);
            const int m = month_from_name(t[1]);
            const auto y = scan::digits_value(t[2], 4, 4);
            if (d && m && y) return make(*y, m, *d);
        }
        // "October 21, 2024" (the comma is dropped by tokens())
        if (int m = month_from_name(t[0])) {
            const auto d = scan::digits_value(t[1], 1, 2);
            const auto y = scan::digits_value(t[2], 4, 4);
            if (d && y) return make(*y, m, *d);
        }
    }
    return std::nullopt;
}

}  // namespace ds
