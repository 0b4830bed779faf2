#include "core/text/tokens.h"

#include <array>

#include "core/text/text_scan.h"

namespace ds {

namespace {
enum class CharClass { space, word, digit, hyphen, symbol, punct };

// ASCII, most of the text, by table: one load instead of a chain of comparisons per byte.
constexpr std::array<CharClass, 128> kAsciiClasses = [] {
    std::array<CharClass, 128> t{};
    for (int c = 0; c < 128; ++c) {
        t[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ? CharClass::space
               : c >= '0' && c <= '9'                                                   ? CharClass::digit
               : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')                       ? CharClass::word
               : c == '-'                                                               ? CharClass::hyphen
               : c == '$' || c == '%'                                                   ? CharClass::symbol
                                                                                        : CharClass::punct;
    }
    return t;
}();

// Classifies the character at i and reports its width.
CharClass classify(std::string_view s, std::size_t i, std::size_t& width) {
    width = 1;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return kAsciiClasses[c];
    if (const std::size_t w = scan::space_width(s, i)) {
        width = w;
        return CharClass::space;
    }
    const auto next = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (c == 0xE2 && next(1) == 0x82 && next(2) == 0xAC) { width = 3; return CharClass::symbol; }   // €
    if (c == 0xC2 && next(1) == 0xA3) { width = 2; return CharClass::symbol; }                     // £
    if (c == 0xC2 && next(1) == 0xA5) { width = 2; return CharClass::symbol; }                     // ¥
    if (c == 0xE2 && next(1) == 0x80) {                                                          // – — ‚ „ “ ” ‘ ’ … •
        width = 3;
        return next(2) == 0x90 || next(2) == 0x91 ? CharClass::hyphen : CharClass::punct;
    }
    if (c == 0xC2 && (next(1) == 0xAB || next(1) == 0xBB || next(1) == 0xB7 || next(1) == 0xA7)) { width = 2; return CharClass::punct; }
    // Any other multi-byte character is part of a word (ä ö ü ß é ł, soft hyphen …).
    width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return CharClass::word;
}
}  // namespace

std::vector<Token> tokenize(std::string_view text, ByteRange range) {
    std::vector<Token> tokens;
    tokens.reserve(range.size() / 5 + 1);  // German news text: a token per 6–7 bytes
    bool hyphen = false, brk = false;
    std::size_t i = range.begin;
    const std::size_t end = std::min(range.end, text.size());
    while (i < end) {
        std::size_t w = 0;
        const CharClass cls = classify(text, i, w);
        if (cls == CharClass::space) { i += w; hyphen = false; continue; }
        if (cls == CharClass::hyphen) { hyphen = !tokens.empty() && tokens.back().range.end == i; i += w; continue; }
        if (cls == CharClass::punct) {
            // "Xnor.ai", "Convergence.ai", "Scale.io", "Leonardo.Ai": a capitalised name with a web domain's ending is one
            // word, the name (not a name and a sentence's end).
            if (text[i] == '.' && !tokens.empty() && tokens.back().range.end == i && scan::is_upper_at(text, tokens.back().range.begin)) {
                bool joined = false;
                for (const std::string_view domain : {"ai", "io", "com", "Ai", "AI"}) {
                    const std::size_t after = i + 1 + domain.size();
                    if (after > end || text.substr(i + 1, domain.size()) != domain) continue;
                    std::size_t next_width = 0;
                    if (after < end && classify(text, after, next_width) == CharClass::word) continue;  // ".aim", ".company"
                    tokens.back().range.end = after;
                    i = after;
                    joined = true;
                    break;
                }
                if (joined) continue;
            }
            // An apostrophe inside a word (D'Angelo, Hoffman's, OpenAI’s) belongs to it; handled below.
            // The dot of an initial ("D. E. Shaw", "Jensen H. Huang", "U.S.") breaks nothing.
            const bool initial = text[i] == '.' && !tokens.empty() && tokens.back().range.end == i && tokens.back().range.size() == 1 &&
                                 text[i - 1] >= 'A' && text[i - 1] <= 'Z' &&
                                 !(tokens.size() >= 2 && scan::names_a_lettered_thing(text.substr(tokens[tokens.size() - 2].range.begin,
                                                                                                  tokens[tokens.size() - 2].range.size())));
            if (!initial) brk = true;
            hyphen = false;
            i += w;
            continue;
        }
        Token t;
        t.range.begin = i;
        t.hyphen_before = hyphen;
        t.break_before = brk;
        if (cls == CharClass::symbol) {
            t.symbol = true;
            t.range.end = i + w;
            tokens.push_back(t);
            i += w;
            hyphen = brk = false;
            continue;
        }
        t.numeric = cls == CharClass::digit;
        std::size_t j = i + w;
        while (j < end) {
            // Runs of ASCII letters and digits, most of a word, without the general classification.
            while (j < end && (scan::is_ascii_alpha(text[j]) || scan::is_digit(text[j]))) ++j;
            if (j >= end) break;
            std::size_t w2 = 0;
            const CharClass c2 = classify(text, j, w2);
            if (c2 == CharClass::word || c2 == CharClass::digit) { j += w2; continue; }
            // Separators inside numbers (13,75 · 500.000 · 1.5) and apostrophes inside names.
            const char c = text[j];
            const bool digit_next = j + 1 < end && scan::is_digit(text[j + 1]);
            const bool letter_next = j + 1 < end && !scan::space_width(text, j + 1) && (scan::is_ascii_alpha(text[j + 1]) || static_cast<unsigned char>(text[j + 1]) >= 0xC0);
            if (t.numeric && (c == '.' || c == ',') && digit_next && scan::is_digit(text[j - 1])) { j += 1; continue; }
            if (!t.numeric && c == '\'' && letter_next) { j += 1; continue; }
            if (!t.numeric && text.substr(j, 3) == "\xE2\x80\x99" && j + 3 < end && scan::is_ascii_alpha(text[j + 3])) { j += 3; continue; }
            break;
        }
        t.range.end = j;
        tokens.push_back(t);
        hyphen = brk = false;
        i = j;
    }
    return tokens;
}

}  // namespace ds
