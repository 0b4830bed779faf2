#include "core/annotate/short_names.h"

#include <algorithm>

#include "core/annotate/name_shapes.h"
#include "core/text/text_scan.h"

namespace ds {
namespace {

// A word that may stand for the firm alone: capitalised, four letters or more, no name of its own, no
// common word, no German adjective ("Deutsche", "Europäische").
bool may_stand_alone(std::string_view word, const Gazetteer& g) {
    if (word.size() < 4 || !scan::is_upper_at(word, 0)) return false;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c == '-' || c == '.' || (c >= '0' && c <= '9'); })) return false;
    if (is_english_common_capital(word) || is_not_a_firm_word(word) || common_noun_ending(word)) return false;
    if (word.ends_with("sche") || word.ends_with("ale")) return false;
    if (const auto node = g.trie.child(NameTrie::kRoot, word); node && g.trie.entity(*node) >= 0) return false;
    return true;
}

}  // namespace

void add_short_names(std::string_view text, const std::vector<Token>& tokens, const Gazetteer& gazetteer, std::size_t sentence_begin,
                     std::vector<Mention>& all, ShortNames& names) {
    const std::size_t found_end = all.size();
    if (!names.entity_of.empty()) {
        std::size_t next = sentence_begin;  // the sentence's mentions are in text order
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            while (next < found_end && all[next].range.end <= t.range.begin) ++next;
            if (next < found_end && all[next].range.begin < t.range.end) continue;  // covered
            const std::string_view word = token_text(text, t);
            if (word.size() < 4 || !scan::is_upper_at(word, 0)) continue;
            const auto hit = names.entity_of.find(word);
            if (hit == names.entity_of.end()) continue;
            // Not the first word of another name ("Vantage Towers" when "Vantage" stands for Vantage Data Centers).
            if (i + 1 < tokens.size() && !tokens[i + 1].break_before && scan::is_upper_at(token_text(text, tokens[i + 1]), 0)) continue;
            const Entity& e = gazetteer.entities[hit->second];
            Mention m;
            m.kind = MentionKind::entity;
            m.range = t.range;
            m.entity_id = e.id;
            m.name = e.name;
            m.entity_kind = entity_kind_label(e.kind);
            m.known = true;
            all.push_back(std::move(m));
        }
    }
    for (std::size_t k = sentence_begin; k < found_end; ++k) {
        const Mention& m = all[k];
        if (m.kind != MentionKind::entity || !m.known) continue;
        const std::string_view surface = text.substr(m.range.begin, m.range.size());
        const std::size_t space = surface.find(' ');
        if (space == std::string_view::npos) continue;
        const std::string_view first = surface.substr(0, space);
        const auto entity = gazetteer.by_id.find(m.entity_id);
        // (A person's first word is a first name: "Sam" does not stand for Sam Altman.)
        if (entity == gazetteer.by_id.end() || gazetteer.entities[entity->second].kind == "person" || !may_stand_alone(first, gazetteer)) continue;
        names.entity_of.try_emplace(std::string(first), entity->second);
    }
}

}  // namespace ds
