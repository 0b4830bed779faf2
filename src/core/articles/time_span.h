#pragma once
// The stretch of days a TIMEX3 date value covers: "2019" is all of 2019, "2023-Q3" a quarter,
// "2024-10-21" one day. The timeline draws imprecise dates as spans, not as false exact points.
#include <optional>
#include <string>

namespace ds {

enum class SpanPrecision { year, half, season, quarter, month, day };

struct DaySpan {
    long start = 0, end = 0;  // days since 1970-01-01; end is exclusive
    SpanPrecision precision = SpanPrecision::day;
};

// None for "XXXX" and anything that is not a TIMEX3 date.
std::optional<DaySpan> timex_span(const std::string& timex);

// A sortable day number for the start of a TIMEX3 period (2023-FA → 1 Sep 2023); none for "XXXX".
std::optional<long> timex_start_day(const std::string& timex);

// "2024-10-21" for a day number.
std::string iso_day(long day);

}  // namespace ds
