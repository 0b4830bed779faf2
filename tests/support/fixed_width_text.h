#pragma once
// Text widths for layouts tested without a font: 7 px per character, like a 13 px UI font.
// Characters, not bytes, so "…" and "ö" count once.
#include <string_view>

namespace ds::test {

inline float fixed_width(std::string_view text) {
    float chars = 0;
    for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1.0f : 0.0f;
    return 7.0f * chars;
}

}  // namespace ds::test
