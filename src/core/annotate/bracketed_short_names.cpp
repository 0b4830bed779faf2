#include "core/annotate/bracketed_short_names.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace ds {

namespace {

// Capitals, with a dot for an exchange's suffix ("NVDA.O"): a ticker's or a short form's shape.
bool capitals(std::string_view w) {
    return w.size() >= 2 && w.size() <= 8 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

// Where the name before the bracket around `at` ends, if `at` stands in an open bracket at most 16 bytes in
// ("(PANW", "(NASDAQ: ADBE").
std::optional<std::size_t> name_end_before_bracket(std::string_view text, std::size_t at) {
    if (at == 0) return std::nullopt;
    const std::size_t open = text.rfind('(', at - 1);
    if (open == std::string_view::npos || at - open > 16 || text.substr(open, at - open).find(')') != std::string_view::npos) return std::nullopt;
    std::size_t end = open;
    while (end > 0 && text[end - 1] == ' ') --end;
    return end;
}

}  // namespace

void name_bracketed_short_forms(std::string_view text, std::vector<Mention>& out, std::size_t first) {
    const auto short_form = [&](const Mention& m) {
        return m.kind == MentionKind::entity && !m.known && capitals(text.substr(m.range.begin, m.range.size())) &&
               name_end_before_bracket(text, m.range.begin).has_value();
    };
    // Mostly none: then no index of the sentence's names is built.
    if (std::none_of(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), short_form)) return;
    std::unordered_map<std::size_t, std::size_t> name_ending_at;  // byte → mention, found once for the sentence
    for (std::size_t k = first; k < out.size(); ++k) {
        if (out[k].kind == MentionKind::entity && out[k].entity_kind != "person") name_ending_at.emplace(out[k].range.end, k);
    }
    for (std::size_t k = first; k < out.size(); ++k) {
        if (!short_form(out[k])) continue;
        const auto before = name_ending_at.find(*name_end_before_bracket(text, out[k].range.begin));
        if (before == name_ending_at.end() || before->second == k) continue;
        // (After an unknown name the reading of deals maps the short form to it, wherever it is named again.)
        const Mention& name = out[before->second];
        if (!name.known) continue;
        out[k].known = name.known;
        out[k].entity_id = name.entity_id;
        out[k].name = name.name;
        out[k].entity_kind = name.entity_kind;
    }
}

}  // namespace ds
