#pragma once
// A gazetteer relation in the reader's words: "part of Amazon", "CEO von OpenAI". The detail says
// why two parties on the chart (Amazon and AWS) are kin, which its ids alone do not.
#include <string_view>

#include "core/text/language.h"

namespace ds {

// The words before the related entity's name ("part of", "Mitgründer von"); a type nobody taught
// it reads as "related to" / "verbunden mit", never as its id.
const char* relation_words(std::string_view type, Language language);

}  // namespace ds
