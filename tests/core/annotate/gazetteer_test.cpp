#include <doctest/doctest.h>

#include "core/annotate/gazetteer.h"

using namespace ds;

TEST_CASE("the seed gazetteer loads without problems and relates products and owners") {
    std::vector<Problem> problems;
    const Gazetteer g = load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    CHECK(problems.empty());
    CHECK(g.entities.size() >= 70);
    const Entity* azure = g.find("azure");
    REQUIRE(azure);
    REQUIRE(azure->relations.size() == 1);
    CHECK(azure->relations[0].type == "product_of");
    CHECK(azure->relations[0].target == "microsoft");
    CHECK(g.find("aws")->relations[0].target == "amazon");
    CHECK(g.find("sam-altman")->relations[0].target == "openai");
}

TEST_CASE("broken gazetteers: each problem named at its JSON pointer, the valid rest kept") {
    std::vector<Problem> problems;
    const Gazetteer g = parse_gazetteer(R"({"entities": [
        {"id": "a", "name": "Alpha", "kind": "company", "relations": [{"type": "subsidiary_of", "target": "b"}]},
        {"id": "b", "name": "Beta", "kind": "company", "relations": [{"type": "subsidiary_of", "target": "a"}]},
        {"id": "a", "name": "Alpha again", "kind": "company"},
        {"id": "c", "name": "Gamma", "kind": "spaceship", "aliases": ["", 7, "Alpha"], "relations": [{"type": "ceo_of", "target": "zzz"}]}
    ]})", "e.json", problems);
    CHECK(g.entities.size() == 3);
    std::vector<std::string> places;
    for (const auto& p : problems) places.push_back(p.place + " " + p.reason);
    REQUIRE(problems.size() == 7);
    CHECK(places[0] == "e.json#/entities/2/id duplicate id 'a'");
    CHECK(places[1] == "e.json#/entities/3/kind unknown kind 'spaceship'");
    CHECK(places[2] == "e.json#/entities/3/aliases/0 alias is not a usable name, ignored");
    CHECK(places[3] == "e.json#/entities/3/aliases/1 alias is not a usable name, ignored");
    CHECK(places[4] == "e.json#/entities/3/aliases alias 'Alpha' also names 'a'; the first keeps it");
    CHECK(places[5] == "e.json#/entities/3/relations/0/target unknown entity 'zzz'");
    CHECK(places[6] == "e.json#/entities/0/relations relations of 'a' form a cycle");
}

TEST_CASE("what a firm sells: clouds and chip makers provide compute, an unknown offering is a warning at its pointer") {
    std::vector<Problem> problems;
    const Gazetteer seeds = load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    CHECK(seeds.find("coreweave")->sells_compute());
    CHECK(seeds.find("nvidia")->sells_compute());
    CHECK_FALSE(seeds.find("openai")->sells_compute());
    CHECK_FALSE(seeds.find("meta")->sells_compute());
    problems.clear();
    const Gazetteer g = parse_gazetteer(R"({"entities": [
        {"id": "a", "name": "Alpha", "kind": "company", "sells": ["cloud", "hugs", 3]}
    ]})", "e.json", problems);
    REQUIRE(g.entities.size() == 1);
    CHECK(g.entities[0].sells == std::vector<std::string>{"cloud"});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].place == "e.json#/entities/0/sells/1");
    CHECK(problems[0].reason == "'hugs' is not one of cloud, chips, servers, data_centres, power; ignored");
    CHECK(problems[1].place == "e.json#/entities/0/sells/2");
}

TEST_CASE("a gazetteer that is not JSON is one error with line and column") {
    std::vector<Problem> problems;
    const Gazetteer g = parse_gazetteer("{\"entities\": [\n  {\"id\": }\n]}", "e.json", problems);
    CHECK(g.entities.empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].place == "e.json:2:10");
}

TEST_CASE("the name trie finds every name after growing, keeps the first claim and refuses near misses") {
    NameTrie trie;
    for (int i = 0; i < 5000; ++i) trie.insert({"Firma" + std::to_string(i), "AG"}, i);
    trie.insert({"Firma7", "AG"}, 99999);  // a second claim on a name does not take it over
    trie.insert({"Firma7"}, 7000);
    for (int i = 0; i < 5000; i += 7) {
        CAPTURE(i);
        const auto first = trie.child(NameTrie::kRoot, "Firma" + std::to_string(i));
        REQUIRE(first.has_value());
        const auto second = trie.child(*first, "AG");
        REQUIRE(second.has_value());
        CHECK(trie.entity(*second) == i);
        CHECK_FALSE(trie.child(*first, "Ag").has_value());
    }
    CHECK(trie.entity(*trie.child(NameTrie::kRoot, "Firma7")) == 7000);
    CHECK(trie.entity(*trie.child(NameTrie::kRoot, "Firma8")) == -1);  // a prefix of a name, not a name
    CHECK_FALSE(trie.child(NameTrie::kRoot, "Firma").has_value());
    CHECK_FALSE(trie.child(NameTrie::kRoot, "AG").has_value());        // only from the node it follows
    CHECK(trie.may_start_with('F'));
    CHECK_FALSE(trie.may_start_with('f'));
    CHECK(trie.nodes() == 1 + 5000 * 2);
}
