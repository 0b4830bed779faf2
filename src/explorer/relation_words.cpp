#include "explorer/relation_words.h"

namespace ds {

namespace {

struct RelationWords {
    std::string_view type;
    const char* en;
    const char* de;
};

// The relation types of assets/entities.json.
constexpr RelationWords kRelationWords[] = {
    {"subsidiary_of", "part of", "gehört zu"},          {"part_of", "part of", "Teil von"},
    {"product_of", "a product of", "ein Produkt von"},  {"ceo_of", "CEO of", "CEO von"},
    {"cofounder_of", "co-founder of", "Mitgründer von"}, {"founded_by", "founded by", "gegründet von"},
    {"chairman_of", "chair of", "Vorsitz bei"},          {"president_of", "president of", "Präsident von"},
    {"cfo_of", "CFO of", "CFO von"},                     {"board_member_of", "on the board of", "im Aufsichtsgremium von"},
    {"minister_of", "minister in", "Minister in"},       {"role_at", "at", "bei"},
    {"controls", "controls", "kontrolliert"},            {"controlled_by", "controlled by", "kontrolliert von"},
    {"author_at", "writes for", "schreibt für"},
};

}  // namespace

const char* relation_words(std::string_view type, Language language) {
    const bool de = language == Language::de;
    for (const RelationWords& r : kRelationWords)
        if (r.type == type) return de ? r.de : r.en;
    return de ? "verbunden mit" : "related to";
}

std::string relation_text(const EntityRelation& relation, const Gazetteer& gazetteer, Language language) {
    const Entity* kin = gazetteer.find(relation.target);
    return std::string(relation_words(relation.type, language)) + " " + (kin ? kin->name : relation.target);
}

}  // namespace ds
