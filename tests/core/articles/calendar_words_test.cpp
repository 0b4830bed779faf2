// The calendar words: what formatting and the time axis write, the annotators read back, in both
// languages, so the two lists cannot drift apart.
#include <doctest/doctest.h>

#include <string>

#include "core/articles/calendar_words.h"
#include "core/articles/date_text.h"
#include "core/text/language.h"

using namespace ds;

TEST_CASE("every month name and abbreviation written in either language is read back as that month") {
    for (const Language language : {Language::en, Language::de}) {
        for (int m = 1; m <= 12; ++m) {
            CAPTURE(m);
            CAPTURE(language_code(language));
            CHECK(month_from_name(month_name(m, language)) == m);
            CHECK(month_from_name(month_abbreviation(m, language)) == m);
        }
    }
    CHECK(std::string(month_name(10, Language::de)) == "Oktober");
    CHECK(std::string(month_abbreviation(3, Language::de)) == "Mär");
    CHECK(std::string(month_name(13, Language::en)).empty());
    CHECK(month_from_name("Jänner") == 1);
}

TEST_CASE("every season word has a name for its code in both languages") {
    for (const SeasonWord& s : kSeasonWords) {
        CAPTURE(s.word);
        CHECK(std::string(season_name(s.code, Language::en)) != "");
        CHECK(std::string(season_name(s.code, Language::de)) != "");
    }
    CHECK(std::string(season_name("FA", Language::de)) == "Herbst");
    CHECK(std::string(season_name("Q3", Language::en)).empty());
}

TEST_CASE("weekdays in both languages, also with a time of day in one word") {
    CHECK(weekday_from_name("Montag")->day == 1);
    CHECK(weekday_from_name("Sunday")->day == 7);
    CHECK(weekday_from_name("Freitagvormittag")->day == 5);
    CHECK(weekday_from_name("Dienstagabend")->day == 2);
    CHECK(weekday_from_name("Montage") == nullptr);       // a word that only starts like one
    CHECK(weekday_from_name("Sonntagsfrage") == nullptr);
    CHECK(weekday_from_name("montag") == nullptr);        // a weekday is written with a capital
}
