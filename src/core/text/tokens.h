#pragma once
// Word-level tokens of a sentence with byte ranges, for the annotators. Hyphenated compounds are
// split into their parts ("10-Milliarden-Dollar-Deal" → 10 | Milliarden | Dollar | Deal) with a flag,
// so a name or amount inside a compound is still found; numbers keep their separators ("13,75").
#include <string_view>
#include <vector>

#include "core/text/byte_range.h"

namespace ds {

struct Token {
    ByteRange range;
    bool hyphen_before = false;  // joined to the previous token by a hyphen
    bool break_before = false;   // punctuation (comma, colon, quote, bracket…) stands between it and the previous token
    bool numeric = false;        // starts with a digit
    bool symbol = false;         // $ € £ %
};

// Tokens of text[range].
std::vector<Token> tokenize(std::string_view text, ByteRange range);

inline std::string_view token_text(std::string_view text, const Token& t) { return text.substr(t.range.begin, t.range.size()); }

}  // namespace ds
