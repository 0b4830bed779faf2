#include "core/articles/time_span.h"

#include <cstdio>

#include "core/articles/date_text.h"

namespace ds {

namespace {
long month_start(int year, int month) {
    while (month > 12) {
        month -= 12;
        ++year;
    }
    return days_from_civil(year, month, 1);
}
}  // namespace

std::optional<DaySpan> timex_span(const std::string& v) {
    if (v.size() < 4 || v == "XXXX") return std::nullopt;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (v[i] < '0' || v[i] > '9') return std::nullopt;
        year = year * 10 + (v[i] - '0');
    }
    if (v.size() == 4) return DaySpan{month_start(year, 1), month_start(year + 1, 1), SpanPrecision::year};
    if (v[4] != '-') return std::nullopt;
    const std::string rest = v.substr(5);
    // Meteorological seasons, as the annotators resolve "im Herbst".
    if (rest == "SP") return DaySpan{month_start(year, 3), month_start(year, 6), SpanPrecision::season};
    if (rest == "SU") return DaySpan{month_start(year, 6), month_start(year, 9), SpanPrecision::season};
    if (rest == "FA") return DaySpan{month_start(year, 9), month_start(year, 12), SpanPrecision::season};
    if (rest == "WI") return DaySpan{month_start(year, 12), month_start(year, 15), SpanPrecision::season};
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
        const int first = 3 * (rest[1] - '0') - 2;
        return DaySpan{month_start(year, first), month_start(year, first + 3), SpanPrecision::quarter};
    }
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
        const int first = rest[1] == '1' ? 1 : 7;
        return DaySpan{month_start(year, first), month_start(year, first + 6), SpanPrecision::half};
    }
    const auto d = parse_calendar_date(v);
    if (!d || d->year != year) return std::nullopt;
    if (d->day == 0) return DaySpan{month_start(year, d->month), month_start(year, d->month + 1), SpanPrecision::month};
    const long day = days_from_civil(d->year, d->month, d->day);
    return DaySpan{day, day + 1, SpanPrecision::day};
}

std::optional<long> timex_start_day(const std::string& timex) {
    const auto span = timex_span(timex);
    if (!span) return std::nullopt;
    return span->start;
}

std::string iso_day(long day) {
    int y = 0, m = 0, d = 0;
    civil_from_days(day, y, m, d);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    return text;
}

}  // namespace ds
