#include <doctest/doctest.h>

#include "core/articles/article_meta.h"

using namespace ds;

TEST_CASE("a valid sidecar gives every field") {
    std::vector<Problem> problems;
    const auto meta = parse_article_meta(R"({"publisher":"Mindverse","date":"2024-10-21","language":"de","url":"https://example.org/a"})",
                                         "a.meta.json", problems);
    REQUIRE(meta.has_value());
    CHECK(problems.empty());
    CHECK(*meta->publisher == "Mindverse");
    CHECK(*meta->date == "2024-10-21");
    CHECK(*meta->url == "https://example.org/a");
}

TEST_CASE("broken JSON is a warning at line and column, and the sidecar is ignored") {
    std::vector<Problem> problems;
    const auto meta = parse_article_meta("{\n  \"publisher\": \"X\",\n  \"date\": \n}\n", "a.meta.json", problems);
    CHECK_FALSE(meta.has_value());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::warning);
    CHECK(problems[0].place == "a.meta.json:4:1");
    CHECK(problems[0].reason.find("sidecar ignored") != std::string::npos);
}

TEST_CASE("wrong types, unknown fields and bad values are warnings at their JSON pointer, the rest is kept") {
    std::vector<Problem> problems;
    const auto meta = parse_article_meta(R"({"publisher": 42, "titel": "x", "date": "last week", "language": "fr", "author": "A. B."})",
                                         "a.meta.json", problems);
    REQUIRE(meta.has_value());
    CHECK(*meta->author == "A. B.");
    CHECK_FALSE(meta->publisher.has_value());
    CHECK_FALSE(meta->date.has_value());
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].place == "a.meta.json#/publisher");
    CHECK(problems[1].place == "a.meta.json#/titel");
    CHECK(problems[1].reason == "unknown field, ignored");
    CHECK(problems[2].place == "a.meta.json#/date");
    CHECK(problems[3].place == "a.meta.json#/language");
}

TEST_CASE("a sidecar that is not an object or not UTF-8 is ignored with a warning") {
    std::vector<Problem> problems;
    CHECK_FALSE(parse_article_meta("[1, 2]", "a.meta.json", problems).has_value());
    CHECK_FALSE(parse_article_meta("{\"publisher\": \"M\xFC\"}", "b.meta.json", problems).has_value());
    REQUIRE(problems.size() == 2);
    CHECK(problems[1].place == "b.meta.json:byte 16");
}

TEST_CASE("a sidecar's problems in German: the reason inside \"sidecar ignored\" is German too") {
    std::vector<Problem> problems;
    (void)parse_article_meta("{\"publisher\": \"B\xFC" "ro\"}", "x.meta.json", problems);
    (void)parse_article_meta("{\"date\": \"heute\"}", "y.meta.json", problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].reason == "invalid UTF-8 (byte that never occurs in UTF-8); sidecar ignored");
    CHECK(describe(problems[0], Language::de) == "Warnung: x.meta.json:Byte 16: ungültiges UTF-8 (Byte, das in UTF-8 nie vorkommt); Begleitdatei ignoriert");
    CHECK(problems[1].reason == "'heute' is not a date (YYYY, YYYY-MM or YYYY-MM-DD), ignored");
    CHECK(problem_text(problems[1], Language::de) == "'heute' ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT); ignoriert");
}
