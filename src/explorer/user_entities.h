#pragma once
// The user's own names — those a table brought that the gazetteer did not know — as the user sets
// them right after an import: renamed ("Helios" → "Helios Compute"), given a kind, or found to be a
// name dealscope knows ("Nvidia Corp." is Nvidia), which moves their events to that entity. Each
// change is saved with the user's data, like the import itself.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/text/problem.h"
#include "explorer/app_state.h"
#include "explorer/notice.h"
#include "explorer/user_entity_edit.h"

namespace ds {

// The user's names, in the order they came (indices into the gazetteer's entities).
std::vector<std::size_t> user_entity_indices(const AppState& state);

// Entities other than `except` one of whose words begins with what the user typed, folded as search
// folds ("ora" finds Oracle, not Sora; "nvid" finds Nvidia), in gazetteer order, at most `limit`.
std::vector<const Entity*> entities_named(const AppState& state, std::string_view typed, const std::string& except, std::size_t limit);

// How many events name entity `id`.
std::size_t events_naming(const AppState& state, const std::string& id);

// Makes `entity` one of the user's entities, saved with their data like a table's names, and reads
// the user's articles again so that the reader marks the name and their candidates name it. Returns
// its id; a name (or alias) another entity has already gives that entity's id, and nothing is made.
// Refused: an empty name, an unknown kind, an alias another entity has. Besides the aliases given, the
// article's spelling (`written_as`) and the name without a closing "AI", "Labs", "GmbH" … ("Lumora" of
// "Lumora AI") are kept as spellings, each unless another entity has it.
std::variant<std::string, Problem> create_user_entity(AppState& state, const NewEntity& entity);

// Renames the user's entity `id`; its id stays, and the old name is kept as an alias so the same
// table imported again finds it. Refused: not the user's, an empty name, a name another entity has.
std::optional<Problem> rename_user_entity(AppState& state, const std::string& id, const std::string& name);

// Gives the user's entity `id` a kind (one of kEntityKinds).
std::optional<Problem> set_user_entity_kind(AppState& state, const std::string& id, const std::string& kind);

// The user's entity `id` is entity `into`: every event naming it names `into` instead, and `id` is
// removed. Refused: `id` not the user's, `into` unknown or `id` itself.
std::optional<Problem> merge_user_entity(AppState& state, const std::string& id, const std::string& into);

// Does what `edit` asks (name, then kind, then same-as) and says what happened: the new name, the
// entity it was merged into, or why it was refused.
Notice edit_user_entity(AppState& state, const UserEntityEdit& edit);

}  // namespace ds
