#pragma once
// Human-readable forms of normalised values, for tooltips and tables:
// "US$ 10 000 000 000 · exact", "2023-FA · autumn 2023", "Microsoft · company".
#include <optional>
#include <string>

#include "core/annotate/mention.h"
#include "core/text/language.h"

namespace ds {

// 10000000000, "USD" → "US$ 10 000 000 000" (thin-space groups); unknown currency → the bare number.
std::string format_money(double value, const std::string& currency);

// "2023-FA" → "autumn 2023", "2025-Q3" → "Q3 2025", "2024-10-21" → "21 October 2024", "P4Y" → "4 years",
// "XXXX-03" → "March (year unknown)"; `mod` "MID" → "mid 2026". In German: "Herbst 2023",
// "21. Oktober 2024", "4 Jahre", "Mitte 2026".
std::string describe_timex(const std::string& timex, const std::string& mod = "", Language language = Language::en);

// One line describing what the mention means.
std::string describe_mention(const Mention& m);

}  // namespace ds
