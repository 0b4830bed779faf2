#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "explorer/relation_words.h"

using namespace ds;

TEST_CASE("every relation of the shipped gazetteer reads as words in both languages, never as its id") {
    std::vector<Problem> problems;
    const Gazetteer g = load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    const std::string unknown_en = relation_words("no_such_relation", Language::en), unknown_de = relation_words("no_such_relation", Language::de);
    CHECK(unknown_en == "related to");
    CHECK(unknown_de == "verbunden mit");
    int relations = 0;
    for (const Entity& e : g.entities) {
        for (const EntityRelation& r : e.relations) {
            CAPTURE(r.type);
            ++relations;
            CHECK(relation_words(r.type, Language::en) != unknown_en);
            CHECK(relation_words(r.type, Language::de) != unknown_de);
            CHECK(std::string(relation_words(r.type, Language::en)).find('_') == std::string::npos);
        }
    }
    CHECK(relations > 300);
    CHECK(std::string(relation_words("subsidiary_of", Language::en)) == "part of");  // AWS, part of Amazon
}

TEST_CASE("a relation with its kin's name: the name the gazetteer gives, its id where it has none") {
    std::vector<Problem> problems;
    const Gazetteer g = load_gazetteer(DEALSCOPE_ASSETS_DIR, problems);
    CHECK(relation_text({.type = "subsidiary_of", .target = "amazon"}, g, Language::en) == "part of Amazon");
    CHECK(relation_text({.type = "subsidiary_of", .target = "amazon"}, g, Language::de) == "gehört zu Amazon");
    CHECK(relation_text({.type = "product_of", .target = "no-such-firm"}, g, Language::en) == "a product of no-such-firm");
}
