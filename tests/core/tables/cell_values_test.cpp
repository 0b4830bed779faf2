#include <doctest/doctest.h>

#include "core/tables/cell_values.h"

using namespace ds;

namespace {
void check_amount(const char* cell, double value, const char* currency, Qualifier q = Qualifier::exact) {
    CAPTURE(cell);
    const auto a = read_amount_cell(cell);
    REQUIRE(a.has_value());
    CHECK(a->value == doctest::Approx(value));
    CHECK(a->currency == currency);
    CHECK(a->qualifier == q);
}
}  // namespace

TEST_CASE("amounts are read as people type them, in English and German") {
    check_amount("$1.5bn", 1.5e9, "USD");
    check_amount("1,5 Mrd. €", 1.5e9, "EUR");
    check_amount("1.500.000.000", 1.5e9, "");
    check_amount("1,500,000,000", 1.5e9, "");
    check_amount("1 500 000", 1.5e6, "");
    check_amount("up to $100 billion", 1e11, "USD", Qualifier::up_to);
    check_amount("bis zu 100 Milliarden Dollar", 1e11, "USD", Qualifier::up_to);
    check_amount("rund 600 Mio. Euro", 6e8, "EUR", Qualifier::about);
    check_amount("€ 13,75 Mrd", 13.75e9, "EUR");
    check_amount("USD 250m", 2.5e8, "USD");
    check_amount("1.234,56", 1234.56, "");
    check_amount("2 Billionen Dollar", 2e12, "USD");
    check_amount("at least $4bn", 4e9, "USD", Qualifier::at_least);
}

TEST_CASE("cells that are not amounts, or in currencies dealscope does not convert, are not read") {
    for (const char* cell : {"lots", "", "1.2.3", "12,34,5", "$", "5 apples", "-3", "0", "1e400"}) {
        CAPTURE(cell);
        CHECK_FALSE(read_amount_cell(cell).has_value());
    }
    std::string foreign;
    CHECK_FALSE(read_amount_cell("£2bn", &foreign).has_value());
    CHECK(foreign == "GBP");
}

TEST_CASE("dates are read in the forms spreadsheets and people write") {
    const std::pair<const char*, const char*> cases[] = {
        {"2024", "2024"}, {"2024-06", "2024-06"}, {"2024-06-30", "2024-06-30"}, {"2024-06-30 00:00:00", "2024-06-30"}, {"2024/6/30", "2024-06-30"},
        {"June 2024", "2024-06"}, {"Juni 2024", "2024-06"}, {"Q3 2025", "2025-Q3"}, {"2025-Q3", "2025-Q3"}, {"H2 2026", "2026-H2"},
        {"30.06.2024", "2024-06-30"}, {"6/30/2024", "2024-06-30"}, {"30/6/2024", "2024-06-30"}, {"30. Juni 2024", "2024-06-30"},
        {"June 30, 2024", "2024-06-30"}, {"Herbst 2023", "2023-FA"}, {"3. Quartal 2025", "2025-Q3"}, {"März 2025", "2025-03"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.first);
        const auto d = read_date_cell(c.first);
        REQUIRE(d.has_value());
        CHECK(*d == c.second);
    }
    for (const char* cell : {"2025-02-30", "soon", "13/13/2024", "Q5 2025", "2024-13", "Smarch 2024", "99", "31.04.2024"}) {
        CAPTURE(cell);
        CHECK_FALSE(read_date_cell(cell).has_value());
    }
}

TEST_CASE("TimelineJS's year, month and day cells make one date") {
    CHECK(date_from_parts("2019", "7", "22") == "2019-07-22");
    CHECK(date_from_parts("2019", "", "") == "2019");
    CHECK(date_from_parts("2019", "Juli", "") == "2019-07");
    CHECK_FALSE(date_from_parts("2025", "13", "1").has_value());
    CHECK_FALSE(date_from_parts("", "7", "1").has_value());
    CHECK_FALSE(date_from_parts("2025", "", "4").has_value());
}

TEST_CASE("names fold for matching: case, spaces, umlauts") {
    CHECK(name_key("NVIDIA") == name_key("Nvidia"));
    CHECK(name_key("Open AI") == name_key("OpenAI"));
    CHECK(name_key("Müller") == name_key("Mueller"));
    CHECK(name_key("Straße") == "strasse");
    CHECK(name_key("Mistral") != name_key("Mistral AI"));
}
