#include <doctest/doctest.h>

#include "core/articles/corpus.h"
#include "support/temp_folder.h"

using namespace ds;

TEST_CASE("bad files are reported by name, good ones are still loaded") {
    test::TempFolder dir;
    dir.write("a.txt", "Microsoft investiert in OpenAI und Azure\n\nEin Satz mit mehr als acht Wörtern steht hier.\n");
    dir.write("a.meta.json", "{\"publisher\": ");
    dir.write("b.txt", "Kaputtes \xFF Byte im Text");
    dir.write("c.txt", "");
    dir.write("notes.md", "not an article");
    std::filesystem::create_symlink(dir.path / "does-not-exist", dir.path / "d.txt");

    const Corpus corpus = load_corpus(dir.path);
    REQUIRE(corpus.articles.size() == 1);
    CHECK(corpus.articles[0].id == "a");
    CHECK(corpus.articles[0].file == "a.txt");
    REQUIRE(corpus.problems.size() == 4);
    CHECK(corpus.problems[0].place.ends_with("a.meta.json:1:15"));
    CHECK(corpus.problems[0].severity == Severity::warning);
    CHECK(corpus.problems[1].place.ends_with("b.txt:byte 9"));
    CHECK(corpus.problems[2].reason == "empty file");
    CHECK(corpus.problems[3].place.ends_with("d.txt"));
    CHECK(corpus.problems[3].reason == "file is missing (or a broken link)");
}

TEST_CASE("a missing article folder is one error, not a crash") {
    const Corpus corpus = load_corpus("/nonexistent/dealscope/articles");
    CHECK(corpus.articles.empty());
    REQUIRE(corpus.problems.size() == 1);
    CHECK(corpus.problems[0].reason == "article folder is missing");
}
