#include "core/annotate/gazetteer.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <iterator>
#include <unordered_set>
#include <variant>

#include "core/json/json_load.h"
#include "core/text/text_file.h"
#include "core/text/tokens.h"
#include "core/text/utf8.h"

namespace ds {

namespace {
std::vector<std::string> name_tokens(const std::string& name) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(name, {0, name.size()})) out.emplace_back(token_text(name, t));
    return out;
}

// "Softbank", "Coreweave": German and British papers write a one-word name with inner capitals with only
// its first letter high. That spelling is added, unless another entity has it.
void insert_press_spelling(NameTrie& trie, const std::string& name, std::int32_t index) {
    if (name.size() < 5 || name.size() > 40 || !(name[0] >= 'A' && name[0] <= 'Z')) return;
    const bool inner_capital = std::any_of(name.begin() + 1, name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool letters = std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    const bool has_lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!inner_capital || !letters || !has_lower) return;  // "SoftBank", not "IBM" or "X.AI"
    std::string press = name;
    std::transform(press.begin() + 1, press.end(), press.begin() + 1, [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (const auto node = trie.child(NameTrie::kRoot, press); node && trie.entity(*node) >= 0) return;
    trie.insert({press}, index);
}

void insert_names(NameTrie& trie, const Entity& e, std::int32_t index) {
    trie.insert(name_tokens(e.name), index);
    for (const auto& alias : e.aliases) trie.insert(name_tokens(alias), index);
    insert_press_spelling(trie, e.name, index);
    for (const auto& alias : e.aliases) insert_press_spelling(trie, alias, index);
}

std::string string_field(const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Relations that form a hierarchy must not loop (A subsidiary of B subsidiary of A).
void check_cycles(const Gazetteer& g, const std::vector<std::size_t>& json_index, const std::string& file, std::vector<Problem>& problems) {
    static const std::unordered_set<std::string> kHierarchy = {"subsidiary_of", "product_of", "part_of", "controlled_by"};
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < g.entities.size(); ++i) index[g.entities[i].id] = i;
    std::vector<int> state(g.entities.size(), 0);  // 0 new, 1 on the path, 2 done
    std::function<bool(std::size_t)> visit = [&](std::size_t i) {
        state[i] = 1;
        for (const auto& r : g.entities[i].relations) {
            if (!kHierarchy.count(r.type)) continue;
            const auto it = index.find(r.target);
            if (it == index.end()) continue;
            if (state[it->second] == 1) return true;
            if (state[it->second] == 0 && visit(it->second)) return true;
        }
        state[i] = 2;
        return false;
    };
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
        if (state[i] == 0 && visit(i)) {
            problems.push_back({Severity::error, json_place(file, "/entities/" + std::to_string(json_index[i]) + "/relations"),
                                MessageCode::relation_cycle, {g.entities[i].id}});
            return;
        }
    }
}
}  // namespace

const Entity* Gazetteer::find(std::string_view id) const {
    const auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &entities[it->second];
}

Label entity_kind_label(std::string_view kind) {
    for (const char* k : kEntityKinds)
        if (kind == k) return k;
    return {};
}

Gazetteer parse_gazetteer(std::string_view json_text, const std::string& file, std::vector<Problem>& problems) {
    Gazetteer g;
    if (auto bad = find_invalid_utf8(json_text)) {
        problems.push_back({Severity::error, file + ":byte " + std::to_string(bad->offset), MessageCode::invalid_utf8, nested(bad->code)});
        return g;
    }
    auto parsed = parse_json(json_text, file);
    if (auto* problem = std::get_if<Problem>(&parsed)) {
        problems.push_back(std::move(*problem));
        return g;
    }
    const auto& root = std::get<nlohmann::json>(parsed);
    const auto list = root.is_object() ? root.find("entities") : root.end();
    if (!root.is_object() || list == root.end() || !list->is_array()) {
        problems.push_back({Severity::error, json_place(file, "/entities"), MessageCode::expected_entity_array});
        return g;
    }
    std::unordered_map<std::string, std::string> alias_owner;  // alias → entity id, to report clashes
    std::unordered_set<std::string> ids;
    std::vector<std::size_t> json_index;  // position in the file of each loaded entity, for JSON pointers
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& j = (*list)[i];
        const std::string at = "/entities/" + std::to_string(i);
        if (!j.is_object()) {
            problems.push_back({Severity::error, json_place(file, at), MessageCode::expected_object});
            continue;
        }
        Entity e{string_field(j, "id"), string_field(j, "name"), string_field(j, "kind"), string_field(j, "description"), {}, {}, {}, {}, {}};
        if (e.id.empty() || e.name.empty()) {
            problems.push_back({Severity::error, json_place(file, at), MessageCode::entity_needs_id_and_name});
            continue;
        }
        if (!ids.insert(e.id).second) {
            problems.push_back({Severity::error, json_place(file, at + "/id"), MessageCode::duplicate_id, {e.id}});
            continue;
        }
        if (std::find_if(std::begin(kEntityKinds), std::end(kEntityKinds), [&](const char* k) { return e.kind == k; }) == std::end(kEntityKinds)) {
            problems.push_back({Severity::error, json_place(file, at + "/kind"), MessageCode::unknown_kind, {e.kind}});
        }
        if (const auto aliases = j.find("aliases"); aliases != j.end()) {
            for (std::size_t k = 0; aliases->is_array() && k < aliases->size(); ++k) {
                const auto& a = (*aliases)[k];
                if (!a.is_string() || name_tokens(a.get<std::string>()).empty()) {
                    problems.push_back({Severity::warning, json_place(file, at + "/aliases/" + std::to_string(k)), MessageCode::alias_unusable});
                    continue;
                }
                e.aliases.push_back(a.get<std::string>());
            }
        }
        if (const auto relations = j.find("relations"); relations != j.end() && relations->is_array()) {
            for (std::size_t k = 0; k < relations->size(); ++k) {
                const auto& r = (*relations)[k];
                EntityRelation rel{string_field(r, "type"), string_field(r, "target"), string_field(r, "since")};
                if (rel.type.empty() || rel.target.empty()) {
                    problems.push_back({Severity::error, json_place(file, at + "/relations/" + std::to_string(k)), MessageCode::relation_needs_type_and_target});
                    continue;
                }
                e.relations.push_back(std::move(rel));
            }
        }
        if (const auto sells = j.find("sells"); sells != j.end()) {
            for (std::size_t k = 0; sells->is_array() && k < sells->size(); ++k) {
                const auto& v = (*sells)[k];
                const std::string value = v.is_string() ? v.get<std::string>() : v.dump();
                if (std::find_if(std::begin(kOfferings), std::end(kOfferings), [&](const char* o) { return value == o; }) == std::end(kOfferings)) {
                    problems.push_back({Severity::warning, json_place(file, at + "/sells/" + std::to_string(k)), MessageCode::unknown_offering, {value}});
                    continue;
                }
                e.sells.push_back(value);
            }
        }
        e.country = string_field(j, "country");
        e.city = string_field(j, "city");
        const auto index = static_cast<std::int32_t>(g.entities.size());
        for (const auto& alias : e.aliases) {
            const auto [it, fresh] = alias_owner.emplace(alias, e.id);
            if (!fresh && it->second != e.id) {
                problems.push_back({Severity::warning, json_place(file, at + "/aliases"), MessageCode::alias_taken, {alias, it->second}});
            }
        }
        insert_names(g.trie, e, index);
        alias_owner.emplace(e.name, e.id);
        g.by_id.emplace(e.id, g.entities.size());
        g.entities.push_back(std::move(e));
        json_index.push_back(i);
    }
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
        for (std::size_t k = 0; k < g.entities[i].relations.size(); ++k) {
            if (!ids.count(g.entities[i].relations[k].target)) {
                problems.push_back({Severity::error, json_place(file, "/entities/" + std::to_string(json_index[i]) + "/relations/" + std::to_string(k) + "/target"),
                                    MessageCode::unknown_entity, {g.entities[i].relations[k].target}});
            }
        }
    }
    check_cycles(g, json_index, file, problems);
    return g;
}

bool add_entity(Gazetteer& g, Entity entity) {
    if (entity.id.empty() || g.by_id.count(entity.id)) return false;
    insert_names(g.trie, entity, static_cast<std::int32_t>(g.entities.size()));
    g.by_id.emplace(entity.id, g.entities.size());
    g.entities.push_back(std::move(entity));
    return true;
}

namespace {
// After entities were removed, indices moved: the trie and the id map are made again.
void reindex(Gazetteer& g) {
    g.trie = NameTrie{};
    g.by_id.clear();
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
        const auto& e = g.entities[i];
        insert_names(g.trie, e, static_cast<std::int32_t>(i));
        g.by_id.emplace(e.id, i);
    }
}
}  // namespace

Gazetteer gazetteer_of(std::vector<Entity> entities) {
    Gazetteer g;
    g.entities = std::move(entities);
    reindex(g);
    return g;
}

bool remove_user_entity(Gazetteer& g, const std::string& id) {
    const auto it = g.by_id.find(id);
    if (it == g.by_id.end() || !g.entities[it->second].by_user) return false;
    g.entities.erase(g.entities.begin() + static_cast<std::ptrdiff_t>(it->second));
    reindex(g);
    return true;
}

bool replace_user_entity(Gazetteer& g, Entity entity) {
    const auto it = g.by_id.find(entity.id);
    if (it == g.by_id.end() || !g.entities[it->second].by_user) return false;
    entity.by_user = true;
    g.entities[it->second] = std::move(entity);
    reindex(g);  // the names changed: the trie is made again (the user edits one name at a time)
    return true;
}

void remove_user_entities(Gazetteer& g) {
    // All at once, one rebuild: one per entity made deleting a table's thousand names quadratic.
    const auto before = g.entities.size();
    g.entities.erase(std::remove_if(g.entities.begin(), g.entities.end(), [](const Entity& e) { return e.by_user; }), g.entities.end());
    if (g.entities.size() != before) reindex(g);
}

std::string entity_json_text(const Entity& e) {
    nlohmann::json j = {{"id", e.id}, {"name", e.name}, {"kind", e.kind}};
    if (!e.description.empty()) j["description"] = e.description;
    if (!e.aliases.empty()) j["aliases"] = e.aliases;
    return j.dump();
}

Gazetteer load_gazetteer(const std::string& assets_dir, std::vector<Problem>& problems) {
    const auto path = std::filesystem::path(assets_dir) / "entities.json";
    auto read = read_text_file(path, std::size_t{256} << 20);
    if (auto* problem = std::get_if<Problem>(&read)) {
        problem->severity = Severity::warning;
        problem->wrap(MessageCode::entities_unrecognised);
        problems.push_back(std::move(*problem));
        return {};
    }
    return parse_gazetteer(std::get<std::string>(read), path.generic_string(), problems);
}

}  // namespace ds
