#include <doctest/doctest.h>

#include "core/articles/date_text.h"
#include "core/text/text_scan.h"

using namespace ds;

TEST_CASE("calendar dates in German and English forms") {
    struct Case { const char* text; const char* iso; };
    const Case cases[] = {
        {"October 21, 2024", "2024-10-21"}, {"21. Oktober 2024", "2024-10-21"}, {"21.10.2024", "2024-10-21"},
        {"2024-10-21", "2024-10-21"}, {"Oktober 2024", "2024-10"}, {"2023-01", "2023-01"}, {"2019", "2019"},
        {" 3. März 2025. ", "2025-03-03"}, {"Dec 1, 2025", "2025-12-01"}, {"1.2.2024", "2024-02-01"}, {"09.1.2024", "2024-01-09"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto d = parse_calendar_date(c.text);
        REQUIRE(d.has_value());
        CHECK(d->iso() == c.iso);
    }
}

TEST_CASE("non-dates and impossible dates are refused") {
    for (const char* text : {"", "Freigegeben:", "31. Februar 2024", "2024-13-01", "October 2024 und mehr", "10.000", "13. Quartal 2024", "1700",
                             "2024-1-05", "2024-10-5x", "2024-+1", "24-10-2024", "1.2.24", "1..2024", "x.1.2024"}) {
        CAPTURE(text);
        CHECK_FALSE(parse_calendar_date(text).has_value());
    }
}

TEST_CASE("day numbers round-trip and know the epoch and leap days") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28) == 2);  // 2024 is a leap year
    CHECK(days_from_civil(2025, 3, 1) - days_from_civil(2025, 2, 28) == 1);
    int y = 0, m = 0, d = 0;
    civil_from_days(days_from_civil(2025, 11, 20) + 4, y, m, d);
    CHECK(y == 2025);
    CHECK(m == 11);
    CHECK(d == 24);
}

TEST_CASE("digit runs and the first-byte length filter that word lists use") {
    CHECK(scan::digits_value("2024", 4, 4) == 2024);
    CHECK(scan::digits_value("07", 1, 2) == 7);
    CHECK_FALSE(scan::digits_value("207", 1, 2).has_value());
    CHECK_FALSE(scan::digits_value("2a", 1, 2).has_value());
    CHECK(scan::digits_value("", 0, 2) == 0);  // no digits at an allowed length of 0
    scan::LengthsByFirstByte shapes;
    for (const char* w : {"März", "Mai", "May"}) shapes.add(w);
    CHECK(shapes.may_hold("Mai"));
    CHECK(shapes.may_hold("Max"));  // same first byte and length: the list decides
    CHECK_FALSE(shapes.may_hold("Maximal"));
    CHECK_FALSE(shapes.may_hold("mai"));
    CHECK_FALSE(shapes.may_hold(""));
    CHECK(month_from_name("März") == 3);
    CHECK(month_from_name("Max") == 0);
}
