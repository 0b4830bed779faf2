#pragma once
// The kind a new entity's dialog starts with, from what the article says of the name: "der Münchner
// Investor Kestrel Capital" and "Kestrel Ventures" are investors, "Finanzchefin Anna Berg" a person,
// everything else a company. The user can change it; this only saves a click when the text tells.
#include <string_view>

namespace ds {

// `before`: the words before the name in its sentence (a few are enough); `person`: the annotator
// read the name as a person's. One of kEntityKinds.
const char* guessed_entity_kind(std::string_view before, std::string_view name, bool person);

}  // namespace ds
