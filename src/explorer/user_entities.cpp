#include "explorer/user_entities.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/search/search.h"
#include "core/tables/cell_text.h"
#include "core/tables/cell_values.h"
#include "core/tables/table_import.h"
#include "explorer/user_data.h"

namespace ds {

namespace {

// The user's entity `id`, or a problem saying why it cannot be changed.
const Entity* users(const AppState& state, const std::string& id, std::optional<Problem>& problem) {
    const Entity* e = state.data.gazetteer.find(id);
    if (!e) problem = Problem{Severity::error, id, MessageCode::unknown_entity, {id}};
    else if (!e->by_user) problem = Problem{Severity::error, id, MessageCode::entity_not_users, {id}};
    return problem ? nullptr : e;
}

// Another entity that has `name` as its name or an alias, matched as imports match names.
const Entity* named_elsewhere(const AppState& state, const std::string& id, const std::string& name) {
    const std::string key = name_key(name);
    for (const Entity& e : state.data.gazetteer.entities) {
        if (e.id == id) continue;
        if (name_key(e.name) == key) return &e;
        if (std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) { return name_key(a) == key; })) return &e;
    }
    return nullptr;
}

// Replaces `from` in `text` where it stands as whole words ("Acme" in "Acme GmbH invests", not in "Acmex").
void replace_words(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
        const std::size_t end = at + from.size();
        const bool whole = (at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
                           (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end])));
        if (!whole) {
            ++at;
            continue;
        }
        text.replace(at, from.size(), to);
        at += to.size();
    }
}

// "Lumora AI" → "Lumora", "Quarzwerk GmbH" → "Quarzwerk": how articles name a firm after its full name, or
// instead of it; "" when the name has no such closing word or too little is left ("X AI").
std::string short_form(const std::string& name) {
    const std::size_t space = name.rfind(' ');
    if (space == std::string::npos) return {};
    const std::string last = name.substr(space + 1);
    static const char* const kClosing[] = {"AI", "Labs", "Lab", "Inc", "Inc.", "GmbH", "AG", "SE", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "plc"};
    if (std::none_of(std::begin(kClosing), std::end(kClosing), [&](const char* w) { return last == w; })) return {};
    std::string rest = std::string(trimmed_cell(name.substr(0, space)));
    return rest.size() >= 4 ? rest : std::string();
}

void changed(AppState& state) {
    ++state.user.revision;
    reindex_user_data(state);
}

}  // namespace

std::vector<std::size_t> user_entity_indices(const AppState& state) {
    std::vector<std::size_t> out;
    const auto& entities = state.data.gazetteer.entities;
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].by_user) out.push_back(i);
    return out;
}

std::vector<const Entity*> entities_named(const AppState& state, std::string_view typed, const std::string& except, std::size_t limit) {
    std::vector<const Entity*> out;
    const std::string folded = fold_for_search(typed).folded;
    if (folded.empty()) return out;
    const auto starts_a_word = [&](const std::string& name) {
        for (std::size_t at = name.find(folded); at != std::string::npos; at = name.find(folded, at + 1))
            if (at == 0 || !std::isalnum(static_cast<unsigned char>(name[at - 1]))) return true;
        return false;
    };
    // The search index has every name folded already; fold here only where it is out of step.
    const auto& entities = state.data.gazetteer.entities;
    const auto& index = state.derived.search_index.entity_names;
    for (std::size_t i = 0; i < entities.size() && out.size() < limit; ++i) {
        const bool in_index = i < index.size() && !index[i].empty();
        if (entities[i].id != except && starts_a_word(in_index ? index[i].front().folded : fold_for_search(entities[i].name).folded)) out.push_back(&entities[i]);
    }
    return out;
}

std::size_t events_naming(const AppState& state, const std::string& id) {
    const auto& events = state.data.events.events;
    return static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [&](const Event& e) {
        return std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.entity == id; });
    }));
}

std::variant<std::string, Problem> create_user_entity(AppState& state, const NewEntity& entity) {
    const std::string name = std::string(trimmed_cell(entity.name));
    if (name.empty()) return Problem{Severity::error, entity.name, MessageCode::entity_name_empty};
    if (const Entity* known = named_elsewhere(state, "", name)) return known->id;
    if (entity_kind_label(entity.kind).empty()) return Problem{Severity::error, name, MessageCode::unknown_kind, {entity.kind}};
    nlohmann::json aliases = nlohmann::json::array();
    for (const std::string& alias : entity.aliases) {
        const std::string a = std::string(trimmed_cell(alias));
        if (a.empty() || name_key(a) == name_key(name)) continue;
        if (const Entity* other = named_elsewhere(state, "", a)) return Problem{Severity::error, name, MessageCode::entity_name_taken, {a, other->name}};
        aliases.push_back(a);
    }
    for (const std::string& spelling : {std::string(trimmed_cell(entity.written_as)), short_form(name)}) {
        const bool listed = std::any_of(aliases.begin(), aliases.end(), [&](const nlohmann::json& a) { return name_key(a.get<std::string>()) == name_key(spelling); });
        if (!spelling.empty() && name_key(spelling) != name_key(name) && !listed && !named_elsewhere(state, "", spelling)) aliases.push_back(spelling);
    }
    // An id from the name ("Acme Robotics" → "acme-robotics"), numbered when another entity has it.
    std::string base = entity_id_of_name(name);
    if (base.empty()) base = "entity";
    std::string id = base;
    for (int n = 2; state.data.gazetteer.find(id); ++n) id = base + "-" + std::to_string(n);
    nlohmann::json json{{"id", id}, {"name", name}, {"kind", entity.kind}};
    if (!aliases.empty()) json["aliases"] = std::move(aliases);
    std::vector<std::string> names{name};
    for (const auto& a : json.value("aliases", nlohmann::json::array())) names.push_back(a.get<std::string>());
    if (auto problem = append_user_entity(state, json, name)) return *problem;
    reread_user_articles(state, names);  // only those that name it
    changed(state);
    return id;
}

std::optional<Problem> rename_user_entity(AppState& state, const std::string& id, const std::string& name) {
    std::optional<Problem> problem;
    const Entity* e = users(state, id, problem);
    if (!e) return problem;
    const std::string trimmed = std::string(trimmed_cell(name));
    if (trimmed.empty()) return Problem{Severity::error, id, MessageCode::entity_name_empty};
    if (trimmed == e->name) return std::nullopt;
    if (const Entity* other = named_elsewhere(state, id, trimmed)) return Problem{Severity::error, id, MessageCode::entity_name_taken, {trimmed, other->name}};
    Entity renamed = *e;
    // The table's spelling stays an alias: the same table imported again finds this entity.
    if (std::find(renamed.aliases.begin(), renamed.aliases.end(), renamed.name) == renamed.aliases.end()) renamed.aliases.push_back(renamed.name);
    renamed.aliases.erase(std::remove(renamed.aliases.begin(), renamed.aliases.end(), trimmed), renamed.aliases.end());
    // The events' summaries say the new name too (a table's row without a summary got one made of
    // the names; the same row imported again makes it with the new name, and is then the same event).
    for (Event& event : state.data.events.events) {
        if (!event.by_user || std::none_of(event.participants.begin(), event.participants.end(), [&](const Participant& p) { return p.entity == id; })) continue;
        for (std::string* summary : {&event.summary_en, &event.summary_de}) replace_words(*summary, renamed.name, trimmed);
    }
    renamed.name = trimmed;
    replace_user_entity(state.data.gazetteer, std::move(renamed));
    changed(state);
    return std::nullopt;
}

std::optional<Problem> set_user_entity_kind(AppState& state, const std::string& id, const std::string& kind) {
    std::optional<Problem> problem;
    const Entity* e = users(state, id, problem);
    if (!e) return problem;
    if (entity_kind_label(kind).empty()) return Problem{Severity::error, id, MessageCode::unknown_kind, {kind}};
    if (e->kind == kind) return std::nullopt;
    Entity kinded = *e;
    kinded.kind = kind;
    replace_user_entity(state.data.gazetteer, std::move(kinded));
    changed(state);
    return std::nullopt;
}

std::optional<Problem> merge_user_entity(AppState& state, const std::string& id, const std::string& into) {
    std::optional<Problem> problem;
    if (!users(state, id, problem)) return problem;
    if (into == id) return Problem{Severity::error, id, MessageCode::entity_same_as_self, {id}};
    if (!state.data.gazetteer.find(into)) return Problem{Severity::error, into, MessageCode::unknown_entity, {into}};
    const std::string old_name = state.data.gazetteer.find(id)->name, new_name = state.data.gazetteer.find(into)->name;
    for (Event& e : state.data.events.events) {
        bool named = false;
        for (Participant& p : e.participants) {
            if (p.entity != id) continue;
            p.entity = into;
            named = true;
        }
        if (!named) continue;
        // The summaries an import made of the names say the entity's name now ("Nvidia → Nscale").
        for (std::string* summary : {&e.summary_en, &e.summary_de}) replace_words(*summary, old_name, new_name);
        // An event that named both now names `into` twice in one role: once is enough.
        std::vector<Participant> kept;
        for (Participant& p : e.participants) {
            const bool twice = std::any_of(kept.begin(), kept.end(), [&](const Participant& q) { return q.entity == p.entity && q.role == p.role; });
            if (!twice) kept.push_back(std::move(p));
        }
        e.participants = std::move(kept);
    }
    remove_user_entity(state.data.gazetteer, id);
    if (state.selection.entity == id) state.selection.entity = into;
    if (state.view.filters.entity == id) state.view.filters.entity = into;
    changed(state);
    return std::nullopt;
}

Notice edit_user_entity(AppState& state, const UserEntityEdit& edit) {
    const Entity* before = state.data.gazetteer.find(edit.id);
    const std::string old_name = before ? before->name : edit.id;
    std::optional<Problem> problem;
    if (edit.name) problem = rename_user_entity(state, edit.id, *edit.name);
    if (!problem && edit.kind) problem = set_user_entity_kind(state, edit.id, *edit.kind);
    // The user knows the name, not the id: the notice names the place so.
    if (problem) {
        problem->place = old_name;
        return Notice::of(NoticeCode::entity_refused, old_name, std::move(problem));
    }
    if (!edit.same_as) return Notice::of(NoticeCode::entity_changed, state.data.gazetteer.find(edit.id)->name);
    const std::size_t events = events_naming(state, edit.id);
    if (auto merged = merge_user_entity(state, edit.id, *edit.same_as)) {
        merged->place = old_name;
        return Notice::of(NoticeCode::entity_refused, old_name, std::move(merged));
    }
    Notice n = Notice::of(NoticeCode::entity_merged, old_name);
    n.format = state.data.gazetteer.find(*edit.same_as)->name;
    n.events = static_cast<int>(events);
    return n;
}

}  // namespace ds
