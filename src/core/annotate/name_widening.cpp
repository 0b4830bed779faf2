#include "core/annotate/name_widening.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/annotate/name_shapes.h"
#include "core/text/text_scan.h"

namespace ds {

namespace {

// Words that end firms' names here but not in name_shapes' wider sense (where "Plan" would be a German noun).
bool ends_a_fund_name(std::string_view w) {
    return scan::is_one_of(w, {"Plan", "Fund", "Funds", "Board", "Bank", "Trust", "Authority", "Investments", "Fonds"});
}

// "US Innovative Technology Fund", "UK Sovereign AI Fund": a country's short form or adjective that opens a fund's name.
bool opens_a_fund_name(std::string_view w) {
    return scan::is_one_of(w, {"US", "UK", "EU", "American", "European", "British", "Canadian", "Japanese", "Korean", "Saudi", "Emirati"});
}

// A word that may stand before "Ventures" in a name nobody found: "HP Tech Ventures", "Forgepoint Capital".
bool may_go_on_a_name(std::string_view w) {
    return w.size() > 1 && scan::is_upper_at(w, 0) && !common_noun_ending(w) &&
           !scan::is_one_of(w, {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "The", "A", "An", "Und", "And", "Auch", "Also"});
}

struct NamesOfSentence {
    std::string_view text;
    const std::vector<Token>& tokens;
    std::vector<Mention>& out;
    std::vector<int> covered;  // per token: the index in `out` of the entity mention over it, or -1
    std::size_t first_mention;  // the sentence's first in `out` (which holds the article's mentions so far)
    std::vector<bool> merged;   // per mention from `first_mention`: merged into another

    bool gone(int m) const { return merged[static_cast<std::size_t>(m) - first_mention]; }

    std::optional<std::size_t> token_starting(std::size_t at) const {
        const auto it = std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::size_t b) { return t.range.begin < b; });
        if (it == tokens.end() || it->range.begin != at) return std::nullopt;
        return static_cast<std::size_t>(it - tokens.begin());
    }
    std::optional<std::size_t> token_ending(std::size_t at) const {
        const auto it = std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, std::size_t e) { return t.range.end < e; });
        if (it == tokens.end() || it->range.end != at) return std::nullopt;
        return static_cast<std::size_t>(it - tokens.begin());
    }
    std::string_view word(std::size_t k) const { return token_text(text, tokens[k]); }
    // One space between token k-1 and k: nothing that would part two names.
    bool joined(std::size_t k) const { return k > 0 && text.substr(tokens[k - 1].range.end, tokens[k].range.begin - tokens[k - 1].range.end) == " "; }
    bool unknown_firm(int m) const { return m >= 0 && !out[m].known && out[m].entity_kind == "organisation"; }

    void cover(std::size_t m, std::size_t first_token, std::size_t last_token) {
        for (std::size_t k = first_token; k <= last_token; ++k) {
            if (covered[k] >= 0 && static_cast<std::size_t>(covered[k]) != m) merged[static_cast<std::size_t>(covered[k]) - first_mention] = true;
            covered[k] = static_cast<int>(m);
        }
        Mention& name = out[m];
        name.range = {std::min(name.range.begin, tokens[first_token].range.begin), std::max(name.range.end, tokens[last_token].range.end)};
        name.name = std::string(text.substr(name.range.begin, name.range.size()));
        if (name.known) {  // a known firm's name grown into another's ("HP" + "Tech Ventures") names that other, unknown firm
            name.known = false;
            name.entity_id.clear();
            name.entity_kind = "organisation";
        }
    }
};

}  // namespace

void widen_unknown_names(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& out, std::size_t first) {
    if (first >= out.size() || tokens.empty()) return;
    NamesOfSentence s{text, tokens, out, std::vector<int>(tokens.size(), -1), first, std::vector<bool>(out.size() - first, false)};
    std::vector<std::size_t> names;
    for (std::size_t m = first; m < out.size(); ++m) {
        if (out[m].kind != MentionKind::entity) continue;
        const auto a = s.token_starting(out[m].range.begin), b = s.token_ending(out[m].range.end);
        if (!a || !b) continue;  // ("Lambda's": a name without its possessive ends inside a token; it is left alone)
        for (std::size_t k = *a; k <= *b; ++k) s.covered[k] = static_cast<int>(m);
        names.push_back(m);
    }
    std::sort(names.begin(), names.end(), [&](std::size_t x, std::size_t y) { return out[x].range.begin < out[y].range.begin; });
    const auto first_token = [&](std::size_t m) { return *s.token_starting(out[m].range.begin); };
    const auto last_token = [&](std::size_t m) { return *s.token_ending(out[m].range.end); };

    for (const std::size_t m : names) {
        if (s.gone(static_cast<int>(m)) || !s.unknown_firm(static_cast<int>(m))) continue;
        std::size_t from = first_token(m);
        const std::size_t to = last_token(m);
        bool only_tail_words = to - from < 2;
        for (std::size_t k = from; k <= to && only_tail_words; ++k) only_tail_words = is_organisation_suffix(s.word(k));
        // "Boardman Bay Capital" + "Management", "Forgepoint Capital" + "International": a name found as nothing but the
        // words that end names belongs to the name right before it.
        if (only_tail_words && s.joined(from)) {
            const int before = s.covered[from - 1];
            if (before >= 0 && !s.gone(before) && out[before].entity_kind != "person" && out[before].range.end == tokens[from - 1].range.end &&
                scan::possessive_length(s.word(from - 1)) == 0) {
                s.cover(static_cast<std::size_t>(before), first_token(static_cast<std::size_t>(before)), to);
                continue;
            }
            // "HP Tech Ventures": the words before it that nobody took, if they could open a name, and a name found right
            // before those ("HP").
            std::size_t start = from;
            while (start > 0 && from - start < 3 && s.joined(start) && s.covered[start - 1] < 0 && !tokens[start - 1].numeric &&
                   may_go_on_a_name(s.word(start - 1))) {
                --start;
            }
            if (start < from && s.joined(start)) {
                const int named_before = s.covered[start - 1];
                if (s.unknown_firm(named_before) && !s.gone(named_before) && out[named_before].range.end == tokens[start - 1].range.end) {
                    s.cover(static_cast<std::size_t>(named_before), first_token(static_cast<std::size_t>(named_before)), to);
                    continue;
                }
            }
            // ("Tech" goes on a name but opens none.)
            while (start < from && (is_not_a_firm_word(s.word(start)) || is_english_common_capital(s.word(start)))) ++start;
            if (start < from) s.cover(m, start, to);
            continue;
        }
        if (!is_organisation_suffix(s.word(to)) && !ends_a_fund_name(s.word(to))) continue;
        // "US Innovative Technology Fund": a country's short form opens it.
        if (s.joined(from) && s.covered[from - 1] < 0 && opens_a_fund_name(s.word(from - 1))) {
            s.cover(m, from - 1, to);
            from = first_token(m);
        }
        // "Japan Advanced Semiconductor Manufacturing": a known country or place right before it (not its possessive,
        // "Singapore's Manus") is part of the name.
        if (s.joined(from)) {
            const int before = s.covered[from - 1];
            if (before >= 0 && out[before].known && (out[before].entity_kind == "government" || out[before].entity_kind == "place") &&
                out[before].range.end == tokens[from - 1].range.end && scan::possessive_length(s.word(from - 1)) == 0 &&
                first_token(static_cast<std::size_t>(before)) + 1 >= from - 1) {
                s.cover(m, first_token(static_cast<std::size_t>(before)), to);
            }
        }
    }
    // "Healthcare of Ontario Pension Plan", "Bank of Montreal Capital Fund": "of" and a run of capitalised words that ends
    // like a fund's name.
    for (const std::size_t m : names) {
        if (s.gone(static_cast<int>(m)) || !s.unknown_firm(static_cast<int>(m))) continue;
        const std::size_t of = last_token(m) + 1;
        if (of + 1 >= tokens.size() || s.word(of) != "of" || !s.joined(of) || !s.joined(of + 1)) continue;
        std::size_t end = of;
        for (std::size_t k = of + 1; k < tokens.size() && k <= of + 4 && (k == of + 1 || s.joined(k)); ++k) {
            const std::string_view w = s.word(k);
            const int over = s.covered[k];
            if (!scan::is_upper_at(w, 0) || tokens[k].numeric || (over >= 0 && out[over].known && out[over].entity_kind != "place" && out[over].entity_kind != "government")) break;
            if (ends_a_fund_name(w)) end = k;
        }
        // (A name that runs on past the fund's word is some other name: it is left as it is.)
        if (end > of && !(end + 1 < tokens.size() && s.covered[end + 1] >= 0 && s.covered[end + 1] == s.covered[end])) s.cover(m, first_token(m), end);
    }
    std::size_t kept = first;
    for (std::size_t k = first; k < out.size(); ++k) {
        if (s.gone(static_cast<int>(k))) continue;
        if (kept != k) out[kept] = std::move(out[k]);
        ++kept;
    }
    out.resize(kept);
}

}  // namespace ds
