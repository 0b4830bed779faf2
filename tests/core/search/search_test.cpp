// Search over the seeds: case and umlauts folded, entities, events and article text grouped.
#include <doctest/doctest.h>

#include <set>

#include "core/search/search.h"
#include "support/seed_articles.h"

using namespace ds;

TEST_CASE("search folds case and umlauts and groups entities, events and article text") {
    CHECK(fold_for_search("Größe ÄRA").folded == "groesse aera");
    const FoldedText f = fold_for_search("Gespräche");
    CHECK(f.offset(f.folded.find("ae")) == 5);  // "ä" starts at byte 5
    CHECK(f.offset(f.folded.find("ae") + 1) == 5);
    CHECK(f.offset(f.folded.find("che")) == 7);  // after the two bytes of "ä"
    CHECK(f.offset(f.folded.size()) == std::string("Gespräche").size());
    // "ẞ" (three bytes) folds to two: what follows moves by one.
    const FoldedText sharp = fold_for_search("GROẞE Ära");
    CHECK(sharp.folded == "grosse aera");
    CHECK(sharp.offset(sharp.folded.find("e ")) == 6);
    CHECK(sharp.offset(sharp.folded.find("aera")) == 8);
    CHECK(sharp.offset(sharp.folded.find("ra")) == 10);

    const auto& corpus = test::seed_corpus();
    const auto& g = test::seed_gazetteer();
    const auto& store = test::curated_events();
    const SearchIndex index = build_search_index(g, store, corpus.articles);
    const auto hits = search(index, g, store, corpus.articles, "oracle", Language::en);
    REQUIRE_FALSE(hits.empty());
    CHECK(hits.front().kind == SearchKind::entity);
    CHECK(g.entities[hits.front().index].id == "oracle");
    std::set<SearchKind> kinds;
    for (const auto& h : hits) kinds.insert(h.kind);
    CHECK(kinds.size() == 3);
    // Groups come in order: entities, events, articles.
    for (std::size_t i = 1; i < hits.size(); ++i) CHECK(static_cast<int>(hits[i].kind) >= static_cast<int>(hits[i - 1].kind));
    // "Gespraeche" finds "Gespräche" in the text, and the highlight covers the umlaut.
    const auto umlaut = search(index, g, store, corpus.articles, "GESPRAECHE", Language::de);
    bool found = false;
    for (const auto& h : umlaut) {
        if (h.kind != SearchKind::article) continue;
        const std::string matched = h.text.substr(h.match.begin, h.match.end - h.match.begin);
        CHECK(fold_for_search(matched).folded == "gespraeche");
        CHECK(corpus.articles[h.index].view(h.in_article) == matched);
        found = true;
    }
    CHECK(found);
    CHECK(search(index, g, store, corpus.articles, "   ", Language::en).empty());
}
