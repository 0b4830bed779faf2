#include "core/text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "core/text/text_scan.h"

namespace ds {

namespace {

// Words that end with a period without ending the sentence (checked case-sensitively).
constexpr std::string_view kAbbreviations[] = {
    "bzw", "ca", "Dr", "Nr", "Mio", "Mrd", "Inc", "Corp", "Ltd", "Co", "Prof", "St", "vgl", "evtl", "ggf",
    "inkl", "exkl", "zzgl", "Hr", "Fr", "Abs", "Art", "Bd", "Bsp", "Jh", "Mr", "Mrs", "Ms", "Jr", "Sr",
    "vs", "Tsd", "Str", "Tel", "Fa", "gem", "sog", "Nov", "Dez", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Okt", "Oct", "Dec", "Mill", "Bio", "Mia", "Dipl", "Ing", "Dt", "max", "min",
    "rd", "bspw",
};

bool is_word_byte(unsigned char c) { return c >= 0x80 || scan::is_ascii_alpha(static_cast<char>(c)) || scan::is_digit(static_cast<char>(c)); }

// The word that ends right before the period at `dot`.
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t dot) {
    std::size_t start = dot;
    while (start > begin && is_word_byte(static_cast<unsigned char>(text[start - 1]))) --start;
    return text.substr(start, dot - start);
}

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return scan::is_digit(c); });
}

// A period that belongs to the word before it rather than ending the sentence.
constexpr std::size_t kLongestAbbreviation = 4;

bool period_belongs_to_word(std::string_view word) {
    // Most periods follow long words; they are decided before any list lookup.
    if (word.empty() || word.size() > kLongestAbbreviation) return false;
    if (std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) != std::end(kAbbreviations)) return true;
    if (word.size() == 1 && scan::is_ascii_alpha(word[0])) return true;  // initials, z. B., u. a.
    if (all_digits(word) && word.size() <= 2) return true;               // ordinals: 3. Quartal, 21. Oktober
    return false;
}

// A word at `at` that opens sentences and is no part of a firm's name ("Then", "The", "Der").
bool opens_sentences(std::string_view s, std::size_t at, std::size_t end) {
    std::size_t e = at;
    while (e < end && scan::is_ascii_alpha(s[e])) ++e;
    static constexpr std::string_view kOpeners[] = {"The", "Then", "It", "Its", "In", "On", "But", "And", "This", "That", "These", "They", "He", "She",
                                                    "We", "Meanwhile", "However", "Der", "Die", "Das", "Im", "Am", "Es", "Er", "Sie", "Damit", "Auch"};
    const std::string_view w = s.substr(at, e - at);
    return std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners);
}

// Width of a sentence-final mark at i: . ! ? or … (U+2026). 0 if none.
std::size_t terminal_width(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (c == '.' || c == '!' || c == '?') return 1;
    if (s.substr(i, 3) == "\xE2\x80\xA6") return 3;
    return 0;
}

// Can a new sentence start at i? Upper-case letter, digit or an opening mark followed by one.
bool starts_sentence(std::string_view s, std::size_t i) {
    if (i >= s.size()) return false;
    if (scan::is_upper_at(s, i) || scan::is_digit(s[i])) return true;
    const std::size_t open = scan::opening_mark_width(s, i);
    if (open) return i + open < s.size() && (scan::is_upper_at(s, i + open) || scan::is_digit(s[i + open]));
    return s.substr(i, 3) == "\xE2\x80\x93" || s[i] == '-';  // a dash-led sentence
}

// Bytes that can start a sentence-final mark: . ! ? and 0xE2, the lead byte of …
constexpr auto kMarkLead = [] {
    std::array<bool, 256> t{};
    t['.'] = t['!'] = t['?'] = t[0xE2] = true;
    return t;
}();

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text, ByteRange range) {
    std::vector<ByteRange> out;
    std::size_t start = range.begin;
    const std::size_t end = std::min(range.end, text.size());

    auto emit = [&](std::size_t b, std::size_t e) {
        scan::trim(text, b, e);
        if (b < e) out.push_back({b, e});
    };

    for (std::size_t i = start; i < end;) {
        // Skip to the next byte that can start a sentence-final mark: . ! ? or the lead byte of …
        while (i < end && !kMarkLead[static_cast<unsigned char>(text[i])]) ++i;
        if (i >= end) break;
        const std::size_t mark = terminal_width(text, i);
        if (mark == 0) {
            ++i;
            continue;
        }
        const std::size_t terminal_at = i;
        std::size_t j = i + mark;
        // Absorb further marks and closing quotes: "?!", "...", „… Texas.“
        for (;;) {
            if (j >= end) break;
            if (const std::size_t t = terminal_width(text, j)) { j += t; continue; }
            if (const std::size_t q = scan::closing_mark_width(text, j)) { j += q; continue; }
            break;
        }
        if (j >= end) break;
        const std::size_t gap = scan::space_width(text, j);
        if (gap == 0) {  // 13.75, Pixabay.com, z.B., "Texas."Next
            i = j;
            continue;
        }
        std::size_t next = j;
        while (next < end) {
            const std::size_t w = scan::space_width(text, next);
            if (w == 0) break;
            next += w;
        }
        const bool plain_period = text[terminal_at] == '.' && j == terminal_at + 1;
        const std::string_view before = plain_period ? word_before(text, start, terminal_at) : std::string_view();
        // "Art. 5 GG" abbreviates "Artikel"; "… der erste Zukauf dieser Art. 2021 hatte …" ends a sentence: only a
        // short number after it (not a year, not a word) keeps "Art." inside.
        std::size_t digits = 0;
        while (next + digits < end && scan::is_digit(text[next + digits])) ++digits;
        const bool article_of_law = before != "Art" || (digits >= 1 && digits <= 3);
        // "… co-led the Series D. Nvidia and Google joined": a round's letter is no initial.
        const bool round_letter = before.size() == 1 && terminal_at >= start + 2 && scan::is_upper_at(before, 0) &&
                                  scan::names_a_lettered_thing(word_before(text, start, terminal_at - 2));
        // "… led by Mitsui & Co. Then, last month, …": a firm's legal form ends the sentence when a word that
        // opens sentences follows.
        const bool legal_form_ends = (before == "Co" || before == "Inc" || before == "Corp" || before == "Ltd") && opens_sentences(text, next, end);
        if (plain_period && article_of_law && !round_letter && !legal_form_ends && period_belongs_to_word(before)) {
            i = j;
            continue;
        }
        if (!starts_sentence(text, next)) {
            i = j;
            continue;
        }
        emit(start, j);
        start = next;
        i = next;
    }
    emit(start, end);
    return out;
}

}  // namespace ds
