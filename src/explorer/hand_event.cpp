#include "explorer/hand_event.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "explorer/app_state.h"

namespace ds {

namespace {
constexpr std::size_t kMaxDraftParties = 4;

// "in Bayern", "aus Berlin", "nach China": a government named after such a word is where, not who.
bool names_a_place(const Article& a, const Mention& m) {
    if (m.entity_kind != "government" || m.range.begin < 2) return false;
    std::size_t end = m.range.begin;
    while (end > 0 && a.text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && a.text[begin - 1] != ' ' && a.text[begin - 1] != '\n') --begin;
    const std::string_view before = std::string_view(a.text).substr(begin, end - begin);
    for (const std::string_view word : {"in", "im", "aus", "nach", "In", "Im", "Aus", "Nach", "across", "into", "from"}) {
        if (before == word) return true;
    }
    return false;
}
}  // namespace

std::optional<std::size_t> sentence_at(const Article& article, std::size_t at) {
    const auto& sentences = article.sentences;
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), at, [](std::size_t byte, const Sentence& s) { return byte < s.range.end; });
    if (it == sentences.end() || at < it->range.begin) return std::nullopt;
    return static_cast<std::size_t>(it - sentences.begin());
}

namespace {
// The first candidate the rules found in that sentence, or none.
const CandidateEvent* candidate_in(const AppState& state, std::size_t article, std::size_t sentence) {
    const ByteRange range = state.data.corpus.articles[article].sentences[sentence].range;
    if (article < state.user.first_article || article - state.user.first_article >= state.user.candidates.size()) return nullptr;
    for (const CandidateEvent& c : state.user.candidates[article - state.user.first_article]) {
        if (!c.event.sources.empty() && c.event.sources[0].range.begin >= range.begin && c.event.sources[0].range.begin < range.end) return &c;
    }
    return nullptr;
}
}  // namespace

bool sentence_has_candidate(const AppState& state, std::size_t article, std::size_t sentence) {
    return candidate_in(state, article, sentence) != nullptr;
}

Event hand_event_draft(const AppState& state, std::size_t article, std::size_t sentence) {
    const Article& a = state.data.corpus.articles[article];
    const ByteRange range = a.sentences[sentence].range;
    // A rule read this sentence already: its parties and roles are a better start than their order.
    if (const CandidateEvent* c = candidate_in(state, article, sentence)) {
        Event e = c->event;
        e.id.clear();
        e.by_user = true;
        e.summary_de.clear();
        e.summary_en.clear();
        return e;
    }
    Event e;
    e.status = "reported";
    e.by_user = true;
    const Mention* money = nullptr;
    const Mention* date = nullptr;
    if (article < state.data.mentions.size()) {
        for (const Mention& m : state.data.mentions[article]) {
            if (m.sentence != sentence || m.in_boilerplate) continue;
            if (m.kind == MentionKind::money && m.value && !m.unit.view().empty() && !money) money = &m;  // a currency the editor can keep
            if (m.kind == MentionKind::date && m.anchored && !date) date = &m;
            if (m.kind != MentionKind::entity || e.participants.size() >= kMaxDraftParties) continue;
            if (m.entity_kind == "media" || names_a_place(a, m)) continue;  // who reports, and where, take no part
            const bool twice = std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
                return m.known ? p.entity == m.entity_id : p.entity.empty() && p.name == m.name;
            });
            if (!twice) e.participants.push_back({m.known ? m.entity_id : std::string(), "partner", m.known ? std::string() : m.name});
        }
    }
    e.type = money ? "investment" : "partnership";
    if (money) {
        Amount amount;
        amount.value = money->value;
        amount.currency = std::string(money->unit.view());
        amount.qualifier = money->qualifier;
        amount.measures = "equity";
        e.amounts.push_back(std::move(amount));
        // The first party gives, the second receives: what the editor's roles start from.
        if (!e.participants.empty()) e.participants[0].role = "investor";
        if (e.participants.size() > 1) e.participants[1].role = "investee";
    }
    // No date in the sentence: the last one told before it in its paragraph ("12. März 2026 – …"
    // then "Microsoft und …"), else the article's.
    if (!date && article < state.data.mentions.size()) {
        const std::size_t block = a.sentences[sentence].block;
        for (const Mention& m : state.data.mentions[article]) {
            if (m.sentence >= sentence) break;
            if (m.kind == MentionKind::date && m.anchored && !m.in_boilerplate && a.sentences[m.sentence].block == block) date = &m;
        }
    }
    e.date.value = date ? date->timex : a.date.value;
    e.date.text = date ? std::string(a.view(date->range)) : std::string();
    e.sources.push_back({a.id, std::string(a.view(range)), range, {sentence}});
    return e;
}

}  // namespace ds
