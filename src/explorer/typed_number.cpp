#include "explorer/typed_number.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/tables/cell_values.h"

namespace ds {

std::optional<double> typed_number(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    std::string plain(text);
    if (plain.find(',') != std::string::npos && plain.find('.') != std::string::npos) return std::nullopt;
    std::replace(plain.begin(), plain.end(), ',', '.');
    return read_plain_number(plain);  // digits and one point, as a spreadsheet cell is read
}

// Not plain_number_text: a value converted from billions to millions (0.0125 × 1000) would show
// every digit of its rounding error; six significant digits are what a person types.
std::string typed_number_text(double value, Language language) {
    if (!(value > 0) || !std::isfinite(value)) return "";
    char text[48];
    std::snprintf(text, sizeof text, "%.6g", value);
    std::string out = text;
    if (language == Language::de)
        for (char& c : out) c = c == '.' ? ',' : c;
    return out;
}

}  // namespace ds
