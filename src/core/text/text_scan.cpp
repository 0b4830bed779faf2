#include "core/text/text_scan.h"

namespace ds::scan {

namespace {
unsigned char byte_at(std::string_view s, std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0; }
}  // namespace

std::size_t space_width(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && byte_at(s, i + 1) == 0xA0) return 2;  // NBSP
    // U+2000–U+200A (en/em/thin spaces), U+202F (narrow NBSP)
    if (c == 0xE2 && byte_at(s, i + 1) == 0x80) {
        const unsigned char d = byte_at(s, i + 2);
        if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) return 3;
    }
    return 0;
}

bool is_upper_at(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c >= 'A' && c <= 'Z') return true;
    if (c == 0xC3) {
        const unsigned char d = byte_at(s, i + 1);
        return d >= 0x80 && d <= 0x9E && d != 0x97;  // À–Þ without ×
    }
    if (c == 0xC4 || c == 0xC5) {
        const unsigned cp = ((c & 0x1Fu) << 6) | (byte_at(s, i + 1) & 0x3Fu);
        return cp >= 0x100 && cp <= 0x17F && cp % 2 == 0;  // Latin Extended-A pairs: upper case is even
    }
    return false;
}

bool is_lower_at(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c >= 'a' && c <= 'z') return true;
    if (c == 0xC3) {
        const unsigned char d = byte_at(s, i + 1);
        return d >= 0x9F && d <= 0xBF && d != 0xB7;  // ß–ÿ without ÷
    }
    if (c == 0xC4 || c == 0xC5) {
        const unsigned cp = ((c & 0x1Fu) << 6) | (byte_at(s, i + 1) & 0x3Fu);
        return cp >= 0x100 && cp <= 0x17F && cp % 2 == 1;
    }
    return false;
}

std::size_t opening_mark_width(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
    if (c == 0xC2 && (byte_at(s, i + 1) == 0xBB || byte_at(s, i + 1) == 0xAB)) return 2;  // » «
    if (c == 0xE2 && byte_at(s, i + 1) == 0x80) {
        const unsigned char d = byte_at(s, i + 2);
        if (d == 0x9E || d == 0x9C || d == 0x9A || d == 0x98 || d == 0xB9 || d == 0xBA) return 3;  // „ “ ‚ ‘ ‹ ›
    }
    return 0;
}

std::size_t closing_mark_width(std::string_view s, std::size_t i) {
    const unsigned char c = byte_at(s, i);
    if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
    if (c == 0xC2 && (byte_at(s, i + 1) == 0xBB || byte_at(s, i + 1) == 0xAB)) return 2;
    if (c == 0xE2 && byte_at(s, i + 1) == 0x80) {
        const unsigned char d = byte_at(s, i + 2);
        if (d == 0x9C || d == 0x9D || d == 0x98 || d == 0x99 || d == 0xB9 || d == 0xBA) return 3;  // “ ” ‘ ’ ‹ ›
    }
    return 0;
}

void trim(std::string_view s, std::size_t& begin, std::size_t& end) {
    while (begin < end) {
        const std::size_t w = space_width(s, begin);
        if (w == 0) break;
        begin += w;
    }
    while (end > begin) {
        if (space_width(s, end - 1) == 1) {
            --end;
        } else if (end - begin >= 2 && space_width(s, end - 2) == 2) {
            end -= 2;
        } else if (end - begin >= 3 && space_width(s, end - 3) == 3) {
            end -= 3;
        } else {
            break;
        }
    }
}

std::size_t count_words(std::string_view s, std::size_t limit) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size() && words <= limit;) {
        if (static_cast<unsigned char>(s[i] - 0x21) < 0x5F) {  // printable ASCII is never a space
            words += !in_word;
            in_word = true;
            ++i;
            while (i < s.size() && static_cast<unsigned char>(s[i] - 0x21) < 0x5F) ++i;  // rest of the run
            continue;
        }
        const std::size_t w = space_width(s, i);
        if (w) {
            in_word = false;
            i += w;
        } else {
            words += !in_word;
            in_word = true;
            ++i;
        }
    }
    return words;
}

bool names_a_lettered_thing(std::string_view word) {
    for (std::string_view w : {"Series", "Serie", "Class", "Klasse", "Round", "Runde", "Type", "Typ", "Phase", "Plan"}) {
        if (word == w) return true;
    }
    return false;
}

}  // namespace ds::scan
