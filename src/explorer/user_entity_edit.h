#pragma once
// One of the user's names set right, or a new one made, as a view asks for it (explorer/user_entities.h
// does it).
#include <optional>
#include <string>
#include <vector>

namespace ds {

struct UserEntityEdit {
    std::string id;
    std::optional<std::string> name;     // a new name
    std::optional<std::string> kind;     // one of kEntityKinds
    std::optional<std::string> same_as;  // the id of the entity it is
};

// A name the user makes an entity of: an unknown name in one of their articles, or a phrase they
// typed. Aliases are other spellings the articles use ("AMD" beside "Advanced Micro Devices").
struct NewEntity {
    std::string name;
    std::string kind = "company";  // one of kEntityKinds
    std::vector<std::string> aliases;
    // How the article writes it, when the user was asked from a mention there ("Lumora" for "Lumora AI"):
    // kept as another spelling when the name differs, so the article finds the entity where it names it.
    std::string written_as;
};

}  // namespace ds
