#include "core/annotate/entity_annotator.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "core/text/text_scan.h"

namespace ds {

namespace {

// Nouns that introduce a name: "der Chipkonzern Qualcomm", "Finanzvorständin Anna Berger".
struct Cue { std::string_view suffix; bool person; };
constexpr Cue kCues[] = {
    {"konzern", false}, {"unternehmen", false}, {"startup", false}, {"firma", false}, {"hersteller", false}, {"anbieter", false},
    {"investor", false}, {"hedgefonds", false}, {"fonds", false}, {"bank", false}, {"gruppe", false}, {"entwickler", false},
    {"vorständin", true}, {"vorstand", true}, {"chef", true}, {"chefin", true}, {"gründer", true}, {"gründerin", true},
    {"analyst", true}, {"analystin", true}, {"sprecher", true}, {"sprecherin", true}, {"geschäftsführer", true},
    {"geschäftsführerin", true}, {"präsident", true}, {"präsidentin", true}, {"ceo", true}, {"cfo", true}, {"minister", true},
    {"ministerin", true},
};
constexpr std::string_view kLegalForms[] = {"GmbH", "AG", "SE", "Inc", "Corp", "Ltd", "LLC", "KG", "plc", "SA"};  // at most 4 bytes
// Capitalised words that are not names even after a cue.
constexpr std::string_view kNotNames[] = {"Der", "Die", "Das", "Ein", "Eine", "Im", "In", "Mit", "Und", "Von", "Für", "Auf", "Bei", "Nach",
                                          "KI", "US", "AI", "Milliarden", "Millionen", "Dollar", "Euro", "Prozent"};

// Case-insensitive (ASCII) "ends with", without copying the word. From the last letter back: most
// words differ there, and every capitalised word is tried against every cue.
bool ends_with_ignoring_case(std::string_view w, std::string_view suffix) {
    if (w.size() < suffix.size()) return false;
    const std::string_view tail = w.substr(w.size() - suffix.size());
    for (std::size_t i = suffix.size(); i-- > 0;) {
        char c = tail[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

// The cue a word ends with, or the end of kCues. Cues are looked up by the word's last two letters
// (lower case): every capitalised word is asked, and most end unlike any cue.
const Cue* find_cue(std::string_view word) {
    const auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    const auto tail = [&](std::string_view w) { return static_cast<std::uint16_t>(lower(w[w.size() - 2]) << 8 | lower(w[w.size() - 1])); };
    static const std::array<std::uint64_t, 1024> kTails = [&] {  // one bit per two-letter tail
        std::array<std::uint64_t, 1024> seen{};
        for (const Cue& c : kCues) seen[tail(c.suffix) / 64] |= std::uint64_t{1} << (tail(c.suffix) % 64);
        return seen;
    }();
    if (word.size() < 2) return std::end(kCues);
    const std::uint16_t t = tail(word);
    if (!(kTails[t / 64] >> (t % 64) & 1)) return std::end(kCues);
    return std::find_if(std::begin(kCues), std::end(kCues), [&](const Cue& c) { return ends_with_ignoring_case(word, c.suffix); });
}

// The token with a German or English genitive ending removed: "Microsofts", "OpenAI’s", "Hoffman's".
std::optional<std::string_view> without_genitive(std::string_view w) {
    for (std::string_view ending : {"’s", "'s"}) {
        if (w.size() > ending.size() + 1 && w.ends_with(ending)) return w.substr(0, w.size() - ending.size());
    }
    if (w.size() > 3 && w.back() == 's') return w.substr(0, w.size() - 1);
    if (w.size() > 2 && (w.back() == '\'' || w.ends_with("’"))) return w.substr(0, w.size() - (w.back() == '\'' ? 1 : 3));
    return std::nullopt;
}

struct Match { std::size_t last_token; std::int32_t entity; };

// Longest gazetteer name starting at token i.
std::optional<Match> longest_match(std::string_view text, const std::vector<Token>& tokens, const NameTrie& trie, std::size_t i) {
    if (!trie.may_start_with(text[tokens[i].range.begin])) return std::nullopt;  // most words: no name starts like them
    std::optional<Match> best;
    std::uint32_t node = NameTrie::kRoot;
    for (std::size_t k = i; k < tokens.size(); ++k) {
        const std::string_view w = token_text(text, tokens[k]);
        // A genitive ends a name: "Altmans Entlassung", "Reid Hoffman's Charitable …" is tried whole first.
        if (const auto stripped = without_genitive(w)) {
            if (const auto end = trie.child(node, *stripped); end && trie.entity(*end) >= 0) best = Match{k, trie.entity(*end)};
        }
        const auto next = trie.child(node, w);
        if (!next) break;
        node = *next;
        if (trie.entity(node) >= 0) best = Match{k, trie.entity(node)};
    }
    return best;
}

bool capitalised_name(std::string_view w, const Token& t) {
    return !t.numeric && !t.symbol && scan::is_upper_at(w, 0) &&
           std::find(std::begin(kNotNames), std::end(kNotNames), w) == std::end(kNotNames);
}

}  // namespace

void annotate_entities(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer, std::vector<Mention>& out) {
    std::vector<bool> known(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto match = longest_match(text, tokens, gazetteer.trie, i);
        if (!match) continue;
        const Entity& e = gazetteer.entities[static_cast<std::size_t>(match->entity)];
        Mention m;
        m.kind = MentionKind::entity;
        m.range = {tokens[i].range.begin, tokens[match->last_token].range.end};
        m.entity_id = e.id;
        m.name = e.name;
        m.entity_kind = e.kind;
        m.known = true;
        out.push_back(std::move(m));
        for (std::size_t k = i; k <= match->last_token; ++k) known[k] = true;
        i = match->last_token;
    }

    // Unknown-entity candidates after a cue noun, or before a legal form. `candidate` marks their
    // tokens, so a legal form does not name a cue's candidate again (comparing with every mention
    // so far made a sentence listing many firms quadratic).
    std::vector<bool> candidate(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // Cue nouns are capitalised ("Chipkonzern", "CEO"); most tokens are rejected here.
        const std::string_view word = token_text(text, tokens[i]);
        if (known[i] || word.size() < 3 || !scan::is_upper_at(word, 0)) continue;
        // "Start-up" is two tokens; treat "Start" + "-up" as the cue "startup".
        const bool start_up = word == "Start" && i + 1 < tokens.size() && tokens[i + 1].hyphen_before && token_text(text, tokens[i + 1]) == "up";
        const Cue* cue = find_cue(word);
        if (cue == std::end(kCues) && !start_up) continue;
        const bool person = !start_up && cue->person;
        std::size_t first = i + (start_up ? 2 : 1);
        if (first >= tokens.size() || known[first] || tokens[first].break_before || tokens[first].hyphen_before) continue;
        std::size_t last = first;
        if (!capitalised_name(token_text(text, tokens[first]), tokens[first])) continue;
        const std::size_t max_tokens = person ? 3 : 2;
        while (last + 1 < tokens.size() && last + 1 - first < max_tokens && !known[last + 1] && !tokens[last + 1].break_before &&
               capitalised_name(token_text(text, tokens[last + 1]), tokens[last + 1])) {
            ++last;
        }
        if (person && last == first) continue;  // a person's name has a first and a last name
        Mention m;
        m.kind = MentionKind::entity;
        m.range = {tokens[first].range.begin, tokens[last].range.end};
        m.name = std::string(text.substr(m.range.begin, m.range.size()));
        m.entity_kind = person ? "person" : "organisation";
        out.push_back(std::move(m));
        for (std::size_t k = first; k <= last; ++k) candidate[k] = true;
        i = last;
    }
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string_view w = token_text(text, tokens[i]);
        if (w.size() > 4 || std::find(std::begin(kLegalForms), std::end(kLegalForms), w) == std::end(kLegalForms) || known[i - 1]) continue;
        std::size_t first = i - 1;
        if (!capitalised_name(token_text(text, tokens[first]), tokens[first])) continue;
        while (first > 0 && !known[first - 1] && !tokens[first].break_before && i - first < 3 &&
               capitalised_name(token_text(text, tokens[first - 1]), tokens[first - 1])) {
            --first;
        }
        Mention m;
        m.kind = MentionKind::entity;
        m.range = {tokens[first].range.begin, tokens[i].range.end};
        m.name = std::string(text.substr(m.range.begin, m.range.size()));
        m.entity_kind = "organisation";
        // Skip if a cue already produced this candidate, or it overlaps a known name.
        bool duplicate = false;
        for (std::size_t k = first; k <= i; ++k) duplicate = duplicate || candidate[k] || known[k];
        if (duplicate) continue;
        out.push_back(std::move(m));
        for (std::size_t k = first; k <= i; ++k) candidate[k] = true;
    }
}

}  // namespace ds
