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

TEST_CASE("several words match in any order: the events between the entities they name come first") {
    const auto& corpus = test::seed_corpus();
    const auto& g = test::seed_gazetteer();
    const auto& store = test::curated_events();
    const SearchIndex index = build_search_index(g, store, corpus.articles);
    const auto between = [&](std::size_t event, const char* a, const char* b) {
        bool has_a = false, has_b = false;
        for (const Participant& p : store.events[event].participants) {
            has_a |= p.entity == a;
            has_b |= p.entity == b;
        }
        return has_a && has_b;
    };
    std::vector<std::size_t> first_order;
    for (const char* query : {"Microsoft OpenAI", "openai   MICROSOFT"}) {
        CAPTURE(query);
        const auto hits = search(index, g, store, corpus.articles, query, Language::en);
        std::set<std::string> entity_names;
        std::vector<std::size_t> events;
        std::size_t sentences = 0;
        for (const SearchHit& h : hits) {
            if (h.kind == SearchKind::entity) entity_names.insert(g.entities[h.index].name);
            if (h.kind == SearchKind::event) events.push_back(h.index);
            if (h.kind == SearchKind::article) {
                ++sentences;
                const std::string folded = fold_for_search(h.text).folded;
                CHECK(folded.find("microsoft") != std::string::npos);  // every word in the sentence shown
                CHECK(folded.find("openai") != std::string::npos);
            }
        }
        CHECK(entity_names.count("Microsoft") == 1);
        CHECK(entity_names.count("OpenAI") == 1);
        REQUIRE(events.size() >= 5);
        for (std::size_t k = 0; k < 5; ++k) CHECK(between(events[k], "microsoft", "openai"));
        CHECK(sentences >= 5);  // the phrase "Microsoft OpenAI" is in one sentence only
        std::sort(events.begin(), events.end());
        if (first_order.empty()) first_order = events;
        else CHECK(events == first_order);  // the order of the words does not matter
    }
    // A word that is nowhere: the entity the other word names is still offered, but no event or
    // sentence holds both.
    const auto partial = search(index, g, store, corpus.articles, "Microsoft xyzzy", Language::en);
    REQUIRE_FALSE(partial.empty());
    for (const SearchHit& h : partial) CHECK(h.kind == SearchKind::entity);
}

TEST_CASE("a question's small words name no entity: 'invested in OpenAI' lists OpenAI, not every name that starts with 'In'") {
    const auto& corpus = test::seed_corpus();
    const auto& g = test::seed_gazetteer();
    const auto& store = test::curated_events();
    const SearchIndex index = build_search_index(g, store, corpus.articles);
    std::set<std::string> entity_names;
    for (const SearchHit& h : search(index, g, store, corpus.articles, "who invested in OpenAI", Language::en))
        if (h.kind == SearchKind::entity) entity_names.insert(g.entities[h.index].id);
    CHECK(entity_names.contains("openai"));
    for (const char* starts_with_in : {"intel", "inflection-ai", "infineon"}) {
        CAPTURE(starts_with_in);
        CHECK_FALSE(entity_names.contains(starts_with_in));
    }
    // A word alone still finds what it starts.
    bool intel = false;
    for (const SearchHit& h : search(index, g, store, corpus.articles, "in", Language::en)) intel |= h.kind == SearchKind::entity && g.entities[h.index].id == "intel";
    CHECK(intel);
}
