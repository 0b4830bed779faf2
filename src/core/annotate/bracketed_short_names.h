#pragma once
// "Palo Alto Networks (PANW)", "Nvidia (NVDA.O)", "Adobe (NASDAQ: ADBE)", "Japan Advanced Semiconductor
// Manufacturing (JASM)": capitals in brackets right after a name are its ticker or its short form, that
// name again. Found as a name of their own they had made a second party ("PANW" a second buyer).
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/annotate/mention.h"

namespace ds {

// Makes each such mention among out[first…] (one sentence's, after the names were widened) stand for the
// known entity right before its bracket. (After an unknown name, the reading of deals takes the short form
// for that name wherever the article uses it: "METI" for "Ministry of Economy, Trade and Industry".)
void name_bracketed_short_forms(std::string_view text, std::vector<Mention>& out, std::size_t first);

}  // namespace ds
