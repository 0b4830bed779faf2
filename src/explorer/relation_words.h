#pragma once
// A gazetteer relation in the reader's words: "part of Amazon", "CEO von OpenAI". The detail says
// why two parties on the chart (Amazon and AWS) are kin, which its ids alone do not.
#include <string>
#include <string_view>

#include "core/annotate/gazetteer.h"
#include "core/text/language.h"

namespace ds {

// The words before the related entity's name ("part of", "Mitgründer von"); a type nobody taught
// it reads as "related to" / "verbunden mit", never as its id.
const char* relation_words(std::string_view type, Language language);
// The relation with its kin's name: "part of Amazon" (the kin's id when the gazetteer lacks it).
std::string relation_text(const EntityRelation& relation, const Gazetteer& gazetteer, Language language);

}  // namespace ds
