#pragma once
// Small character-level helpers over UTF-8 text shared by the parser and the sentence splitter.
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace ds::scan {

// Width in bytes of a white-space character at `i` (space, tab, CR, LF, NBSP, thin spaces), or 0.
std::size_t space_width(std::string_view s, std::size_t i);

// True if the character at `i` starts an upper-case letter (ASCII, Latin-1 Ä Ö Ü …, Latin Extended-A).
bool is_upper_at(std::string_view s, std::size_t i);
// True if the character at `i` starts a lower-case letter (ASCII, ä ö ü ß …).
bool is_lower_at(std::string_view s, std::size_t i);
// Whether `word` is one of `list` (the word lists of the annotators and the deal grammar).
inline bool is_one_of(std::string_view word, std::initializer_list<std::string_view> list) {
    for (const std::string_view w : list) {
        if (w == word) return true;
    }
    return false;
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
// ASCII letters folded to lower case; other bytes (umlauts' UTF-8) kept as they are.
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The value of `s` if it is min_digits to max_digits ASCII digits and nothing else.
inline std::optional<int> digits_value(std::string_view s, std::size_t min_digits, std::size_t max_digits) {
    if (s.size() < min_digits || s.size() > max_digits) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

// Which lengths (up to 15 bytes) the words of a list have, by their first byte: rules most words out
// before the list is searched, when every token of every sentence is asked.
class LengthsByFirstByte {
public:
    constexpr void add(std::string_view word) {
        if (!word.empty() && word.size() < 16) lengths_[static_cast<unsigned char>(word[0])] |= static_cast<std::uint16_t>(1u << word.size());
    }
    constexpr bool may_hold(std::string_view word) const {
        return !word.empty() && word.size() < 16 && (lengths_[static_cast<unsigned char>(word[0])] >> word.size() & 1u);
    }

private:
    std::array<std::uint16_t, 256> lengths_{};
};

// Opening quotation marks and brackets: „ “ ‚ ‘ » « " ' ( [. Returns the byte width, or 0.
std::size_t opening_mark_width(std::string_view s, std::size_t i);
// Closing quotation marks and brackets after a sentence end: “ ” ‘ ’ « » " ' ) ]. Returns the width, or 0.
std::size_t closing_mark_width(std::string_view s, std::size_t i);

// [begin, end) shrunk so it neither starts nor ends with white space.
void trim(std::string_view s, std::size_t& begin, std::size_t& end);

// Number of white-space separated words in s; stops counting past `limit`.
std::size_t count_words(std::string_view s, std::size_t limit = static_cast<std::size_t>(-1));

// The length of the English possessive ending ("'s", "’s") w ends with after some name ("Lambda's" → 2),
// or 0.
inline std::size_t possessive_length(std::string_view w) {
    for (const std::string_view ending : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
        if (w.size() > ending.size() && w.ends_with(ending)) return ending.size();
    }
    return 0;
}
// w without its possessive ending: "Singapore's" → "Singapore".
inline std::string_view without_possessive(std::string_view w) { return w.substr(0, w.size() - possessive_length(w)); }

// "Series D", "Serie B", "Class A": a word that a single capital letter after it labels (no initial).
bool names_a_lettered_thing(std::string_view word);

}  // namespace ds::scan
