#include "core/events/later_parties.h"

#include <algorithm>

namespace ds {

namespace {

bool any_word(const std::vector<DealWord>& words, std::initializer_list<std::string_view> list) {
    return std::any_of(words.begin(), words.end(), [&](const DealWord& w) { return is_one_of(w.lower, list); });
}

// "Verkäufer sind …", "The sellers are …", "will sell their stakes", "verkaufen ihre Anteile",
// "trennen sich von ihren Beteiligungen": the owners who sell. Only their own stake ("their",
// "ihre"): "sold a stake to Meta" tells another deal.
bool names_sellers(const std::vector<DealWord>& words) {
    if (any_word(words, {"verkäufer", "seller", "sellers", "verkäuferin", "verkäuferseite", "vendors"})) return true;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const std::string& verb = words[i].lower;
        const bool sells = is_one_of(verb, {"sell", "sells", "selling", "verkaufen", "verkauft", "verkaufe", "abgeben", "trennen", "tender",
                                            "offload", "divest"});
        if (!sells) continue;
        for (std::size_t k = i + 1; k < std::min(words.size(), i + 4); ++k) {
            if (is_one_of(words[k].lower, {"their", "its", "ihre", "ihren", "seine", "seinen"})) return true;
        }
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
            if (is_one_of(words[k].lower, {"ihre", "ihren", "seine", "seinen"})) return true;  // "die ihre Anteile verkaufen"
        }
    }
    return false;
}

// "Angeführt wird es von den Banken …", "Mit im Boot sind …", "Lenders include …", "Kreditgeber sind …",
// "ein Konsortium aus …": the banks that lend. (Not "Banken wie JPMorgan rechnen mit …": a bank named is no lender.)
bool names_lenders(const std::vector<DealWord>& words) {
    return std::any_of(words.begin(), words.end(), [](const DealWord& w) {
        return w.lower.starts_with("kreditgeber") || w.lower.starts_with("geldgeber") || w.lower.starts_with("lender") ||
               w.lower.starts_with("konsortium") || w.lower.starts_with("bankenkonsortium") || w.lower == "syndicate" ||
               w.lower == "angeführt" || w.lower == "led" || w.lower == "boot" || w.lower == "beteiligt" || w.lower == "underwritten" ||
               w.lower == "provided";
    });
}

}  // namespace

std::string_view later_party_role(std::string_view deal_type, const std::vector<DealWord>& words) {
    if (deal_type == "acquisition" && names_sellers(words)) return "seller";
    if (deal_type == "loan" && names_lenders(words)) return "lender";
    return {};
}

}  // namespace ds
