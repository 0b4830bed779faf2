#pragma once
// Numbers as German and English news write them: digits with separators by language, number words,
// and scale words (German "Billion" is 10^12).
#include <optional>
#include <string_view>

namespace ds {

// "13,75" (de) → 13.75; "500.000" (de) → 500000; "1.5" / "38,000" (en). None for digit strings longer
// than 18 digits or malformed separators.
std::optional<double> parse_digits(std::string_view token, bool german);

// "zehn" → 10, "einer" → 1, "twelve" → 12. `article_like` is set for ein/eine/einer/einem/one/a, which
// count as numbers only right before a scale word or unit.
std::optional<double> number_word_value(std::string_view word, bool& article_like);

// "Milliarden" → 1e9, "Mrd" → 1e9, "Billionen" → 1e12 (de), "billion" → 1e9 (en), "Tausend" → 1e3.
std::optional<double> scale_word_value(std::string_view word, bool german);

}  // namespace ds
