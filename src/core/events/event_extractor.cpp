#include "core/events/event_extractor.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>
#include <span>
#include <string>

#include "core/events/event_types.h"
#include "core/text/tokens.h"

namespace ds {

namespace {

// Trigger words (lower-case prefixes of a token) for each type, German and English; first match wins.
struct Trigger { const char* type; std::string_view prefixes[12]; };
const Trigger kTriggers[] = {
    {"project_announcement", {"projekt", "initiative", "project"}},
    {"valuation", {"bewertet", "bewertung", "valued", "valuation"}},
    {"loan", {"kredit", "darlehen", "credit", "loan"}},
    {"funding_round", {"finanzierungsrunde", "finanzmittel", "sammelt", "eingesammelt", "gesichert", "sichert", "raised", "raises", "funding"}},
    {"compute_deal", {"rechenkapazität", "computing", "cloud", "rechenzentr", "rechenleistung", "chips", "compute", "kauf", "mieten", "erwerben"}},
    // "invest$" is the exact word: a prefix would also match "Investoren", who are not the act of investing.
    {"investment", {"investier", "investition", "invest$", "invests$", "invested$", "investing$", "steck", "beteilig", "finanzspritze", "geldspritze", "pumpen", "fließen"}},
    {"layoffs", {"stellen", "jobs"}},
};
constexpr std::string_view kRumor[] = {"angeblich", "gerüchte", "gerüchten", "allegedly", "reportedly"};
constexpr std::string_view kReported[] = {"laut", "berichtet", "bericht", "zufolge", "heißt", "berichten", "according", "reported", "insidern", "insider"};
constexpr std::string_view kTalks[] = {"gesprächen", "verhandelt", "verhandlungen", "talks"};
constexpr std::string_view kFuture[] = {"soll", "sollen", "wird", "werden", "will", "wollen", "wolle", "plant", "planen", "verpflichten", "would"};
constexpr std::string_view kAnnounced[] = {"kündigt", "kündigten", "angekündigt", "bekannt", "announced", "announces", "verpflichten"};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;  // ASCII only; umlauts stay as they are, which the lists above use
}

template <std::size_t N>
bool any_token(const std::vector<std::string>& words, const std::string_view (&list)[N]) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); });
}

// Words that make the party after them the object of the deal: "in das Start-up OpenAI",
// "bei Nvidia", "von Amazon Web Services", "der Firma OpenAI".
constexpr std::string_view kObjectMarkers[] = {"in", "an", "bei", "von", "mit", "into", "from", "with", "firma", "unternehmen", "startup"};

bool is_party(const Mention& m) {
    return m.kind == MentionKind::entity && m.known &&
           (m.entity_kind == "company" || m.entity_kind == "investor" || m.entity_kind == "government");
}

}  // namespace

bool extract_some(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer, CandidateExtraction& work,
                  std::size_t budget_bytes) {
    std::vector<CandidateEvent>& out = work.candidates;
    std::size_t& next_id = work.next_id;
    // Mentions in sentence order once, then each sentence's found by binary search: scanning all of
    // them for every sentence took 42 s for an article of 15 555 paragraphs with an amount each, and
    // a list per sentence took 70 ms to set up for a million one-letter lines.
    std::vector<const Mention*>& ordered = work.in_sentence_order;
    if (work.next_sentence == 0 && ordered.empty() && !mentions.empty()) {
        ordered.reserve(mentions.size());
        for (const Mention& m : mentions) ordered.push_back(&m);
        const auto by_sentence = [](const Mention* a, const Mention* b) { return a->sentence < b->sentence; };
        if (!std::is_sorted(ordered.begin(), ordered.end(), by_sentence)) std::stable_sort(ordered.begin(), ordered.end(), by_sentence);
    }
    const auto mentions_of = [&](std::size_t s) {
        const auto before = [](const Mention* m, std::size_t v) { return m->sentence < v; };
        const auto after = [](std::size_t v, const Mention* m) { return v < m->sentence; };
        const auto first = std::lower_bound(ordered.begin(), ordered.end(), s, before);
        const auto last = std::upper_bound(first, ordered.end(), s, after);
        return std::span<const Mention* const>(ordered.data() + (first - ordered.begin()), static_cast<std::size_t>(last - first));
    };
    std::size_t spent = 0;
    for (std::size_t& s = work.next_sentence; s < article.sentences.size() && spent < budget_bytes; ++s) {
        spent += article.sentences[s].range.size();
        const Sentence& sentence = article.sentences[s];
        if (article.blocks[sentence.block].kind == BlockKind::boilerplate) continue;
        const std::span<const Mention* const> here = mentions_of(s);
        const bool has_money = std::any_of(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money && m->value; });
        if (!has_money) continue;

        std::vector<std::string> words;
        std::vector<ByteRange> word_ranges;
        for (const Token& t : tokenize(article.text, sentence.range)) {
            words.push_back(lower(token_text(article.text, t)));
            word_ranges.push_back(t.range);
        }
        // Trigger words of every type, with where they stand; each amount takes the nearest one.
        struct Found { const char* type; std::size_t at; };
        std::vector<Found> triggers;
        for (const Trigger& trigger : kTriggers) {
            for (std::size_t w = 0; w < words.size(); ++w) {
                for (std::string_view p : trigger.prefixes) {
                    const bool exact = !p.empty() && p.back() == '$';
                    if (!p.empty() && (exact ? words[w] == p.substr(0, p.size() - 1) : words[w].starts_with(p))) {
                        triggers.push_back({trigger.type, word_ranges[w].begin});
                        break;
                    }
                }
            }
        }
        if (triggers.empty()) continue;
        const bool investment_verb = std::any_of(triggers.begin(), triggers.end(), [](const Found& f) { return std::string_view(f.type) == "investment"; });
        // A party is an object when a marker stands among the four words before it ("in das Start-up X").
        auto is_object = [&](const Mention& m) {
            const auto first = std::lower_bound(word_ranges.begin(), word_ranges.end(), m.range.begin,
                                                [](const ByteRange& r, std::size_t at) { return r.begin < at; });
            if (first == word_ranges.end()) return false;
            const auto w = static_cast<std::size_t>(first - word_ranges.begin());
            for (std::size_t back = 1; back <= 4 && back <= w; ++back) {
                if (std::find(std::begin(kObjectMarkers), std::end(kObjectMarkers), words[w - back]) != std::end(kObjectMarkers)) return true;
            }
            return false;
        };
        const std::string status = any_token(words, kRumor) ? "rumored" : any_token(words, kTalks) ? "in_talks"
                                 : any_token(words, kReported) ? "reported" : any_token(words, kAnnounced) || any_token(words, kFuture) ? "announced"
                                 : "completed";
        const Mention* date = nullptr;
        for (const Mention* m : here) {
            if (m->kind == MentionKind::date && m->anchored && !date) date = m;
        }

        // A sentence listing thousands of amounts is not thousands of deals: each candidate copies its
        // sentence, so 4 000 amounts in one 88 KB sentence took 1.2 GB. The first few are proposed.
        std::size_t amounts = 0;
        for (const Mention* money : here) {
            if (money->kind != MentionKind::money || !money->value) continue;
            if (++amounts > kMaxCandidatesPerSentence) continue;
            const auto distance = [&](const Found& f) {
                return f.at >= money->range.end ? f.at - money->range.end : money->range.begin > f.at ? money->range.begin - f.at : 0;
            };
            const Found* nearest = &*std::min_element(triggers.begin(), triggers.end(),
                                                      [&](const Found& x, const Found& y) { return distance(x) < distance(y); });
            std::string type = nearest->type;
            if (type == "funding_round" && investment_verb) type = "investment";  // "… in einer Finanzierungsrunde … gesteckt"
            Event e;
            e.id = article.id + "-candidate-" + std::to_string(next_id++);
            e.type = type;
            e.status = status;
            if (date) {
                e.date = {date->timex, date->mod, std::string(article.view(date->range))};
            } else {
                e.date = {article.date.value.empty() ? "XXXX" : article.date.value, "", "(article date)"};
            }
            const EventType& row = *find_event_type(e.type);  // the triggers name only known types
            double confidence = 0.45;
            if (e.type == "project_announcement") {
                // Everyone named takes part.
                for (const Mention* m : here) {
                    if (is_party(*m) && std::none_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) { return p.entity == m->entity_id; })) {
                        e.participants.push_back({m->entity_id, "partner"});
                    }
                }
                confidence += e.participants.size() >= 2 ? 0.4 : 0.0;
            } else {
                // The actor is the nearest non-object party before the amount; the object the nearest
                // marked party (after the amount first).
                const Mention* actor = nullptr;
                const Mention* object = nullptr;
                for (const Mention* m : here) {
                    if (!is_party(*m)) continue;
                    if (is_object(*m)) {
                        if (!object || (m->range.begin >= money->range.end && object->range.begin < money->range.end)) object = m;
                    } else if (m->range.end <= money->range.begin) {
                        actor = m;
                    }
                }
                // "Das Unternehmen sicherte sich einen Kredit", "die Bewertung lag bei …": no name here, so
                // the subject of the nearest earlier sentence that names one (a weaker guess).
                bool guessed = false;
                if (!actor && !object) {
                    for (std::size_t back = s; back-- > 0 && !actor;) {
                        if (article.blocks[article.sentences[back].block].kind == BlockKind::boilerplate) continue;
                        for (const Mention* m : mentions_of(back)) {
                            if (is_party(*m)) {
                                actor = m;
                                break;
                            }
                        }
                        if (s - back > 3) break;
                    }
                    guessed = actor != nullptr;
                }
                if (actor) {
                    e.participants.push_back({actor->entity_id, row.actor_role});
                    confidence += guessed ? 0.05 : 0.2;
                }
                if (object && row.object_role && (!actor || object->entity_id != actor->entity_id)) {
                    e.participants.push_back({object->entity_id, row.object_role});
                    confidence += 0.2;
                }
            }
            if (e.participants.empty()) continue;  // an amount nobody pays or receives is not an event
            const Mention* before = nullptr;
            for (const auto& p : e.participants) {
                for (const Mention* m : here) {
                    if (!before && m->kind == MentionKind::entity && m->entity_id == p.entity) before = m;
                }
            }
            Amount a;
            a.value = money->value;
            a.currency = money->unit;
            a.qualifier = money->qualifier;
            a.measures = row.candidate_measure;
            e.amounts.push_back(a);
            confidence += distance(*nearest) < 80 ? 0.1 : 0.0;  // the trigger stands close to the amount
            Citation c;
            c.article = article.id;
            c.quote = std::string(article.view(sentence.range));
            c.range = sentence.range;
            c.sentences = {s};
            e.sources.push_back(std::move(c));
            const Entity* who = before ? gazetteer.find(before->entity_id) : nullptr;
            e.summary_en = (who ? who->name + ": " : std::string()) + e.type + " of " + std::string(article.view(money->range));
            e.summary_de = e.summary_en;
            out.push_back({std::move(e), std::min(confidence, 0.95)});
        }
        if (amounts > kMaxCandidatesPerSentence) {
            work.notes.push_back({Severity::warning, article.file + ":byte " + std::to_string(sentence.range.begin), MessageCode::candidates_capped,
                              {std::to_string(amounts), std::to_string(kMaxCandidatesPerSentence)}});
        }
    }
    return work.next_sentence >= article.sentences.size();
}

std::vector<CandidateEvent> extract_candidates(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer,
                                               std::vector<Problem>* notes) {
    CandidateExtraction work;
    extract_some(article, mentions, gazetteer, work, SIZE_MAX);
    if (notes) notes->insert(notes->end(), work.notes.begin(), work.notes.end());
    return std::move(work.candidates);
}

}  // namespace ds
