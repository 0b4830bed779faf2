// Date values as the spans of days they cover.
#include <doctest/doctest.h>

#include "core/articles/date_text.h"
#include "core/articles/time_span.h"

using namespace ds;

TEST_CASE("date values become the spans of days they cover") {
    const auto year = timex_span("2019");
    REQUIRE(year);
    CHECK(year->end - year->start == 365);
    CHECK(year->precision == SpanPrecision::year);
    CHECK(timex_span("2024-02")->end - timex_span("2024-02")->start == 29);  // a leap year's February
    const auto quarter = timex_span("2025-Q3");
    CHECK(quarter->start == days_from_civil(2025, 7, 1));
    CHECK(quarter->end == days_from_civil(2025, 10, 1));
    CHECK(timex_span("2023-FA")->start == days_from_civil(2023, 9, 1));
    CHECK(timex_span("2023-WI")->end == days_from_civil(2024, 3, 1));
    CHECK(timex_span("2026-H2")->start == days_from_civil(2026, 7, 1));
    const auto day = timex_span("2024-10-21");
    CHECK(day->end - day->start == 1);
    CHECK(day->precision == SpanPrecision::day);
    CHECK_FALSE(timex_span("XXXX"));
    CHECK_FALSE(timex_span("im Juni"));
    CHECK(iso_day(days_from_civil(2024, 10, 21)) == "2024-10-21");
}
