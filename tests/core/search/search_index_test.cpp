#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/search/search.h"
#include "core/search/word_index.h"
#include "support/seed_articles.h"

using namespace ds;

namespace {
std::vector<std::size_t> all_candidates(const WordIndex& index, const std::string& query) {
    const auto c = index.candidates(query);
    std::vector<std::size_t> out;
    for (std::size_t d = c.next(0, index.documents()); d < index.documents(); d = c.next(d + 1, index.documents())) out.push_back(d);
    return out;
}
}  // namespace

TEST_CASE("the word index narrows a query to the documents holding every word of it, as part of a word") {
    WordIndex index;
    index.add("microsoft investiert in openai");
    index.add("oracle liefert rechenleistung an openai");
    index.add("nvidia und microsoft: 13 mrd");
    CHECK(all_candidates(index, "openai") == std::vector<std::size_t>{0, 1});
    CHECK(all_candidates(index, "microsoft openai") == std::vector<std::size_t>{0});
    CHECK(all_candidates(index, "rechen") == std::vector<std::size_t>{1});      // a piece of a word
    CHECK(all_candidates(index, "soft inv") == std::vector<std::size_t>{0});    // the end of one word, the start of the next
    CHECK(all_candidates(index, "13 mrd.") == std::vector<std::size_t>{2});     // punctuation is not a word
    CHECK(all_candidates(index, "xyzzy").empty());
    CHECK(index.candidates("   ").all);                                            // no words: nothing to narrow by
    index.truncate(1);
    CHECK(index.documents() == 1);
    CHECK(all_candidates(index, "openai") == std::vector<std::size_t>{0});
    index.add("anthropic und openai");
    CHECK(all_candidates(index, "openai") == std::vector<std::size_t>{0, 1});
    CHECK(all_candidates(index, "oracle").empty());
}

TEST_CASE("words gathered a slice at a time index a document as the whole text does") {
    const std::string first = "microsoft investiert in openai";
    const std::string second = "oracle liefert rechenleistung an openai. nvidia und microsoft: 13 mrd";
    WordIndex whole, sliced;
    whole.add(first);
    whole.add(second);
    sliced.add(first);
    // Slices that end inside words ("rechenl|eistung", "micro|soft"): a word is taken only whole.
    WordSet words;
    std::size_t from = 0;
    for (std::size_t end : {10u, 27u, 44u, 60u}) from = words.gather(std::string_view(second).substr(0, end), from, false);
    CHECK(from < second.size());
    from = words.gather(second, from, true);
    CHECK(from == second.size());
    CHECK(words.words().size() == 10);  // each distinct word once
    sliced.add(words);
    for (const char* q : {"openai", "rechenleistung", "eistung", "microsoft", "soft", "13 mrd", "nvidia openai", "xyzzy", "rechenl"}) {
        CAPTURE(q);
        CHECK(all_candidates(sliced, q) == all_candidates(whole, q));
    }
    CHECK(all_candidates(sliced, "rechenleistung") == std::vector<std::size_t>{1});
    CHECK(all_candidates(sliced, "microsoft") == std::vector<std::size_t>{0, 1});
}

TEST_CASE("a piece in thousands of words does not narrow: every document is a candidate") {
    WordIndex index;
    for (int d = 0; d < 10; ++d) {
        std::string text;
        for (int w = 0; w < 50; ++w) text += "ka" + std::to_string(w) + " ";
        index.add(text + (d == 3 ? "selten" : ""));
    }
    CHECK(index.candidates("ka").all);
    CHECK(all_candidates(index, "ka selten") == std::vector<std::size_t>{3});  // the other piece still narrows
}

TEST_CASE("search with the word index finds exactly what a full scan finds") {
    const auto& corpus = test::seed_corpus();
    const auto& g = test::seed_gazetteer();
    const auto& store = test::curated_events();
    const SearchIndex indexed = build_search_index(g, store, corpus.articles);
    SearchIndex scanned = indexed;
    scanned.article_words = {};  // out of step with the articles: search reads every one
    scanned.summary_words_en = scanned.summary_words_de = {};
    scanned.entity_words = {};
    REQUIRE(indexed.article_words.documents() == corpus.articles.size());
    for (const char* query : {"Microsoft", "openai", "Rechenzentren", "Milliarden Dollar", "ka", "Stargate", "Gespräche", "13", "xyzzy", "Nvidia-Chips", "a", "Open", "soft", "Sam Alt", "Microsoft Corp"}) {
        for (const Language language : {Language::de, Language::en}) {
            CAPTURE(query);
            CAPTURE(language_code(language));
            const auto a = search(indexed, g, store, corpus.articles, query, language);
            const auto b = search(scanned, g, store, corpus.articles, query, language);
            REQUIRE(a.size() == b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                CHECK(a[i].kind == b[i].kind);
                CHECK(a[i].index == b[i].index);
                CHECK(a[i].in_article == b[i].in_article);
                CHECK(a[i].match == b[i].match);
            }
        }
    }
}
