#pragma once
// One of the user's names set right, as a view asks for it (explorer/user_entities.h does it).
#include <optional>
#include <string>

namespace ds {

struct UserEntityEdit {
    std::string id;
    std::optional<std::string> name;     // a new name
    std::optional<std::string> kind;     // one of kEntityKinds
    std::optional<std::string> same_as;  // the id of the entity it is
};

}  // namespace ds
