#include "explorer/typed_number.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ds {

std::optional<double> typed_number(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty() || text.size() > 40) return std::nullopt;
    std::string plain(text);
    const bool comma = plain.find(',') != std::string::npos, point = plain.find('.') != std::string::npos;
    if (comma && point) return std::nullopt;
    for (char& c : plain) {
        if (c == ',') c = '.';
        else if (!(c >= '0' && c <= '9') && c != '.') return std::nullopt;  // no signs, exponents or words
    }
    char* end = nullptr;
    const double value = std::strtod(plain.c_str(), &end);
    if (end != plain.c_str() + plain.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

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
