#pragma once
// Entities in one sentence: known names from the gazetteer (longest match; "Microsofts", "OpenAI’s",
// "OpenAI-CEO", "Nvidia-KI-Chips" found; "arm" is not "Arm"), and names that look like organisations
// or people but are not known yet ("der Chipkonzern Qualcomm", "Finanzvorständin Anna Berger",
// "Muster Tech GmbH") as unknown-entity candidates.
#include <string_view>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/annotate/mention.h"
#include "core/text/tokens.h"

namespace ds {

// `german` false: English capitalises only names, so capitalised words inside a sentence are names too.
void annotate_entities(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer, std::vector<Mention>& out,
                       bool german = true);

}  // namespace ds
