#pragma once
// Unknown organisations' names cut short by the annotators that found them, made whole again:
// "Boardman Bay Capital" + "Management", "HP Tech" + "Ventures", "US" + "Innovative Technology Fund",
// "Japan" + "Advanced Semiconductor Manufacturing", "Healthcare" + "of Ontario Pension Plan".
// A cut name is a wrong party twice over: a firm that is not the one meant, and a second one called
// "Management".
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/annotate/mention.h"
#include "core/text/tokens.h"

namespace ds {

// Widens the unknown organisations among out[first…] (one sentence's mentions, over `tokens`).
void widen_unknown_names(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& out, std::size_t first);

}  // namespace ds
