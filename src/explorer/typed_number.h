#pragma once
// A number as a user types it into a field: "12,5" and "12.5" alike (German writes a decimal comma),
// spaces around it ignored; and a number shown for editing in the UI's language.
#include <optional>
#include <string>
#include <string_view>

#include "core/text/language.h"

namespace ds {

// The number typed, read as a spreadsheet cell's plain number once a comma became a point; nothing
// when the text is empty, not one number, negative, or has both a comma and a point (whether
// "1.500,5" means 1500.5 or is a slip is not guessed).
std::optional<double> typed_number(std::string_view text);

// "12,5" (de) or "12.5" (en), up to six significant digits; "" for zero or less (nothing given yet).
std::string typed_number_text(double value, Language language);

}  // namespace ds
