#include <doctest/doctest.h>

#include "core/article_catalog.h"
#include "temp_folder.h"

using namespace ds;

TEST_CASE("the five seed articles are listed in file order with their first lines") {
    const auto catalog = load_article_catalog(std::filesystem::path(DEALSCOPE_ASSETS_DIR) / "articles");
    CHECK(catalog.problems.empty());
    REQUIRE(catalog.articles.size() == 5);
    CHECK(catalog.articles[0].file_name == "000_0fd505e617a80e95.txt");
    CHECK(catalog.articles[0].first_line == "Technologie");
    CHECK(catalog.articles[0].bytes == 3500);
    CHECK(catalog.articles[2].first_line == "Microsoft überdenkt Investitionsstrategie nach Altmans Entlassung bei OpenAI");
    CHECK(catalog.articles[3].first_line == "Alien Road Company");
    CHECK(catalog.articles[4].first_line.starts_with("Kein Ende bei KI-WettrüstenTech-Giganten"));
    // Article 001 has no title line: its first line is a long paragraph, cut at a code point boundary.
    CHECK(catalog.articles[1].first_line.starts_with("Zuerst waren es nur Gerüchte"));
    CHECK(catalog.articles[1].first_line.size() <= kFirstLineBytes);
}

TEST_CASE("a broken file is reported and the other articles are still listed") {
    test::TempFolder dir;
    dir.write("a.txt", "\xEF\xBB\xBF\r\n  \xC2\xA0" "Erste Zeile\xC2\xA0\r\nZweite");
    dir.write("b.txt", "Titel mit \xFF kaputtem Byte\n");
    dir.write("c.txt", " \n\n");
    dir.write("notes.md", "not an article");
    std::filesystem::create_symlink(dir.path / "does-not-exist", dir.path / "d.txt");

    const auto catalog = load_article_catalog(dir.path);
    REQUIRE(catalog.articles.size() == 3);
    CHECK(catalog.articles[0].first_line == "Erste Zeile");
    CHECK(catalog.articles[1].first_line == "Titel mit \xEF\xBF\xBD kaputtem Byte");
    CHECK(catalog.articles[2].first_line.empty());

    REQUIRE(catalog.problems.size() == 3);
    CHECK(catalog.problems[0].place.ends_with("b.txt:byte 10"));
    CHECK(catalog.problems[0].severity == Severity::warning);
    CHECK(catalog.problems[1].reason == "file has no text");
    CHECK(catalog.problems[2].place.ends_with("d.txt"));
    CHECK(catalog.problems[2].severity == Severity::error);
}

TEST_CASE("a missing article folder is one error, not a crash") {
    const auto catalog = load_article_catalog("/nonexistent/dealscope/articles");
    CHECK(catalog.articles.empty());
    REQUIRE(catalog.problems.size() == 1);
    CHECK(catalog.problems[0].reason == "article folder is missing");
}
