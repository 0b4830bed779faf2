#pragma once
// Money ("bis zu 5 Milliarden US-Dollar", "10-Milliarden-Dollar-Deal", "Milliardenhöhe") and other
// quantities ("um 7 %", "10.000 Stellen", "30 Gigawatt", "500.000 Quadratmetern") in one sentence.
#include <string_view>
#include <vector>

#include "core/annotate/mention.h"
#include "core/text/tokens.h"

namespace ds {

// Appends the money and quantity mentions among `tokens` (one sentence of `text`) to `out`.
void annotate_amounts(std::string_view text, const std::vector<Token>& tokens, bool german, std::vector<Mention>& out);

}  // namespace ds
