#pragma once
// The entity gazetteer (assets/entities.json): known companies, investors, people, products,
// projects, governments and media, with aliases and relations, and a token trie to find them.
#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/annotate/name_trie.h"
#include "core/text/label.h"
#include "core/text/problem.h"

namespace ds {

struct EntityRelation {
    std::string type;    // subsidiary_of, product_of, ceo_of, controlled_by, …
    std::string target;  // entity id
    std::string since;   // optional date
};

struct Entity {
    std::string id, name, kind, description;
    std::vector<std::string> aliases;
    std::vector<EntityRelation> relations;
    // What the firm sells in the deals dealscope follows (kOfferings): a cloud, a chip maker, a
    // data-centre operator is the provider of a compute deal whose words leave the roles open.
    std::vector<std::string> sells;
    // Where it is based, where known: an ISO country code ("US") and a city in English ("Redmond"), for
    // descriptors that name a firm by its place ("der Konzern aus Redmond", "the Santa Clara chipmaker").
    std::string country, city;
    bool by_user = false;  // named by the user (a table's new name): saved with their data, not in entities.json
    bool sells_compute() const { return !sells.empty(); }
    bool offers(std::string_view offering) const { return std::find(sells.begin(), sells.end(), offering) != sells.end(); }
};

// "gpu_cloud": renting GPUs is the firm's business (a neocloud); in a deal with a firm that sells a
// cloud among much else (a hyperscaler), the neocloud provides.
inline constexpr const char* kOfferings[] = {"cloud", "gpu_cloud", "chips", "servers", "data_centres", "power"};

// Looks up ids by string_view, so a lookup allocates nothing.
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Gazetteer {
    std::vector<Entity> entities;
    NameTrie trie;
    std::unordered_map<std::string, std::size_t, TransparentHash, std::equal_to<>> by_id;  // id → index
    const Entity* find(std::string_view id) const;
};

inline constexpr const char* kEntityKinds[] = {"company", "investor", "person", "product", "project", "government", "media", "organisation"};
// The table's entry for a kind, or "" for one the table does not hold.
Label entity_kind_label(std::string_view kind);

// Parses and validates a gazetteer. Problems (file#/pointer: reason) are errors for duplicate ids,
// unknown kinds, relations to unknown ids and relation cycles; the valid entities are still loaded.
Gazetteer parse_gazetteer(std::string_view json_text, const std::string& file, std::vector<Problem>& problems);

// A gazetteer of entities already checked (a pack's): the name trie and the id index built, no
// validation. Ids must be unique.
Gazetteer gazetteer_of(std::vector<Entity> entities);

// Adds an entity (the user's) to the end: found by id and, in articles added later, by its name and
// aliases. False when the id is taken.
bool add_entity(Gazetteer& g, Entity entity);
// Removes the user's entity `id` (the curated ones stay); the index is rebuilt. False if none.
bool remove_user_entity(Gazetteer& g, const std::string& id);
// Puts `entity` in place of the user's entity of its id (renamed, another kind); the index is
// rebuilt. False if the user has no entity of that id.
bool replace_user_entity(Gazetteer& g, Entity entity);
// Removes every entity of the user's, rebuilding the index once.
void remove_user_entities(Gazetteer& g);
// An entity as entities.json writes it (id, name, kind, and description and aliases when given).
std::string entity_json_text(const Entity& e);

// Loads `<assets_dir>/entities.json`; a missing file is a warning and an empty gazetteer.
Gazetteer load_gazetteer(const std::string& assets_dir, std::vector<Problem>& problems);

}  // namespace ds
