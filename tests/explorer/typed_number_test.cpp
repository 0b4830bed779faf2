#include <doctest/doctest.h>

#include "explorer/typed_number.h"

using namespace ds;

TEST_CASE("a typed number takes a decimal comma or point and refuses what is not one number") {
    CHECK(typed_number("12,5") == 12.5);
    CHECK(typed_number("12.5") == 12.5);
    CHECK(typed_number(" 40 ") == 40.0);
    CHECK(typed_number("0,04") == 0.04);
    CHECK_FALSE(typed_number(""));
    CHECK_FALSE(typed_number("  "));
    CHECK_FALSE(typed_number("1.500,5"));  // a thousands point and a decimal comma: not guessed
    CHECK_FALSE(typed_number("-3"));
    CHECK_FALSE(typed_number("1e9"));
    CHECK_FALSE(typed_number("zwölf"));
    CHECK_FALSE(typed_number("12,5 Mrd"));
    CHECK_FALSE(typed_number(","));
}

TEST_CASE("a number shown for editing speaks the UI's language and leaves a zero empty") {
    CHECK(typed_number_text(12.5, Language::de) == "12,5");
    CHECK(typed_number_text(12.5, Language::en) == "12.5");
    CHECK(typed_number_text(1500, Language::en) == "1500");
    CHECK(typed_number_text(0, Language::de).empty());
    CHECK(typed_number(typed_number_text(0.125, Language::de)) == 0.125);  // what is shown reads back
}
