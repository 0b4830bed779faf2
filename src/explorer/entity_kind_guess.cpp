#include "explorer/entity_kind_guess.h"

#include <array>
#include <string>

namespace ds {

namespace {

// The last word of `text` (letters, digits and hyphens), lower-cased as ASCII.
std::string last_word(std::string_view text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != ',' && text[begin - 1] != '(') --begin;
    std::string out(text.substr(begin, end - begin));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool ends_with_any(std::string_view word, const auto& endings) {
    for (const std::string_view e : endings)
        if (word.size() >= e.size() && word.substr(word.size() - e.size()) == e) return true;
    return false;
}

}  // namespace

const char* guessed_entity_kind(std::string_view before, std::string_view name, bool person) {
    if (person) return "person";
    // The cue noun just before the name ("Investor", "Wagniskapitalgeber", "the fund"), or a word of
    // the name that investors' names end with ("Capital", "Ventures").
    static constexpr std::array<std::string_view, 11> kInvestorCues{"investor", "investoren", "geber", "fonds", "fund", "vc", "kapitalgeber",
                                                                   "staatsfonds", "beteiligungsgesellschaft", "bank", "finanzinvestor"};
    static constexpr std::array<std::string_view, 7> kInvestorNames{"capital", "ventures", "partners", "fund", "investments", "holdings", "vc"};
    if (ends_with_any(last_word(before), kInvestorCues)) return "investor";
    if (ends_with_any(last_word(name), kInvestorNames)) return "investor";
    return "company";
}

}  // namespace ds
