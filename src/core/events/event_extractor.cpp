#include "core/events/event_extractor.h"

#include "core/annotate/number_words.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "core/events/deal_grammar.h"
#include "core/events/deal_onset.h"
#include "core/events/deal_roles.h"
#include "core/events/event_format.h"
#include "core/events/event_types.h"
#include "core/events/interview_voice.h"
#include "core/events/later_parties.h"
#include "core/events/descriptor_place.h"
#include "core/events/merger_talk.h"
#include "core/events/public_money.h"
#include "core/events/valuation_subject.h"
#include "core/annotate/name_shapes.h"
#include "core/annotate/number_words.h"
#include "core/text/text_scan.h"
#include "core/text/tokens.h"

namespace ds {

namespace {

constexpr std::string_view kRumor[] = {"angeblich", "gerüchte", "gerüchten", "allegedly", "reportedly", "rumored", "rumoured"};
constexpr std::string_view kReported[] = {"laut", "berichtet", "bericht", "zufolge", "heißt", "berichten", "according", "reported", "insidern", "insider"};
constexpr std::string_view kTalks[] = {"gesprächen", "verhandelt", "verhandlungen", "talks", "negotiations", "negotiating"};
constexpr std::string_view kFuture[] = {"soll", "sollen", "wird", "werden", "will", "wollen", "wolle", "plant", "planen", "verpflichten", "would", "plans"};
constexpr std::string_view kAnnounced[] = {"kündigt", "kündigten", "angekündigt", "bekannt", "announced", "announces", "verpflichten", "agreed", "agreement"};

std::string lower(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x80) {
            out[i] = static_cast<char>(std::tolower(c));
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // "Übernahme", "Änderung", "Öl": a capital umlaut (U+00C4, U+00D6, U+00DC) opens a German noun.
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next == 0x84 || next == 0x96 || next == 0x9C) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;  // other letters stay as they are, which the lists use
}

template <std::size_t N>
bool any_token(const std::vector<DealWord>& words, const std::string_view (&list)[N]) {
    return std::any_of(words.begin(), words.end(), [&](const DealWord& w) { return std::find(std::begin(list), std::end(list), w.lower) != std::end(list); });
}

// "ein", "a", "zwei", "three" … "twelve" before "Jahre später", "months earlier": the count (digits too), or 0.
int count_word(const std::string& lower_word) {
    bool article_like = false;
    std::optional<double> n = number_word_value(lower_word, article_like);
    if (!n) n = parse_digits(lower_word, false);
    return n && *n >= 1 && *n <= 12 && *n == static_cast<int>(*n) ? static_cast<int>(*n) : 0;
}

// Firms, investors, governments and organisations take part in deals; people, products and the
// media that report them do not.
bool is_party(const Mention& m) {
    if (m.kind != MentionKind::entity) return false;
    if (!m.known) return m.entity_kind == "organisation";
    return m.entity_kind == "company" || m.entity_kind == "investor" || m.entity_kind == "government" || m.entity_kind == "organisation";
}

// "Nicht nur als Anbieter, auch als Mieter ist Amazon heute aktiv: Die Cloud-Tochter AWS hat mit dem
// Betreiber Cipher Mining einen Mietvertrag unterzeichnet": a ticker's lead-in before a colon tells no
// deal, and the statement after it names both its parties; the deal is read from that statement alone
// (Amazon had become the provider). The first byte after the colon, or nothing. Not "Kursfeuerwerk bei
// IREN: Microsoft mietet bei dem früheren Bitcoin-Schürfer …", whose second party is in the lead-in.
std::optional<std::size_t> after_lead_in(const Article& article, const Sentence& sentence, std::span<const Mention* const> mentions) {
    const std::string_view text = article.view(sentence.range);
    const std::size_t colon = text.find(": ");
    if (colon == std::string_view::npos || colon + 2 >= text.size() || !scan::is_upper_at(text, colon + 2)) return std::nullopt;
    const std::size_t cut = sentence.range.begin + colon + 2;
    std::vector<std::string_view> parties_after;
    bool parties_before = false;
    for (const Mention* m : mentions) {
        if (m->range.begin < cut && m->range.end > cut - 2) return std::nullopt;  // a name across the colon
        if (m->range.begin < cut && (m->kind == MentionKind::money || m->kind == MentionKind::quantity)) return std::nullopt;  // the lead-in tells an amount
        parties_before = parties_before || (m->range.begin < cut && is_party(*m));
        if (m->range.begin < cut || !is_party(*m)) continue;
        const std::string_view who = m->known ? std::string_view(m->entity_id) : std::string_view(m->name);
        if (std::find(parties_after.begin(), parties_after.end(), who) == parties_after.end()) parties_after.push_back(who);
    }
    // "Bewertung mehr als verdreifacht: Lovable sammelt 330 Millionen Dollar ein": a headline's lead-in that names
    // no one only comments; the statement after it, with a deal word of its own, tells the deal ("Bewertung" made it a valuation).
    if (!parties_before && !parties_after.empty()) {
        for (const Token& t : tokenize(article.text, {cut, sentence.range.end})) {
            if (trigger_type(lower(token_text(article.text, t)))) return cut;
        }
    }
    if (parties_after.size() < 2) return std::nullopt;
    for (const Token& t : tokenize(article.text, {sentence.range.begin, cut - 2})) {
        if (trigger_type(lower(token_text(article.text, t)))) return std::nullopt;  // "Nvidia investiert: …"
    }
    return cut;
}

// "NEW YORK (bkn) - ", "AMSTERDAM, Sept 9 (Reuters) – ", "03.11.2025 – ": how many bytes of a sentence a
// dateline takes (its dash and the space after included), or 0. A dateline names its agency in brackets or
// a date with its year, in a few words.
std::size_t dateline_length(std::string_view sentence) {
    const std::string_view head = sentence.substr(0, std::min<std::size_t>(sentence.size(), 80));
    const auto has_year = [](std::string_view s) {
        for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
            const bool starts = i == 0 || !scan::is_digit(s[i - 1]);
            const bool ends = i + 4 == s.size() || !scan::is_digit(s[i + 4]);
            if (starts && ends && (s.substr(i, 2) == "19" || s.substr(i, 2) == "20") && scan::is_digit(s[i + 2]) && scan::is_digit(s[i + 3])) return true;
        }
        return false;
    };
    for (const std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        const std::size_t at = head.find(dash);
        if (at == std::string_view::npos || at + dash.size() >= sentence.size()) continue;
        const std::string_view before = head.substr(0, at);
        // ("03.11.2025 – ", "München, 3. November 2025 – "; not "Im Jahr 2023 – so der Bericht – …")
        const bool dated = std::count(before.begin(), before.end(), ' ') <= 5 && has_year(before) &&
                           (scan::is_digit(before[0]) || before.find(", ") != std::string_view::npos);
        if (before.find(')') != std::string_view::npos || dated) return at + dash.size();
    }
    return 0;
}

// The role a sentence without its own party gives the firm it continues to speak of.
const char* subject_role(std::string_view type) {
    if (type == "investment" || type == "funding_round") return "investee";
    if (type == "valuation") return "subject";
    if (type == "loan") return "borrower";
    if (type == "compute_deal") return "customer";
    if (type == "acquisition") return "buyer";
    return nullptr;
}

// "told Newswire Digest", "The Seed Sheet's readers": the publisher reports, it takes no part.
bool names_publisher(const Article& article, const Mention& m) {
    return !article.publisher.empty() && article.publisher.find(article.view(m.range)) != std::string::npos;
}

// "ein Microsoft-Sprecher", "Mistral-Chef Arthur Mensch", "der Cerebras-Konkurrent Groq": the firm's
// name only says whose person speaks or whose rival is meant; it takes no part in the deal by it.
bool names_someone_of(const Article& article, const Mention& m) {
    const std::string_view text = article.text;
    if (m.range.end + 1 >= text.size() || text[m.range.end] != '-') return false;
    const std::string after = lower(text.substr(m.range.end + 1, 24));
    // "des Cerebras-Konkurrenten Groq": whose rival the firm named next is.
    for (const std::string_view role : {"sprecher", "chef", "gründer", "mitgründer", "manager", "vorstand", "boss", "ceo", "mitarbeiter", "spokes",
                                        "konkurrent", "rivale", "rivalen", "wettbewerber"}) {
        if (after.starts_with(role)) return true;
    }
    // "der früheren OpenAI-Technikchefin Mira Murati", "OpenAI-Mitgründer Ilya Sutskever": a person's
    // office at the firm, at the compound's end.
    std::size_t end = 0;
    while (end < after.size() && ((after[end] >= 'a' && after[end] <= 'z') || static_cast<unsigned char>(after[end]) >= 0x80)) ++end;
    const std::string_view part(after.data(), end);
    for (const std::string_view office : {"chef", "chefin", "gründer", "gründerin", "sprecher", "sprecherin", "managerin", "vorstand", "vorständin",
                                          "forscher", "forscherin", "mitarbeiterin", "direktor", "direktorin"}) {
        if (part.ends_with(office)) return true;
    }
    return false;
}

std::string participant_key(const Participant& p) { return firm_key(p) + "/" + p.role; }


// "nicht 30 Milliarden", "not $30bn", "statt", "instead of", "rather than" right before an amount.
bool denied_amount(std::string_view text, std::size_t at) {
    const std::string_view before = text.substr(at > 16 ? at - 16 : 0, at > 16 ? 16 : at);
    for (std::string_view cue : {"nicht ", "not ", "statt ", "instead of ", "rather than "}) {
        // (A word of its own: "Varnot 160 Millionen" is a firm before the sum.)
        if (!before.ends_with(cue)) continue;
        if (before.size() == cue.size() || !scan::is_ascii_alpha(before[before.size() - cue.size() - 1])) return true;
    }
    return false;
}

// "The deal is expected to close in June 2025", "soll in der zweiten Jahreshälfte abgeschlossen werden": when a deal
// is to be completed, not when it was made; it dates neither the deal nor the sentences after it.
bool dates_a_planned_closing(const Article& article, const Mention& date) {
    const std::size_t from = date.range.begin >= 24 ? date.range.begin - 24 : 0;
    const std::string before = lower(article.text.substr(from, date.range.begin - from));
    for (const char* cue : {"to close in", "to close by", "to close", "closing in", "close in the", "to complete in", "completion in", "completion by"}) {
        const std::string with_space = std::string(cue) + " ";
        if (before.ends_with(with_space) || before.ends_with(with_space + "the ")) return true;
    }
    const std::size_t to = std::min(article.text.size(), date.range.end + 32);
    const std::string after = lower(article.text.substr(date.range.end, to - date.range.end));
    return after.starts_with(" abgeschlossen werden") || after.starts_with(" vollzogen werden") ||
           (before.find("abschluss") != std::string::npos && after.find("erwartet") != std::string::npos);
}

// Keeps the candidates not marked, in their order.
void drop_marked(std::vector<CandidateEvent>& candidates, const std::vector<bool>& drop) {
    std::size_t w = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (drop[i]) continue;
        if (w != i) candidates[w] = std::move(candidates[i]);
        ++w;
    }
    candidates.resize(w);
}

// Candidates that state the same deal again (the same parties in the same roles and amount, whatever
// its qualifier), or a part of it (the headline names the firm, the body its investors too), are dropped; a date the
// sentence states wins over one borrowed from the article.
void drop_repeats(std::vector<CandidateEvent>& candidates) {
    std::map<std::string, std::vector<std::size_t>> by_amount;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Event& e = candidates[i].event;
        std::string key = e.type == "valuation" ? "v" : "d";
        if (!e.amounts.empty() && e.amounts[0].value) {
            // (Not by its qualifier: "lands $693 million" in the headline is "about $693 million" in the body.)
            key += std::to_string(*e.amounts[0].value) + e.amounts[0].currency + e.amounts[0].unit;
        } else {
            key += e.type;
        }
        by_amount[key].push_back(i);
    }
    std::vector<bool> drop(candidates.size(), false);
    for (const auto& [key, group] : by_amount) {
        if (group.size() < 2 || group.size() > 64) continue;  // many of one amount: a list, not repeats
        for (std::size_t a : group) {
            std::set<std::string> pa;
            for (const auto& p : candidates[a].event.participants) pa.insert(participant_key(p));
            for (std::size_t b : group) {
                if (a == b || drop[b]) continue;
                const EventDate &da = candidates[a].event.date, &db = candidates[b].event.date;
                // Two dates: two deals; but "Anfang des Monats" and "am 2. Juli" of the same month may be one ("2025-07", "2025-07-02").
                const bool nested = !da.value.empty() && !db.value.empty() && (da.value.starts_with(db.value) || db.value.starts_with(da.value));
                // ("ist jetzt 3,25 Milliarden Dollar wert": "now" is the article's date too.)
                const auto borrowed = [](const EventDate& d) {
                    return d.text == "(article date)" || d.text == "jetzt" || d.text == "nun" || d.text == "now" || d.text == "derzeit" || d.text == "currently";
                };
                if (!borrowed(da) && !borrowed(db) && da.value != db.value && !nested) continue;
                std::set<std::string> pb;
                for (const auto& p : candidates[b].event.participants) pb.insert(participant_key(p));
                const bool subset = std::includes(pb.begin(), pb.end(), pa.begin(), pa.end());
                if (subset && (pa.size() < pb.size() || b < a)) {
                    drop[a] = true;
                    Event& keep = candidates[b].event;
                    if (borrowed(keep.date) && !borrowed(candidates[a].event.date)) keep.date = candidates[a].event.date;
                    if (nested && candidates[a].event.date.value.size() > keep.date.value.size()) keep.date = candidates[a].event.date;  // the day
                    // "Siemens puts $450m into Helvion" above, "Siemens said it will invest …" below: the present of a headline says
                    // nothing of the deal's stage; the telling that does wins.
                    if (keep.status == "completed" && candidates[a].event.status != "completed") keep.status = candidates[a].event.status;
                    break;
                }
            }
        }
    }
    drop_marked(candidates, drop);
}

// "Microsoft beteiligt sich an Mistral AI" in the headline, the amount in the body: a stake without an
// amount is dropped when a candidate with an amount has the same investor and investee.
void drop_stakes_told_with_amount(std::vector<CandidateEvent>& candidates) {
    const auto pairs_of = [](const Event& e) {
        std::vector<std::string> investors, investees, out;
        for (const Participant& p : e.participants) {
            const std::string who = firm_key(p);
            if (p.role == "investor" || p.role == "lead_investor") investors.push_back(who);
            if (p.role == "investee") investees.push_back(who);
        }
        for (const auto& a : investors) {
            for (const auto& b : investees) out.push_back(a + "|" + b);
        }
        return out;
    };
    std::set<std::string> with_amount;
    for (const CandidateEvent& c : candidates) {
        if (c.event.amounts.empty() || (c.event.type != "investment" && c.event.type != "funding_round")) continue;
        for (std::string& k : pairs_of(c.event)) with_amount.insert(std::move(k));
    }
    std::erase_if(candidates, [&](const CandidateEvent& c) {
        if (c.event.type != "investment" || !c.event.amounts.empty()) return false;
        const auto pairs = pairs_of(c.event);
        return std::any_of(pairs.begin(), pairs.end(), [&](const std::string& k) { return with_amount.contains(k); });
    });
}

// "Meta to buy Manus in deal reported at more than $2 billion" in the headline, "Meta has agreed to
// acquire Manus, the companies said on Monday" below: the telling without an amount is dropped for
// the one with it (same type, same parties in the same roles), which takes its stated date.
void drop_takeovers_told_with_amount(std::vector<CandidateEvent>& candidates) {
    const auto key_of = [](const Event& e) {
        std::set<std::string> keys;
        for (const auto& p : e.participants) keys.insert(participant_key(p));
        std::string k = e.type;
        for (const auto& x : keys) k += "|" + x;
        return k;
    };
    std::map<std::string, std::size_t> with_amount;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Event& e = candidates[i].event;
        if ((e.type == "acquisition" || e.type == "compute_deal") && !e.amounts.empty()) with_amount.emplace(key_of(e), i);
    }
    std::vector<bool> drop(candidates.size(), false);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Event& e = candidates[i].event;
        if ((e.type != "acquisition" && e.type != "compute_deal") || !e.amounts.empty()) continue;
        const auto it = with_amount.find(key_of(e));
        if (it == with_amount.end()) continue;
        Event& keep = candidates[it->second].event;
        // "Brackwater schloss sich 2023 an" beside this year's $3bn contract: both dated by the text, in
        // periods apart, are two deals.
        const auto mine = timex_span(e.date.value), theirs = timex_span(keep.date.value);
        const bool both_stated = e.date.text != "(article date)" && keep.date.text != "(article date)";
        if (both_stated && mine && theirs && (mine->end < theirs->start || theirs->end < mine->start)) continue;
        if (keep.date.text == "(article date)" && e.date.text != "(article date)") keep.date = e.date;
        drop[i] = true;
    }
    drop_marked(candidates, drop);
}

// "It has since bought the voice start-up PlayAI and agreed to acquire the chip designer Rivos",
// "explored buying both SSI and Thinking Machines": takeovers without an amount, one per target,
// when the sentence has a verb for each or says "both". ("MGX kauft mit BlackRock und GIP …" is one.)
bool tells_takeovers_apart(const std::string& quote) {
    if (quote.find("both ") != std::string::npos || quote.find("beide ") != std::string::npos) return true;
    // "kaufte AMD Enosemi, Anfang Juni folgte Brium": one more takeover by the same buyer.
    int verbs = quote.find(" folgte ") != std::string::npos || quote.find(" folgten ") != std::string::npos ||
                quote.find(" followed ") != std::string::npos ? 1 : 0;
    // "… and later that year it picked up the voice start-up Voysis": a phrasal verb of buying.
    for (const char* phrasal : {" picked up ", " snapped up ", " scooped up "}) verbs += quote.find(phrasal) != std::string::npos;
    for (const Token& t : tokenize(quote, {0, quote.size()})) {
        const std::string_view raw = token_text(quote, t);
        const std::string word = lower(raw);
        // Verbs only: "Übernahme", "takeover" name the deal the verb tells.
        if (scan::is_upper_at(raw, 0) || word == "acquisition" || word == "takeover" || word == "purchase") continue;
        verbs += trigger_type(word) == "acquisition";
    }
    return verbs >= 2;
}

void split_takeovers_by_target(const Article& article, const std::vector<Mention>& mentions, std::vector<CandidateEvent>& candidates) {
    // The mentions of a candidate's quote, found by binary search where mentions stand in text order (as the annotators
    // leave them): an article of thousands of such sentences must not have all its mentions looked at for each.
    const bool in_text_order = std::is_sorted(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.range.begin < b.range.begin; });
    const auto mentions_in = [&](const Citation& source) {
        if (!in_text_order) return std::span<const Mention>(mentions);
        const auto first = std::lower_bound(mentions.begin(), mentions.end(), source.range.begin,
                                            [](const Mention& m, std::size_t at) { return m.range.begin < at; });
        auto last = first;
        while (last != mentions.end() && last->range.begin < source.range.end) ++last;
        return std::span<const Mention>(mentions.data() + (first - mentions.begin()), static_cast<std::size_t>(last - first));
    };
    // The date written before each target's name dates its takeover ("Ende Mai … Enosemi, Anfang Juni … Brium").
    const auto date_before_target = [&](const Event& e, const Participant& target) -> const Mention* {
        const Citation& source = e.sources[0];
        const Mention* date = nullptr;
        const Mention* date_of_named = nullptr;
        for (const Mention& m : mentions_in(source)) {
            if (m.range.begin < source.range.begin || m.range.end > source.range.end) continue;
            if (m.kind == MentionKind::date && m.anchored) date = &m;
            const bool is_target = m.kind == MentionKind::entity && (target.entity.empty() ? m.name == target.name : m.entity_id == target.entity);
            if (is_target) date_of_named = date;  // the last naming: a lead-in may list the targets first ("AMD – Enosemi, Brium: …")
        }
        return date_of_named;
    };
    const auto targets_of = [](const CandidateEvent& c) {
        return std::count_if(c.event.participants.begin(), c.event.participants.end(), [](const Participant& p) { return p.role == "target"; });
    };
    // "Apple bought Xnor.ai for a reported $200m, and later that year it picked up Voysis": one sum of money is
    // the price of the target it follows (else of the first one after it); the other takeovers state none.
    const auto priced_target = [&](const CandidateEvent& c) -> std::optional<std::size_t> {
        const Citation& source = c.event.sources[0];
        std::optional<std::size_t> money_at;
        const std::span<const Mention> quoted_mentions = mentions_in(source);
        for (const Mention& m : quoted_mentions) {
            if (m.range.begin < source.range.begin || m.range.end > source.range.end || m.kind != MentionKind::money) continue;
            if (money_at) return std::nullopt;  // two sums: whose is whose is not this rule's to say
            money_at = m.range.begin;
        }
        if (!money_at) return std::nullopt;
        std::optional<std::size_t> before, after;
        std::size_t best_before = 0, best_after = SIZE_MAX;
        for (std::size_t i = 0; i < c.event.participants.size(); ++i) {
            const Participant& t = c.event.participants[i];
            if (t.role != "target") continue;
            for (const Mention& m : quoted_mentions) {
                if (m.range.begin < source.range.begin || m.range.end > source.range.end || m.kind != MentionKind::entity) continue;
                if (!(t.entity.empty() ? m.name == t.name : m.entity_id == t.entity)) continue;
                if (m.range.end <= *money_at && m.range.begin >= best_before) best_before = m.range.begin, before = i;
                if (m.range.begin >= *money_at && m.range.begin < best_after) best_after = m.range.begin, after = i;
                break;  // the first naming in the sentence
            }
        }
        return before ? before : after;
    };
    const auto splits = [&](const CandidateEvent& c) {
        if (c.event.type != "acquisition" || targets_of(c) < 2 || c.event.sources.empty() || !tells_takeovers_apart(c.event.sources[0].quote)) return false;
        return c.event.amounts.empty() || (c.event.amounts.size() == 1 && targets_of(c) <= 8 && priced_target(c).has_value());
    };
    // Mostly none: then the candidates are not copied (a second list of thousands doubled the peak heap).
    if (std::none_of(candidates.begin(), candidates.end(), splits)) return;
    std::vector<CandidateEvent> out;
    out.reserve(candidates.size());
    for (CandidateEvent& c : candidates) {
        if (!splits(c)) {
            out.push_back(std::move(c));
            continue;
        }
        int k = 0;
        const std::optional<std::size_t> priced = c.event.amounts.empty() ? std::nullopt : priced_target(c);
        for (const Participant& target : c.event.participants) {
            if (target.role != "target") continue;
            CandidateEvent one = c;
            if (priced && !same_party(c.event.participants[*priced], target)) {
                one.event.amounts.clear();
                // The summary is "Apple: acquisition" then, without the other takeover's price.
                const auto unpriced = [&](const std::string& summary, Language lang) {
                    const std::size_t colon = summary.find(": ");
                    return colon == std::string::npos ? summary : summary.substr(0, colon + 2) + std::string(event_type_label(one.event.type, lang));
                };
                one.event.summary_en = unpriced(one.event.summary_en, Language::en);
                one.event.summary_de = unpriced(one.event.summary_de, Language::de);
            }
            std::erase_if(one.event.participants, [&](const Participant& p) { return p.role == "target" && !same_party(p, target); });
            // (A few targets only: each looks through its sentence's mentions, and a list of thousands must stay linear.)
            const Mention* d = targets_of(c) <= 8 ? date_before_target(c.event, target) : nullptr;
            if (d) one.event.date = {d->timex, d->mod.str(), std::string(article.view(d->range))};
            if (k++ > 0) one.event.id += "-" + std::to_string(k);
            out.push_back(std::move(one));
        }
    }
    candidates = std::move(out);
}

// "Luma AI sammelt 900 Millionen Dollar ein. … Bekannt gegeben wurde die Runde am Mittwoch.", "The
// deal was announced on Tuesday.": a later sentence of the paragraph that says when a deal was made
// known, and names none of its own, dates the candidates before it that had only the article's date.
void date_from_announcement(const Article& article, const std::vector<Mention>& mentions, std::vector<CandidateEvent>& candidates) {
    // ("Angekündigt wurde der Deal Mitte März", "Die Übernahme war im August vereinbart worden", "The agreement was signed last
    // August": when it was agreed.)
    static constexpr std::string_view kMadeKnown[] = {"bekannt gegeben", "bekanntgegeben", "bekannt gemacht", "mitgeteilt", "verkündet", "mitteilte",
                                                      "announced", "disclosed", "unveiled", "made public"};
    static constexpr std::string_view kAgreed[] = {"angekündigt", "vereinbart", "unterzeichnet", "besiegelt", "agreed", "signed", "struck"};
    // (Also "Wie das Unternehmen am Donnerstag mitteilte, beteiligten sich außerdem …": who else joined.)
    static constexpr std::string_view kDeal[] = {"runde", "finanzierung", "deal", "übernahme", "Übernahme", "kauf", "vertrag", "investition",
                                                 "beteilig", "vereinbarung", "partnerschaft", "kooperation", "allianz", "round", "acquisition", "agreement", "contract",
                                                 "investment", "takeover", "partnership", "alliance"};
    const auto has_any = [](std::string_view text, const auto& words) {
        return std::any_of(std::begin(words), std::end(words), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
    };
    // The candidates of each sentence, found once: an article of thousands of such sentences and
    // candidates must not compare each pair.
    std::unordered_map<std::size_t, std::vector<std::size_t>> by_sentence;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Event& e = candidates[i].event;
        if (!e.sources.empty() && !e.sources[0].sentences.empty()) by_sentence[e.sources[0].sentences.front()].push_back(i);
    }
    std::size_t last_sentence = SIZE_MAX;
    for (const Mention& m : mentions) {
        if (m.kind != MentionKind::date || !m.anchored || m.sentence >= article.sentences.size() || m.sentence == last_sentence) continue;
        last_sentence = m.sentence;  // the sentence's first date
        if (by_sentence.count(m.sentence)) continue;  // it tells a deal of its own
        const Sentence& said = article.sentences[m.sentence];
        std::string lower(article.view(said.range));
        for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
        if (!(has_any(lower, kMadeKnown) || has_any(lower, kAgreed)) || !has_any(lower, kDeal)) continue;
        // "angekündigt wurde der Deal im Juli, abgeschlossen im September", "hat die Übernahme abgeschlossen. … Angekündigt
        // worden war der Deal im Januar 2024": a takeover reported as completed is dated by that, not by when it was agreed.
        // (Not "abgeschlossen werden soll er im Herbst", "expected to be completed": still to come.)
        const auto completed = [](std::string_view said) {
            std::string text(said);  // ("Completed last week, …": in any case)
            for (char& ch : text) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
            for (const std::string_view word : {"abgeschlossen", "vollzogen", "completed", "closed"}) {
                for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
                    const std::string_view after = std::string_view(text).substr(at + word.size());
                    const std::string_view before = std::string_view(text).substr(0, at);
                    if (!after.starts_with(" werden") && !after.starts_with(" sein") && !before.ends_with("be ") && !before.ends_with("been ")) return true;
                }
            }
            return false;
        };
        const bool agreed_only = !has_any(lower, kMadeKnown);
        if (agreed_only && completed(lower)) continue;
        for (std::size_t s = m.sentence >= 4 ? m.sentence - 4 : 0; s < m.sentence; ++s) {
            const auto found = by_sentence.find(s);
            if (found == by_sentence.end() || article.sentences[s].block != said.block) continue;
            for (const std::size_t i : found->second) {
                EventDate& date = candidates[i].event.date;
                const auto& sources = candidates[i].event.sources;
                if (agreed_only && candidates[i].event.type == "acquisition" && !sources.empty() && completed(sources[0].quote)) continue;
                if (date.text == "(article date)") date = EventDate{m.timex, m.mod.str(), std::string(article.view(m.range))};
            }
        }
    }
}

// "Am 18. November … Am selben Tag meldete Suno eine Series C", "on the same day": a deal told as on the
// day of the one before takes the last date stated before its sentence, when it had only the article's.
void date_from_same_day(const Article& article, const std::vector<Mention>& mentions, std::vector<CandidateEvent>& candidates) {
    static constexpr std::string_view kSameDay[] = {"am selben tag", "am gleichen tag", "am selben abend", "am selben morgen", "same day",
                                                    "later that day", "that day"};
    // The last anchored date of the sentences before each one: mentions come in text order.
    std::vector<const Mention*> last_before(article.sentences.size() + 1, nullptr);
    const Mention* last = nullptr;
    std::size_t filled = 0;
    for (const Mention& m : mentions) {
        if (m.kind != MentionKind::date || !m.anchored || m.sentence >= article.sentences.size()) continue;
        for (; filled <= m.sentence; ++filled) last_before[filled] = last;
        last = &m;
    }
    for (; filled < last_before.size(); ++filled) last_before[filled] = last;
    std::size_t checked = SIZE_MAX;
    bool same_day = false;
    for (CandidateEvent& c : candidates) {
        Event& e = c.event;
        if (e.date.text != "(article date)" || e.sources.empty() || e.sources[0].sentences.empty()) continue;
        const std::size_t s = e.sources[0].sentences.front();
        if (s >= article.sentences.size()) continue;
        if (s != checked) {
            checked = s;
            std::string lower(article.view(article.sentences[s].range).substr(0, 80));
            for (char& ch : lower) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
            same_day = std::any_of(std::begin(kSameDay), std::end(kSameDay), [&](std::string_view w) { return lower.find(w) != std::string::npos; });
        }
        if (const Mention* m = last_before[s]; same_day && m) e.date = EventDate{m->timex, m->mod.str(), std::string(article.view(m->range))};
    }
}

// A headline's deal ("Meta kauft Rechenleistung für 14,2 Milliarden Dollar bei CoreWeave") is told
// again below with its date: a candidate dated only by the article takes the stated date of another
// with the same amount of money.
void borrow_restated_dates(std::vector<CandidateEvent>& candidates) {
    // The same sum of the same type with a firm in common: "Anthropic bucht für 30 Milliarden Dollar" is
    // not Meta's deal of 30 billion told further down.
    std::map<std::string, std::vector<const Event*>> stated;
    const auto key_of = [](const Event& e) {
        const Amount& a = e.amounts[0];
        return e.type + "|" + std::to_string(*a.value) + a.currency;
    };
    const auto share_a_firm = [](const Event& a, const Event& b) {
        return std::any_of(a.participants.begin(), a.participants.end(), [&](const Participant& p) {
            return std::any_of(b.participants.begin(), b.participants.end(), [&](const Participant& q) { return same_party(p, q); });
        });
    };
    for (const CandidateEvent& c : candidates) {
        const Event& e = c.event;
        if (e.date.text != "(article date)" && !e.amounts.empty() && e.amounts[0].value && !e.amounts[0].currency.empty()) {
            auto& same = stated[key_of(e)];
            if (same.size() < 8) same.push_back(&e);
        }
    }
    for (CandidateEvent& c : candidates) {
        Event& e = c.event;
        if (e.date.text != "(article date)" || e.amounts.empty() || !e.amounts[0].value || e.amounts[0].currency.empty()) continue;
        const auto it = stated.find(key_of(e));
        if (it == stated.end()) continue;
        for (const Event* other : it->second) {
            if (share_a_firm(e, *other)) {
                e.date = other->date;
                break;
            }
        }
    }
}

// "… hat am Dienstag eine Series C über 243 Millionen Dollar abgeschlossen. … die Bewertung liegt nun bei 1,25
// Milliarden Dollar": a valuation dated only by the article, told within two sentences after its firm's
// round, is that round's and takes its date.
void date_valuations_by_their_round(std::vector<CandidateEvent>& candidates) {
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        Event& valuation = candidates[k].event;
        // ("die Bewertung liegt nun bei …": "now" is after the round, not a date of its own.)
        const bool own_date = valuation.date.text != "(article date)" && valuation.date.text != "nun" && valuation.date.text != "jetzt" &&
                              valuation.date.text != "now";
        if (valuation.type != "valuation" || own_date || valuation.participants.empty() || valuation.sources.empty() || valuation.sources[0].sentences.empty()) {
            continue;
        }
        for (std::size_t j = k; j-- > 0 && j + 3 >= k;) {
            const Event& round = candidates[j].event;
            if (round.type != "funding_round" && round.type != "investment") continue;
            if (round.sources.empty() || round.sources[0].sentences.empty() || round.sources[0].sentences[0] + 2 < valuation.sources[0].sentences[0]) break;
            const bool same_firm = std::any_of(round.participants.begin(), round.participants.end(), [&](const Participant& p) {
                return p.role == "investee" && same_party(p, valuation.participants.front());
            });
            if (!same_firm) continue;
            if (round.date.text != "(article date)") valuation.date = round.date;
            break;
        }
    }
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
        // One pass over the mentions gathers all three below: each pass over 160 000 mentions in one
        // sentence reads 34 MB, more than the caches hold.
        // - the firm named most often is what the text is about until a sentence names its subject
        //   (not the publisher, whose name stands in the masthead and the footer);
        // - "Mistral" in the headline is the "Mistral AI" of the body.
        std::map<std::string, std::pair<int, const Mention*>> named;
        std::set<std::string, std::less<>> unknown;
        for (const Mention& m : mentions) {
            if (m.kind != MentionKind::entity || m.known || m.entity_kind != "person" || work.unknown_person_surnames.size() >= 4096) continue;
            const std::size_t space = m.name.rfind(' ');
            if (space != std::string::npos && space + 3 <= m.name.size()) work.unknown_person_surnames.insert(lower(m.name.substr(space + 1)));
        }
        const auto surname_of_someone = [&](const Mention& m) {
            return !m.known && m.name.find(' ') == std::string::npos && work.unknown_person_surnames.contains(lower(m.name));
        };
        ordered.reserve(mentions.size());
        bool sorted = true;
        for (const Mention& m : mentions) {
            // "… ein Volumen von rund drei Milliarden Dollar, nicht 30 Milliarden Dollar": a sum corrected or
            // denied is no deal's.
            if (m.kind == MentionKind::money && denied_amount(article.text, m.range.begin)) continue;
            if (!ordered.empty() && m.sentence < ordered.back()->sentence) sorted = false;
            ordered.push_back(&m);
            if (m.kind != MentionKind::entity || names_publisher(article, m) || surname_of_someone(m)) continue;
            if (is_party(m) && named.size() < 4096) {
                auto& n = named[m.known ? m.entity_id : m.name];
                if (++n.first == 1) n.second = &m;
            }
            if (!m.known && m.entity_kind == "organisation" && unknown.size() < 4096) unknown.insert(m.name);
        }
        const auto by_sentence = [](const Mention* a, const Mention* b) { return a->sentence < b->sentence; };
        if (!sorted) std::stable_sort(ordered.begin(), ordered.end(), by_sentence);
        // The firms named most often, most first; of equals, the first named.
        std::vector<std::pair<int, const Mention*>> ranked;
        for (const auto& [key, counted] : named) ranked.push_back(counted);
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second->range.begin < b.second->range.begin;
        });
        for (std::size_t k = 0; k < ranked.size() && k < 8; ++k) {
            const Mention& m = *ranked[k].second;
            work.most_named_firms.push_back(m.known ? Participant{m.entity_id, "", ""} : Participant{"", "", m.name});
        }
        if (!work.most_named_firms.empty()) {
            work.topic = work.most_named_firms.front();
            work.receiving_topic = work.topic;
            work.receiving_topic_sentence = SIZE_MAX;  // not yet from a deal
            work.most_named = work.topic;
        }
        work.interview = is_interview(article);
        if (work.interview) {
            // "Jonas Hellwege, Partner bei SoftBank Investment Advisers", "Runway's Cristóbal Valenzuela": in the opening
            // sentences, the firm named right after a person (within a few words) or owning the person's name.
            work.interview_firm = work.most_named;
            const Mention* person = nullptr;
            const Mention* firm_before = nullptr;
            std::vector<const Mention*> opening;  // in text order (the annotators add known names before unknown ones)
            for (const Mention& m : mentions) {
                if (m.sentence < 8 && m.kind == MentionKind::entity && (is_party(m) || m.entity_kind == "person") && opening.size() < 256) opening.push_back(&m);
            }
            std::sort(opening.begin(), opening.end(), [](const Mention* a, const Mention* b) { return a->range.begin < b->range.begin; });
            for (const Mention* each : opening) {
                const Mention& m = *each;
                const bool is_person = m.entity_kind == "person";
                // (The firm's name and its possessive, without the space before the person's name.)
                const auto owns = [&](const Mention& firm) {
                    std::string_view between = article.view({firm.range.begin, m.range.begin});
                    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
                    return scan::possessive_length(between) > 0;
                };
                if (is_person && firm_before && firm_before->range.end + 4 >= m.range.begin && owns(*firm_before)) {
                    person = firm_before;  // the owner of the person's name
                    break;
                }
                if (is_person) {
                    person = &m;
                } else if (person && m.range.begin <= person->range.end + 60 && m.sentence == person->sentence &&
                           (m.known || m.name.find(' ') != std::string::npos)) {  // (not ", Partner bei …" taken for a firm)
                    person = &m;
                    break;
                } else {
                    firm_before = &m;
                }
            }
            if (person && person->entity_kind != "person") {
                work.interview_firm = person->known ? Participant{person->entity_id, "", ""} : Participant{"", "", person->name};
            }
        }
        // "Constellation" after "Constellation Energy": the short form of a known firm the article named in full,
        // unless the word alone names something else, is a common word or a first name.
        for (const Mention& m : mentions) {
            if (m.kind != MentionKind::entity || !m.known || !is_party(m) || work.known_by_short_form.size() >= 4096) continue;
            const std::string_view full = article.view(m.range);
            const auto tokens = tokenize(full, {0, full.size()});
            if (tokens.size() < 2) continue;
            const std::string_view first = token_text(full, tokens[0]);
            if (first.size() < 4 || !scan::is_upper_at(first, 0) || is_first_name(first)) continue;
            const auto alone = gazetteer.trie.child(NameTrie::kRoot, first);
            if (alone && gazetteer.trie.entity(*alone) >= 0) continue;  // "Google" of "Google Cloud" is Google
            const auto [named_it, named_fresh] = work.known_by_named_short_form.emplace(lower(first), m.entity_id);
            if (!named_fresh && named_it->second != m.entity_id) named_it->second.clear();
            if (is_english_common_capital(first) || is_not_a_firm_word(first)) continue;
            const auto [it, fresh] = work.known_by_short_form.emplace(lower(first), m.entity_id);
            if (!fresh && it->second != m.entity_id) it->second.clear();
        }
        for (const Mention& m : mentions) {
            if (m.kind != MentionKind::entity || !m.known || m.entity_kind != "person" || work.person_by_surname.size() >= 4096) continue;
            const std::size_t space = m.name.rfind(' ');
            if (space == std::string::npos || space + 3 > m.name.size()) continue;
            const auto [it, fresh] = work.person_by_surname.emplace(lower(m.name.substr(space + 1)), m.entity_id);
            if (!fresh && it->second != m.entity_id) it->second.clear();  // two people of one surname: neither
        }
        // The capitalised words right before each site's noun, found in one pass over the text: a name the article
        // gives a site ("the Lake Mariner site", "its Barber Lake campus") is a place wherever it stands.
        {
            const std::string_view text = article.text;
            for (const std::string_view site : {" site", " campus", " facility"}) {
                for (std::size_t at = text.find(site); at != std::string_view::npos && work.site_names.size() < 4096; at = text.find(site, at + 1)) {
                    const std::size_t end = at + site.size();
                    if (end < text.size() && scan::is_ascii_alpha(text[end])) continue;  // "sites", "campuses"
                    std::size_t begin = at, words = 0;
                    while (words < 3 && begin > 0) {
                        std::size_t w = begin;
                        while (w > 0 && scan::is_ascii_alpha(text[w - 1])) --w;
                        if (w == begin || !scan::is_upper_at(text, w)) break;
                        begin = w;
                        ++words;
                        if (begin == 0 || text[begin - 1] != ' ') break;
                        --begin;
                    }
                    while (begin < at && text[begin] == ' ') ++begin;
                    if (words > 0 && begin < at) work.site_names.insert(std::string(text.substr(begin, at - begin)));
                }
            }
        }
        // "the Ministry of Economy, Trade and Industry (METI)": an acronym in parentheses right after an unknown name is that name.
        for (std::size_t k = 0; k + 1 < ordered.size() && work.fuller_name.size() < 4096; ++k) {
            const Mention& full = *ordered[k];
            const Mention& short_form = *ordered[k + 1];
            if (full.kind != MentionKind::entity || short_form.kind != MentionKind::entity || full.known || short_form.known) continue;
            if (short_form.range.begin != full.range.end + 2 || article.text.substr(full.range.end, 2) != " (") continue;
            if (short_form.range.end >= article.text.size() || article.text[short_form.range.end] != ')' || short_form.name.size() > 8) continue;
            if (!std::all_of(short_form.name.begin(), short_form.name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); })) continue;
            work.fuller_name.emplace(short_form.name, full.name);
        }
        for (const std::string& name : unknown) {
            // Where the annotator could not see it (first in a headline: "Lumora sammelt …"), the name is looked for again.
            std::vector<std::string> name_words;
            for (const Token& t : tokenize(name, {0, name.size()})) name_words.push_back(lower(token_text(name, t)));
            if (!name_words.empty() && name_words.size() <= 4) work.unknown_by_first_word[name_words.front()].push_back({name, name_words});
            for (auto it = unknown.upper_bound(name); it != unknown.end() && it->starts_with(name); ++it) {
                if (it->size() <= name.size() || (*it)[name.size()] != ' ') continue;
                // "HP is buying Humane … a new unit called HP IQ": a fuller name first met later is another firm, unless
                // what it adds only ends firms' names ("Check Point" in a headline, "Check Point Software Technologies").
                const auto first_sentence = [&](const std::string& n) {
                    const auto at = named.find(n);
                    return at == named.end() || !at->second.second ? SIZE_MAX : at->second.second->sentence;
                };
                const std::string_view added = std::string_view(*it).substr(name.size() + 1);
                bool only_endings = true;
                // (Not "Cloud", "Research": "Deepset Cloud" met later is the firm's product or unit, as "Google Cloud" is.)
                for (const Token& t : tokenize(added, {0, added.size()})) {
                    const std::string_view ending = token_text(added, t);
                    only_endings = only_endings && is_organisation_suffix(ending) &&
                                   !is_one_of(std::string(ending), {"Cloud", "Research", "Health", "Security", "Data", "Services", "Internet", "Payments", "Interactive"});
                }
                if (only_endings || first_sentence(*it) <= first_sentence(name)) work.fuller_name[name] = *it;
            }
        }
    }
    const auto mentions_of = [&](std::size_t s) {
        const auto before = [](const Mention* m, std::size_t v) { return m->sentence < v; };
        const auto after = [](std::size_t v, const Mention* m) { return v < m->sentence; };
        const auto first = std::lower_bound(ordered.begin(), ordered.end(), s, before);
        const auto last = std::upper_bound(first, ordered.end(), s, after);
        return std::span<const Mention* const>(ordered.data() + (first - ordered.begin()), static_cast<std::size_t>(last - first));
    };
    const auto sells_compute = [&](const Participant& p) {
        const Entity* e = p.entity.empty() ? nullptr : gazetteer.find(p.entity);
        return e && e->sells_compute();
    };
    // One firm and its parent or unit ("Google", "Google Cloud", "Alphabet"), by the gazetteer's relations.
    const auto same_group = [&](const Participant& a, const Participant& b) {
        if (same_party(a, b)) return true;
        if (a.entity.empty() || b.entity.empty()) return false;
        const auto parent = [&](const std::string& id) -> std::string {
            const Entity* e = gazetteer.find(id);
            if (!e) return id;
            for (const EntityRelation& r : e->relations) {
                if (r.type == "subsidiary_of" || r.type == "part_of") return r.target;
            }
            return id;
        };
        const std::string pa = parent(a.entity), pb = parent(b.entity);
        return pa == b.entity || pb == a.entity || pa == pb;
    };
    const auto participant_of = [&](const Mention& m) {
        Participant p;
        const auto short_form = m.known || m.name.find(' ') != std::string::npos ? work.known_by_named_short_form.end() : work.known_by_named_short_form.find(lower(m.name));
        if (m.known) {
            p.entity = m.entity_id;
        } else if (short_form != work.known_by_named_short_form.end() && !short_form->second.empty()) {
            p.entity = short_form->second;  // "Vast" after "Vast Data"
        } else {
            const auto fuller = work.fuller_name.find(m.name);
            p.name = fuller != work.fuller_name.end() ? fuller->second : m.name;
        }
        return p;
    };
    // The date of "Das teilte X am Dienstag mit", "the company said on Monday" when that is the
    // sentence after `s` in its paragraph and names no deal of its own.
    // "Das teilte CoreWeave am Dienstag mit", "the company said on Monday".
    const auto announces = [&](std::size_t s) {
        const std::string_view text = article.view(article.sentences[s].range);
        for (const std::string_view verb : {"mit.", "teilte", "mitgeteilt", "bestätigt", "bekannt", "erklärt", "said", "announced", "confirmed", "told"}) {
            if (text.find(verb) != std::string_view::npos) return true;
        }
        return false;
    };
    const auto announced_next = [&](std::size_t s) -> const Mention* {
        const std::size_t next = s + 1;
        if (next >= article.sentences.size() || article.sentences[next].block != article.sentences[s].block) return nullptr;
        const Mention* date = nullptr;
        bool deal_of_its_own = false;
        for (const Mention* m : mentions_of(next)) {
            // A deal of its own (money, a stake, gigawatts), not "die drei Firmen".
            if (((m->kind == MentionKind::money) || (m->kind == MentionKind::quantity && m->unit != "count")) && m->value) deal_of_its_own = true;
            if (m->kind == MentionKind::date && m->anchored && m->precision == "day" && !date) date = m;
        }
        if (!date || !announces(next)) return nullptr;
        // "Die Runde bewertet X mit 183 Milliarden Dollar, wie Anthropic am Dienstag mitteilte": with a deal of
        // its own, only a date that the telling verb right after it claims dates the news.
        if (deal_of_its_own) {
            const std::string_view after = article.view({date->range.end, std::min(date->range.end + 60, article.sentences[next].range.end)});
            const bool dates_telling = after.find("mitteilte") != std::string_view::npos || after.find("bekanntgab") != std::string_view::npos ||
                                       after.find("bekannt gab") != std::string_view::npos;
            if (!dates_telling) return nullptr;
        }
        return date;
    };
    const bool german = article.language == "de";
    std::size_t spent = 0;
    for (std::size_t& s = work.next_sentence; s < article.sentences.size() && spent < budget_bytes; ++s) {
        spent += article.sentences[s].range.size();
        if (article.blocks[article.sentences[s].block].kind == BlockKind::boilerplate) continue;
        std::span<const Mention* const> here = mentions_of(s);
        // After a lead-in, the sentence is its statement; the lead-in's dates ("heute") still date it.
        Sentence statement = article.sentences[s];
        std::vector<const Mention*> after_colon;
        // The lead-in's firms must be the statement's subject's own ("… ist Amazon heute aktiv: Die Cloud-Tochter
        // AWS …"), not a party the statement calls back ("eine Absichtserklärung mit OpenAI: Nvidia will … in das
        // Unternehmen investieren").
        const auto lead_in_is_subjects = [&](std::size_t cut) {
            const auto subject = std::find_if(here.begin(), here.end(), [&](const Mention* m) { return m->range.begin >= cut && is_party(*m); });
            return subject != here.end() && std::all_of(here.begin(), here.end(), [&](const Mention* m) {
                       return m->range.begin >= cut || !is_party(*m) || same_group(participant_of(*m), participant_of(**subject));
                   });
        };
        if (const auto cut = after_lead_in(article, statement, here); cut && lead_in_is_subjects(*cut)) {
            for (const Mention* m : here) {
                if (m->range.begin >= *cut || m->kind == MentionKind::date) after_colon.push_back(m);
            }
            here = after_colon;
            statement.range.begin = *cut;
        }
        // A dateline opens the sentence: "NEW YORK (bkn) - ", "AMSTERDAM, Sept 9 (Reuters) - ". The statement
        // starts after it: its place, date and agency say where, when and by whom it was written, and its commas
        // and brackets would cut the statement's first clause short.
        std::vector<const Mention*> after_dateline;
        if (const std::size_t cut = dateline_length(article.view(statement.range)); cut != 0) {
            statement.range.begin += cut;
            for (const Mention* m : here) {
                if (m->range.begin >= statement.range.begin) after_dateline.push_back(m);
            }
            here = after_dateline;
        }
        const Sentence& sentence = statement;
        // A firm named elsewhere in the article and missed here counts too ("Lambda's story shows …"
        // opens a sentence, where an unknown name is not taken).
        const auto key_of_word = [](const std::string& w) { return std::string(scan::without_possessive(w)); };
        const auto names_firm_found_elsewhere = [&] {
            if (work.unknown_by_first_word.empty()) return false;
            for (const Token& t : tokenize(article.text, sentence.range)) {
                const std::string_view raw = token_text(article.text, t);
                if (scan::is_upper_at(raw, 0) && work.unknown_by_first_word.contains(key_of_word(lower(raw)))) return true;
            }
            return false;
        };
        const bool has_party = std::any_of(here.begin(), here.end(), [](const Mention* m) { return is_party(*m); }) || names_firm_found_elsewhere();
        const bool has_amount = std::any_of(here.begin(), here.end(), [](const Mention* m) {
            return (m->kind == MentionKind::money || m->kind == MentionKind::quantity) && m->value;
        });
        const Mention* date = nullptr;
        for (const Mention* m : here) {
            if (m->kind == MentionKind::date && m->anchored && !date && !dates_a_planned_closing(article, *m)) date = m;
        }
        const auto remember = [&] {
            if (date) {
                work.last_date = {date->timex, date->mod.str(), std::string(article.view(date->range))};
                work.last_date_sentence = s;
            }
        };
        // "die beiden Unternehmen vereinbarten eine Partnerschaft" names no party but the last deal's two.
        const auto speaks_of_pair = [&] {
            if (work.last_pair.size() != 2) return false;
            const std::string_view text = article.view(sentence.range);
            for (const std::string_view w : {"beiden ", "beide ", "Beide ", "two ", "Two ", "both ", "Both "}) {
                if (text.find(w) != std::string_view::npos) return true;
            }
            return false;
        };
        if (!has_amount && !has_party && !speaks_of_pair()) {
            remember();
            continue;
        }

        std::vector<DealWord> words;
        std::vector<ByteRange> word_ranges;
        for (const Token& t : tokenize(article.text, sentence.range)) {
            const std::string_view raw = token_text(article.text, t);
            std::string lowered = lower(raw);
            const auto trigger = trigger_type(lowered);
            bool dash = false, hyphen = false, colon = false, semicolon = false;
            if (t.break_before && !word_ranges.empty()) {
                const std::string_view gap = std::string_view(article.text).substr(word_ranges.back().end, t.range.begin - word_ranges.back().end);
                dash = gap.find(" \xE2\x80\x93 ") != std::string_view::npos || gap.find(" \xE2\x80\x94 ") != std::string_view::npos ||
                       gap.find(" - ") != std::string_view::npos;
                colon = gap.find(": ") != std::string_view::npos;  // not "Run:ai", "17:30"
                semicolon = gap.find("; ") != std::string_view::npos;
            }
            if (!word_ranges.empty() && t.range.begin == word_ranges.back().end + 1) hyphen = article.text[word_ranges.back().end] == '-';
            const bool capitalised = scan::is_upper_at(raw, 0);
            const bool verb = german && looks_like_german_verb(lowered, capitalised);
            words.push_back({std::move(lowered), t.break_before, capitalised, trigger ? *trigger : std::string_view(), dash, verb, hyphen, colon, semicolon});
            word_ranges.push_back(t.range);
        }
        drop_other_senses(words);
        // "IMM Credit & Solutions", "Kestrel Investments": a deal's word inside the name of a firm the gazetteer does not know is
        // the name's, no deal's. (Known names keep theirs: "Amazon Web Services" says what the firm sells, "TPUs" what is bought.)
        // (Words and names both in text order: one walk.)
        {
            std::size_t w = 0;
            for (const Mention* m : here) {
                if (m->kind != MentionKind::entity || m->known || m->entity_kind != "organisation") continue;
                while (w < words.size() && word_ranges[w].end <= m->range.begin) ++w;
                for (std::size_t k = w; k < words.size() && word_ranges[k].end <= m->range.end; ++k) {
                    if (word_ranges[k].begin >= m->range.begin) words[k].trigger = {};
                }
            }
        }
        mark_split_verbs(words);
        const DealFrame sentence_frame = frame_of(words);
        const Onset onset = onset_of(words);
        // "Oracle schloss sich diesem wachsenden Mix 2023 an" after a sentence on OpenAI's cloud providers:
        // a provider joins them.
        const bool names_providers = names_providers_of_compute(words);
        const bool joins_providers = onset == Onset::joined && (names_providers || (s > 0 && work.last_providers_sentence == s - 1));
        if (names_providers) work.last_providers_sentence = s;
        const auto word_at = [&](std::size_t byte) {
            const auto it = std::lower_bound(word_ranges.begin(), word_ranges.end(), byte, [](const ByteRange& r, std::size_t at) { return r.end <= at; });
            return static_cast<std::size_t>(std::min<std::ptrdiff_t>(it - word_ranges.begin(), static_cast<std::ptrdiff_t>(words.size()) - 1));
        };
        // "der 2017 gegründete Anbieter", "das 2013 gegründet wurde", "founded in 2015", "gegründet 2016":
        // when a firm began, not the deal.
        const auto dates_a_founding = [&](const Mention& m) {
            const std::size_t w = word_at(m.range.begin), after_date = word_at(m.range.end - 1) + 1;
            if (after_date < words.size() && !words[after_date].break_before && words[after_date].lower.starts_with("gegründet")) return true;
            // "Das 2017 von zwei Stanford-Professoren und dem früheren Oracle-Manager Rodrigo Liang gegründete Unternehmen": its founders between.
            if (after_date < words.size() && !words[after_date].break_before && words[after_date].lower == "von") {
                for (std::size_t k = after_date + 1; k < words.size() && k < after_date + 16 && !words[k].break_before; ++k) {
                    if (words[k].lower.starts_with("gegründet")) return true;
                }
            }
            if (w == 0) return false;
            const std::string& before = words[w - 1].lower;
            const std::string& two_before = w > 1 ? words[w - 2].lower : before;
            // ("was started in 2022 by Harrison Chase as a side project", "established in 2019".)
            if (before.starts_with("gegründet") || before == "founded" ||
                (w > 1 && (before == "in" || before == "im") &&
                 (two_before == "founded" || two_before.starts_with("gegründet") || two_before == "started" || two_before == "established" ||
                  two_before == "launched" || two_before == "incorporated"))) {
                return true;
            }
            // "Mercor, the AI hiring marketplace started by three college dropouts in 2023, pulled in …": the founders named
            // between, in the same stretch of the sentence.
            if (before != "in" && before != "im") return false;
            for (std::size_t k = w - 1; k > 0 && k + 8 > w && !words[k].break_before; --k) {
                const std::string& x = words[k - 1].lower;
                if ((x == "founded" || x == "co-founded" || x == "started" || x == "gegründet" || x == "mitgegründet") &&
                    (words[k].lower == "by" || words[k].lower == "von")) {
                    return true;
                }
            }
            return false;
        };
        struct Found { std::string_view type; std::size_t word; };
        std::vector<Found> triggers;
        bool compute_words = false;
        if (std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "compute_deal"; })) {
            work.last_compute_sentence = s;
        }
        // "Ampere Computing", "Oracle Cloud": a word of a firm's name says what the firm does, not what this deal
        // is, when a word outside the names says that.
        {
            std::vector<bool> in_name(words.size(), false);
            for (const Mention* m : here) {
                if (!is_party(*m)) continue;
                const std::size_t first = word_at(m->range.begin), last = word_at(m->range.end - 1);
                for (std::size_t k = first + 1; k <= last && k < words.size(); ++k) in_name[k] = true;  // not its first word: "Cloud-Vertrag"
            }
            bool told_outside = false;
            for (std::size_t w = 0; w < words.size(); ++w) told_outside = told_outside || (!in_name[w] && !words[w].trigger.empty());
            for (std::size_t w = 0; w < words.size() && told_outside; ++w) {
                if (in_name[w]) words[w].trigger = {};
            }
        }
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (!words[w].trigger.empty()) {
                triggers.push_back({words[w].trigger, w});
                compute_words = compute_words || words[w].trigger == "compute_deal";
            }
        }
        // "… eine Partnerschaft vorgestellt, die bis zu 100 Milliarden Dollar in Rechenzentren … lenken soll",
        // "a partnership that will channel $100bn into data centres": a relative clause about a partnership
        // that sends money says where its money goes; its data centres are no compute bought, its verb no
        // deal of its own.
        if (const auto partnership = std::find_if(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "partnership"; });
            partnership != triggers.end()) {
            std::size_t clause = SIZE_MAX;  // the relative pronoun, at most two words between it and the partnership's noun
            for (std::size_t w = partnership->word + 1; w < words.size() && w <= partnership->word + 3 && clause == SIZE_MAX; ++w) {
                const bool pronoun = is_one_of(words[w].lower, {"die", "der", "das", "which", "that"});
                if (pronoun && (words[w].break_before || words[w].lower == "that" || words[w].lower == "which")) clause = w;
                else if (words[w].break_before) break;
            }
            std::size_t clause_end = clause;
            while (clause_end < words.size() && (clause_end == clause || !words[clause_end].break_before)) ++clause_end;
            const bool money_goes = clause != SIZE_MAX && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(clause), words.begin() + static_cast<std::ptrdiff_t>(clause_end), [](const DealWord& x) {
                return x.lower.starts_with("lenk") || x.lower.starts_with("investier") || x.lower.starts_with("mobilisier") || x.lower == "fließen" ||
                       x.lower == "fließt" || x.lower == "invest" || x.lower == "channel" || x.lower == "deploy";
            });
            const bool compute_in_clause = money_goes && std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) {
                return f.type == "compute_deal" && f.word > clause && f.word < clause_end;
            });
            if (compute_in_clause) {
                std::erase_if(triggers, [&](const Found& f) {
                    const bool in_clause = f.word > clause && f.word < clause_end && f.type != "partnership";
                    if (in_clause) words[f.word].trigger = {};
                    return in_clause;
                });
                compute_words = std::any_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "compute_deal"; });
            }
        }
        // Money paid every year, or for access: "Google will pay Reddit roughly $60m a year for access to its posts",
        // "zahlt Apple rund 20 Milliarden Dollar pro Jahr dafür, … voreingestellt zu sein": a partnership, not a purchase.
        const auto pay_word = std::find_if(words.begin(), words.end(), [](const DealWord& w) {
            return is_one_of(w.lower, {"pay", "pays", "paid", "paying", "zahlt", "zahlte", "zahlen", "bezahlt"});
        });
        const bool for_use = pay_word != words.end() && std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
            const std::size_t k = static_cast<std::size_t>(&w - words.data());
            const bool yearly = (w.lower == "year" && k >= 1 && is_one_of(words[k - 1].lower, {"a", "per", "each"})) ||
                                (w.lower == "jahr" && k >= 1 && is_one_of(words[k - 1].lower, {"pro", "je", "im"})) || w.lower == "jährlich" ||
                                w.lower == "annually";
            return yearly || w.lower == "access" || w.lower.starts_with("zugang");
        });
        if (for_use) {
            std::erase_if(triggers, [&](const Found& f) {
                return f.type == "acquisition" && is_one_of(words[f.word].lower, {"pay", "paying", "pays", "paid", "zahlt", "zahlte", "bezahlt"});
            });
            if (std::none_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "acquisition"; })) {
                triggers.push_back({"partnership", static_cast<std::size_t>(pay_word - words.begin())});
            }
        }
        // "erhielt 105 Millionen Euro von Investoren um Lightspeed", "received $50m from investors": money
        // received from investors is a round, with no word of one.
        if (triggers.empty() && sentence_frame.receive_verb) {
            for (std::size_t w = 0; w < words.size(); ++w) {
                const std::string& x = words[w].lower;
                if (x == "investoren" || x == "investors" || x == "geldgebern" || x == "kapitalgebern" || x == "backers" || x == "geldgeber") {
                    triggers.push_back({"funding_round", w});
                    break;
                }
            }
        }
        // "Replit holte sich 250 Millionen Dollar bei einer Bewertung von drei Milliarden Dollar": money a firm takes in beside
        // the valuation it is taken at is a round; the valuation's word names only the other sum. (Found once per sentence,
        // and only in one whose deal words are all of valuing.)
        const bool only_valuing = !triggers.empty() && std::all_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "valuation"; });
        if (only_valuing && sentence_frame.receive_verb) {
            std::size_t amounts = 0;
            for (const Mention* m : here) amounts += m->kind == MentionKind::money && m->value ? 1 : 0;
            for (std::size_t w = 0; w < words.size() && amounts >= 2; ++w) {
                if (!frame_of(std::vector<DealWord>{words[w]}).receive_verb) continue;
                triggers.push_back({"funding_round", w});
                std::sort(triggers.begin(), triggers.end(), [](const Found& a, const Found& b) { return a.word < b.word; });
                break;
            }
        }
        // "hat 40 Millionen Euro von Nvidia erhalten", "received €40m from chipmaker Nvidia": money a firm
        // receives from a named firm is that firm's investment, with no word of one.
        if (triggers.empty() && sentence_frame.receive_verb && has_amount) {
            for (const Mention* m : here) {
                if (!is_party(*m) || !triggers.empty()) continue;
                const std::size_t at = word_at(m->range.begin);
                for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
                    const DealWord& x = words[at - back];
                    if (x.lower == "von" || x.lower == "vom" || x.lower == "from") {
                        triggers.push_back({"investment", at - back});
                        break;
                    }
                    if (x.break_before) break;  // only words such as "dem Chipkonzern" in between
                }
            }
        }
        // "Schon 2024 hatte CoreWeave ein Angebot von rund einer Milliarde Dollar vorgelegt, das Core Scientific
        // zurückwies": a bid in money, by or for a firm of a takeover told before, is that takeover's.
        std::optional<std::vector<Participant>> bid_parties;  // proposed as the takeover's, with its roles
        if (triggers.empty() && has_amount) {
            const auto bid = std::find_if(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower == "angebot" || w.lower == "gebot" || w.lower == "kaufangebot" || w.lower == "offer" || w.lower == "bid";
            });
            const auto takeover = std::find_if(out.rbegin(), out.rend(), [](const CandidateEvent& c) { return c.event.type == "acquisition"; });
            if (bid != words.end() && takeover != out.rend()) {
                std::vector<Participant> named;
                for (const Participant& p : takeover->event.participants) {
                    if (std::any_of(here.begin(), here.end(), [&](const Mention* m) {
                            return is_party(*m) && (p.entity.empty() ? m->name == p.name : m->known && m->entity_id == p.entity);
                        })) {
                        named.push_back(p);
                    }
                }
                if (named.size() >= 2) bid_parties = std::move(named);
            }
        }
        // "X hat am Donnerstag 600 Millionen Dollar erhalten. Angeführt wurde die Runde von …": money received, told
        // as a round by the sentence after it in the paragraph.
        if (triggers.empty() && sentence_frame.receive_verb && s + 1 < article.sentences.size() && article.sentences[s + 1].block == sentence.block) {
            const auto money = std::find_if(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money && m->value && *m->value >= 100000; });
            std::string next = lower(article.view(article.sentences[s + 1].range));
            const bool next_tells_round = next.find("runde") != std::string::npos || next.find("round") != std::string::npos ||
                                          next.find("investoren") != std::string::npos || next.find("investors") != std::string::npos ||
                                          next.find("geldgeber") != std::string::npos;
            if (money != here.end() && next_tells_round) triggers.push_back({"funding_round", word_at((*money)->range.begin)});
        }
        const bool takeover_word = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
            const std::size_t k = static_cast<std::size_t>(&w - words.data());
            // ("was taken private", "took the company private", not "private equity")
            bool taken_private = false;
            for (std::size_t back = 1; back <= 3 && back <= k && w.lower == "private" && !w.break_before && !taken_private; ++back) {
                taken_private = is_one_of(words[k - back].lower, {"taken", "take", "took", "taking", "takes"});
            }
            return w.lower.starts_with("übernahm") || w.lower.starts_with("übernimm") || w.lower.starts_with("übernehm") || w.lower.starts_with("acquir") ||
                   w.lower.starts_with("acquisition") || w.lower == "übernommen" || taken_private;
        });
        // "for $3 billion in cash and stock", "bezahlt in bar und in Aktien": how a deal is paid, not a stake.
        std::erase_if(triggers, [&](const Found& f) {
            const std::string& x = words[f.word].lower;
            if (x != "stock" && x != "shares" && x != "aktien" && x != "equity") return false;
            for (std::size_t back = 1; back <= 3 && back <= f.word; ++back) {
                if (words[f.word - back].lower == "cash" || words[f.word - back].lower == "bar") return true;
            }
            // "acquiring Statsig in an all-stock deal", "paid in stock": with a takeover in the sentence, how it is paid.
            const std::string& before = f.word > 0 ? words[f.word - 1].lower : x;
            const bool bought = takeover_word || std::any_of(triggers.begin(), triggers.end(), [](const Found& t) { return t.type == "acquisition"; });
            return bought && (before == "all" || before == "in" || before == "an" || before == "its");
        });
        // "agreed to buy $2 billion of Intel stock", "kauft Aktien von X", "Stammaktien von X zu kaufen":
        // buying shares is investing.
        for (Found& f : triggers) {
            const std::string& verb = words[f.word].lower;
            if (f.type != "acquisition" || !(verb.starts_with("buy") || verb.find("kauf") != std::string::npos) || verb.starts_with("verkauf")) continue;
            for (std::size_t k = f.word >= 7 ? f.word - 7 : 0; k < words.size() && k <= f.word + 7; ++k) {
                const std::string& x = words[k].lower;
                if (x == "stock" || x == "shares" || x.ends_with("aktien") || x == "anteile") f.type = "investment";
            }
        }
        // "hatte sich für 850 Millionen Dollar 75 Prozent an Motivair gesichert", "secured a 20% stake in": a share
        // secured is bought, not money raised (a minority one is a stake, below).
        for (Found& f : triggers) {
            const std::string& verb = words[f.word].lower;
            if (f.type != "funding_round" || !(verb.starts_with("gesichert") || verb.starts_with("sichert") || verb == "secured" || verb == "secures")) continue;
            for (const Mention* m : here) {
                if (m->kind != MentionKind::quantity || m->unit != "percent") continue;
                const std::size_t last = word_at(m->range.end - 1);
                if (last + 1 >= words.size() || (last > f.word ? last - f.word : f.word - last) > 8) continue;
                if (is_one_of(words[last + 1].lower, {"an", "am", "of", "in", "stake", "anteil", "beteiligung"})) f.type = "acquisition";
            }
        }
        // "knapp drei Prozent an Nokia zu übernehmen", "acquire a 10% stake": a minority taken is a stake, not a takeover.
        // (Words within seven of a minority share marked once: linear however many verbs and shares.)
        std::vector<char> near_minority(words.size(), 0);
        for (const Mention* m : here) {
            if (m->kind != MentionKind::quantity || m->unit != "percent" || !m->value || *m->value >= 50) continue;
            const std::size_t at = word_at(m->range.begin);
            for (std::size_t k = at >= 7 ? at - 7 : 0; k < words.size() && k <= at + 7; ++k) near_minority[k] = 1;
        }
        for (Found& f : triggers) {
            if (f.type != "acquisition" || words[f.word].lower.starts_with("verkauf") || words[f.word].lower.starts_with("sell")) continue;
            if (near_minority[f.word]) f.type = "investment";
        }
        // "kauft Rechenleistung": buying compute, not a firm. But "to buy chip designer Ampere", "purchase of ZT
        // Systems": a firm named right after the verb (not after "bei"/"from", not the maker of "Nvidia-Chips") is bought.
        const auto buys_a_firm = [&](std::size_t verb) {
            // "Die Chips kauft IREN beim Computerhersteller Dell": what is bought "bei" a seller is goods, and the
            // firm after the verb is its buyer (a firm is bought "von" its owner).
            for (const Mention* m : here) {
                if (!is_party(*m)) continue;
                const std::size_t at = word_at(m->range.begin);
                if (at <= verb) continue;
                for (std::size_t back = 1; back <= 3 && back < at - verb; ++back) {
                    const std::string& x = words[at - back].lower;
                    if (x == "bei" || x == "beim") return false;
                    if (words[at - back].break_before) break;
                }
            }
            for (const Mention* m : here) {
                if (!is_party(*m)) continue;
                const std::size_t at = word_at(m->range.begin), last = word_at(m->range.end - 1);
                if (at <= verb || at > verb + 4) continue;
                const std::string& before = words[at - 1].lower;
                if (before == "bei" || before == "beim" || before == "from" || before == "von" || before == "at" || before == "with" || before == "mit") continue;
                if (last + 1 < words.size() && words[last + 1].trigger == "compute_deal") continue;
                if (scan::possessive_length(words[last].lower) > 0) continue;
                return true;
            }
            // "Intel hatte Altera 2015 für 16,7 Milliarden Dollar gekauft": German puts the participle last and the firm
            // bought before it, after the subject, with no preposition.
            const bool verb_last = verb + 1 == words.size() || words[verb + 1].break_before;
            if (!verb_last || verb == 0 || !words[verb].lower.starts_with("gekauft")) return false;
            std::size_t firms_before = 0;
            for (const Mention* m : here) {
                if (!is_party(*m) || m->entity_kind == "person") continue;
                const std::size_t at = word_at(m->range.begin);
                if (at >= verb || at + 12 < verb) continue;
                const bool subject_first = firms_before++ == 0 && std::none_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(at),
                                                                             [](const DealWord& w) { return w.finite_verb || is_one_of(w.lower, {"hat", "hatte", "haben", "hatten"}); });
                if (subject_first) continue;
                const std::string& before = at > 0 ? words[at - 1].lower : words[at].lower;
                if (is_one_of(before, {"bei", "beim", "von", "vom", "mit", "für", "an", "in"})) continue;
                return true;
            }
            return false;
        };
        const bool builds_together = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
            const std::size_t i = static_cast<std::size_t>(&w - words.data());
            const std::string_view next = i + 1 < words.size() ? std::string_view(words[i + 1].lower) : std::string_view();
            return w.lower.starts_with("gemeinschaftsunternehmen") || w.lower == "joint-venture" || (w.lower == "joint" && next.starts_with("venture")) ||
                   ((w.lower == "gemeinsam" || w.lower == "zusammen" || w.lower == "together") && (next == "mit" || next == "with"));
        });
        // "arbeitet der Chipentwickler mit Meta zusammen", "OpenAI steigt bei Thrive ein": verbs split from their
        // particles, which come after them (the last of each, found once).
        std::size_t last_zusammen = SIZE_MAX, last_ein = SIZE_MAX;
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (words[w].lower == "zusammen") last_zusammen = w;
            if (words[w].lower == "ein") last_ein = w;
        }
        for (std::size_t w = 0; w < words.size() && last_zusammen != SIZE_MAX; ++w) {
            const std::string& x = words[w].lower;
            if ((x == "arbeitet" || x == "arbeiten" || x == "arbeitete" || x == "arbeiteten") && words[w].trigger.empty() && w < last_zusammen) {
                triggers.push_back({"partnership", w});
            }
        }
        // "unterschrieb bei Nebius für 17,4 Mrd. Dollar": signing says a deal was made only with what it is worth
        // ("unterzeichnete mit OpenAI eine Absichtserklärung: …" tells the deal in what follows).
        if (!has_amount) {
            std::erase_if(triggers, [&](const Found& f) {
                return words[f.word].lower.starts_with("unterschr") || words[f.word].lower.starts_with("unterzeichne");
            });
        }
        // "in order to": no order placed. "der Auftrag", "the order": one told already (a new one is "ein Auftrag", "a $10bn order").
        std::erase_if(triggers, [&](const Found& f) {
            const std::string& x = words[f.word].lower;
            if (x == "order" && f.word > 0 && words[f.word - 1].lower == "in") return true;
            if (x != "order" && x != "orders" && !x.starts_with("auftr") && !x.ends_with("auftrag")) return false;
            for (std::size_t back = 1; back <= 3 && back <= f.word; ++back) {
                const std::string& before = words[f.word - back].lower;
                if (before == "der" || before == "den" || before == "dem" || before == "des" || before == "the" || before == "this" || before == "dieser" ||
                    before == "diesen" || before == "diesem") {
                    return true;
                }
                if (words[f.word - back + 1].break_before) break;
            }
            return false;
        });
        // "stieg die Aktie": rising, not buying in; "steigt bei X ein" has its particle after it.
        std::erase_if(triggers, [&](const Found& f) {
            const std::string& x = words[f.word].lower;
            return f.type == "investment" && (x == "steigt" || x == "stieg") && (last_ein == SIZE_MAX || last_ein < f.word);
        });
        if (compute_words) {
            std::erase_if(triggers, [&](const Found& f) {
                const std::string& x = words[f.word].lower;
                return f.type == "acquisition" && (x.find("kauf") != std::string::npos || x.starts_with("b") || x.starts_with("purchase")) && !buys_a_firm(f.word);
            });
            // "Meta habe sich Rechenleistung im Wert von 14,2 Milliarden Dollar gesichert", "secured $14bn of computing
            // capacity": compute secured is compute bought, not money raised.
            std::erase_if(triggers, [&](const Found& f) {
                const std::string& x = words[f.word].lower;
                if (f.type != "funding_round" || !is_one_of(x, {"gesichert", "sichert", "sicherte", "sicherten", "secured", "secures", "secure"})) return false;
                // (German: "sich" a few words before the compute it secures, "sich bei CoreWeave Rechenleistung … gesichert".)
                for (std::size_t k = f.word; k-- > 0 && k + 10 > f.word;) {
                    if (words[k].trigger == "compute_deal" && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(k >= 4 ? k - 4 : 0),
                                                                          words.begin() + static_cast<std::ptrdiff_t>(k),
                                                                          [](const DealWord& w) { return w.lower == "sich"; })) {
                        return true;
                    }
                    if (words[k + 1].break_before) break;
                }
                for (std::size_t k = f.word + 1; k < words.size() && k <= f.word + 7 && !words[k].break_before; ++k) {
                    if (is_one_of(words[k].lower, {"to", "for", "funding", "financing", "from", "in"})) break;
                    if (words[k].trigger == "compute_deal") return true;
                }
                return false;
            });
        }

        // "the company told Tech Wire", "sagte sie dem Handelsblatt": the outlet spoken to (whose name starts at `w`) takes no part.
        const auto outlet_spoken_to = [&](std::size_t w) {
            if (w == 0 || w >= words.size() || words[w].break_before) return false;
            std::size_t verb = w - 1;
            if (verb > 0 && words[verb].capitalised && !words[verb].break_before) --verb;  // "told Tech Wire" ("Tech" is no name of its own)
            if (verb > 0 && words[verb].lower == "the") --verb;
            if (is_one_of(words[verb].lower, {"told", "tells", "telling"})) return true;
            if (words[w - 1].lower != "dem") return false;
            for (std::size_t k = w >= 4 ? w - 4 : 0; k + 1 < w; ++k) {
                if (is_one_of(words[k].lower, {"sagte", "sagten", "sagt", "erklärte", "bestätigte", "verriet"})) return true;  // "sagte (sie) dem …"
            }
            return false;
        };
        // Where the stretch after each word ends (the next word with a break before it, or the sentence's end), found
        // once: rules that ask it per name or descriptor stay linear in a sentence of thousands.
        std::vector<std::size_t> stretch_end(words.size() + 1, words.size());
        for (std::size_t k = words.size(); k-- > 1;) stretch_end[k - 1] = words[k].break_before ? k : stretch_end[k];
        // "dem Family Office von Jeff Bezos", "Home Office": a product's common word in a phrase of its own names no product.
        const auto common_word_phrase = [&](const Mention& m) {
            const std::size_t w = word_at(m.range.begin);
            return m.entity_kind == "product" && w > 0 && is_one_of(words[w - 1].lower, {"family", "home", "oval", "back", "front", "post", "head", "patent"});
        };
        // The parties, in order, with the words that mark them.
        std::vector<Party> parties;
        for (const Mention* m : here) {
            // "…, Tan added": an unknown word that is the surname of a person the article named is that person.
            const auto surname = m->kind == MentionKind::entity && !m->known && m->name.find(' ') == std::string::npos
                                     ? work.person_by_surname.find(lower(m->name))
                                     : work.person_by_surname.end();
            const bool by_surname = surname != work.person_by_surname.end() && !surname->second.empty();
            const bool unknown_someone = m->kind == MentionKind::entity && !m->known && m->name.find(' ') == std::string::npos &&
                                         work.unknown_person_surnames.contains(lower(m->name));
            if (unknown_someone) continue;  // a person the gazetteer does not know, named again: no firm, no investor of note
            const bool person = m->kind == MentionKind::entity && (m->entity_kind == "person" || by_surname);
            if (!is_party(*m) && !person) continue;
            // A site the article names, not a firm ("Lake" for "Lake Mariner" too).
            if (!m->known && (work.site_names.contains(m->name) || [&] {
                    const auto fuller = work.fuller_name.find(m->name);
                    return fuller != work.fuller_name.end() && work.site_names.contains(fuller->second);
                }())) {
                continue;
            }
            if (names_publisher(article, *m)) continue;
            if (names_someone_of(article, *m)) continue;
            if (outlet_spoken_to(word_at(m->range.begin))) continue;
            if (common_word_phrase(*m)) continue;
            // "waiting for the European Commission to clear its purchase of Run:ai": a regulator that approves takes no side.
            if (m->entity_kind == "government") {
                const std::size_t last = word_at(m->range.end - 1);
                bool approves = false;
                for (std::size_t k = last + 1; k < words.size() && k <= last + 3 && !approves; ++k) {
                    approves = is_one_of(words[k].lower, {"clear", "clears", "cleared", "approve", "approves", "approved", "review", "reviews", "block", "blocks"}) ||
                               words[k].lower.starts_with("genehmig") || words[k].lower.starts_with("prüf");
                }
                if (approves) continue;
            }
            // "Bei Elon Musks KI-Firma xAI": a person in the genitive only says whose firm is meant.
            if (person && m->range.end + 1 < article.text.size() && article.text[m->range.end] == 's' && article.text[m->range.end + 1] == ' ') continue;
            Party p{by_surname ? Participant{surname->second, "", ""} : participant_of(*m), word_at(m->range.begin), word_at(m->range.end - 1)};
            p.person = person;
            p.compound = m->range.end + 1 < article.text.size() && article.text[m->range.end] == '-' && scan::is_upper_at(article.text, m->range.end + 1);
            // "the company run by Ali Ghodsi", "das von Jonas Andrulis gegründete Start-up": who leads or
            // founded a firm describes it; the person takes no part in its deal.
            if (person) {
                bool describes = false;
                for (std::size_t back = 1; back <= 6 && back <= p.first_word && !describes; ++back) {
                    const DealWord& x = words[p.first_word - back];
                    // A title right before the name ("Vorstandschefin Lisa Su") names who acts; further back it describes a firm.
                    const bool title = back >= 2 && (x.lower == "chief" || x.lower == "ceo" || x.lower.ends_with("gründer") || x.lower.ends_with("chef") ||
                                                     x.lower.ends_with("chefin") || x.lower == "founder" || x.lower == "co-founder");
                    describes = x.lower == "run" || x.lower.ends_with("founded") || x.lower.ends_with("gegründet") || x.lower.ends_with("gegründete") ||
                                x.lower.ends_with("gegründeten") || x.lower == "headed" || title ||
                                (x.lower == "led" && p.first_word - back >= 2 && words[p.first_word - back - 1].lower.ends_with("startup"));
                    if (x.break_before) break;
                }
                // "Thrive Capital von Joshua Kushner": a person after "von" right after a firm's name is whose firm it is.
                if (p.first_word >= 2 && words[p.first_word - 1].lower == "von" && !parties.empty() && !parties.back().person &&
                    parties.back().last_word + 2 == p.first_word) {
                    describes = true;
                }
                // "das Unternehmen von David Reger", "the company of Sam Altman": whose firm the descriptor means.
                if (p.first_word >= 2 && is_one_of(words[p.first_word - 1].lower, {"von", "of"}) && !words[p.first_word - 1].break_before &&
                    is_descriptor_noun(words, p.first_word - 2)) {
                    describes = true;
                }
                if (describes) continue;
            }
            // "in Bayern", "nach China": a place, not the government of it.
            // ("in den Vereinigten Arabischen Emiraten investieren", "into the UK": past an article too.)
            if (m->entity_kind == "government" && p.first_word > 0) {
                std::size_t b = p.first_word - 1;
                if (b > 0 && !words[p.first_word].break_before && is_one_of(words[b].lower, {"den", "die", "der", "dem", "das", "the"})) --b;
                const std::string& before = words[b].lower;
                if (before == "in" || before == "im" || before == "nach" || before == "aus" || before == "across" || before == "into") continue;
            }
            // "der an der Nasdaq notierte Betreiber", "Nasdaq-listed", "listed on the NYSE": where a firm's shares trade.
            if (m->known && (m->entity_id == "nasdaq" || m->entity_id == "nyse")) continue;
            if (!parties.empty() && parties.back().last_word >= p.first_word) continue;  // overlapping names: the first
            // "des ChatGPT-Entwicklers OpenAI": a descriptor and the name of one firm are one party.
            if (!parties.empty() && parties.back().last_word + 1 == p.first_word && !words[p.first_word].break_before && same_party(parties.back().who, p.who)) {
                parties.back().last_word = p.last_word;
                continue;
            }
            parties.push_back(std::move(p));
        }
        // "eine Million TPUs", "Trainium-Chips": compute named by its product is provided by the product's
        // maker, when the sentence does not name the maker itself.
        std::size_t products = 0;  // a sentence listing thousands of products is no compute deal; the first few are asked
        for (const Mention* m : here) {
            if (m->kind != MentionKind::entity || m->entity_kind != "product" || !m->known || common_word_phrase(*m) || ++products > 8) continue;
            const Entity* product = gazetteer.find(m->entity_id);
            if (!product) continue;
            for (const EntityRelation& r : product->relations) {
                if (r.type != "product_of") continue;
                const Participant maker{r.target, "", ""};
                if (!sells_compute(maker) || std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return same_group(q.who, maker); })) break;
                Party p{maker, word_at(m->range.begin), word_at(m->range.end - 1)};
                p.from_product = true;
                if (std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return q.first_word <= p.last_word && p.first_word <= q.last_word; })) break;
                parties.insert(std::upper_bound(parties.begin(), parties.end(), p.first_word, [](std::size_t at, const Party& q) { return at < q.first_word; }), p);
                break;
            }
        }
        // "Die Übernahme wurde von der EU-Kommission geprüft", "cleared by the CMA": who reviews a deal takes no part in it.
        std::erase_if(parties, [&](const Party& p) {
            if (p.first_word == 0) return false;
            const std::string& before = words[p.first_word - 1].lower;
            const bool by = before == "von" || before == "vom" || before == "by" || before == "der" || before == "the" || before == "durch";
            if (!by) return false;
            for (std::size_t k = p.last_word + 1; k < words.size() && k <= p.last_word + 4 && !words[k].break_before; ++k) {
                const std::string& x = words[k].lower;
                if (x.starts_with("geprüft") || x.starts_with("genehmigt") || x.starts_with("untersagt") || x == "reviewed" || x == "cleared" ||
                    x == "approved" || x == "blocked" || x == "examined" || x == "investigated" || x.starts_with("freigegeben")) {
                    return true;
                }
            }
            return false;
        });
        // "the Abu Dhabi investment group MGX", "der US-Chipkonzern Nvidia": a place before a firm's name only says where it is from.
        for (std::size_t i = 0; i + 1 < parties.size(); ++i) {
            const Entity* place = parties[i].who.entity.empty() ? nullptr : gazetteer.find(parties[i].who.entity);
            if (!place || place->kind != "government" || parties[i + 1].person) continue;
            const std::size_t next = parties[i + 1].first_word;
            bool describes = next > parties[i].last_word + 1 && next - parties[i].last_word <= 4;
            for (std::size_t k = parties[i].last_word + 1; k <= next && describes; ++k) describes = !words[k].break_before;
            // The word before the name is a noun for a firm ("group", "-Chipkonzern"), not a verb or a preposition.
            if (describes) {
                const std::string& noun = words[next - 1].lower;
                describes = false;
                for (const std::string_view end : {"group", "gruppe", "fund", "fonds", "firm", "company", "konzern", "unternehmen", "investor", "lab", "startup",
                                                   "maker", "hersteller", "entwickler", "betreiber", "anbieter", "giant", "operator", "provider"}) {
                    describes = describes || noun.ends_with(end);
                }
            }
            if (describes) parties.erase(parties.begin() + static_cast<std::ptrdiff_t>(i));
        }
        // Names of firms found elsewhere in the article, where the annotator missed them here.
        for (std::size_t w = 0; w < words.size() && !work.unknown_by_first_word.empty(); ++w) {
            const auto it = work.unknown_by_first_word.find(key_of_word(words[w].lower));
            if (it == work.unknown_by_first_word.end() || !words[w].capitalised) continue;
            if (!words[w].trigger.empty()) continue;  // "KI-Supercomputer": a thing, whatever the article names so
            if (outlet_spoken_to(w)) continue;
            if (std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word <= w && w <= p.last_word; })) continue;
            for (const auto& [name, name_words] : it->second) {
                if (w + name_words.size() > words.size()) continue;
                bool same = true;
                for (std::size_t k = 1; k < name_words.size() && same; ++k) same = key_of_word(words[w + k].lower) == name_words[k];
                if (!same) continue;
                const auto fuller = work.fuller_name.find(name);
                if (work.site_names.contains(fuller != work.fuller_name.end() ? fuller->second : name)) continue;
                Party p{Participant{"", "", fuller != work.fuller_name.end() ? fuller->second : name}, w, w + name_words.size() - 1};
                parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }), p);
                w += name_words.size() - 1;
                break;
            }
        }
        // (Not a word of a name the annotator found and the parties left out: "in den Vereinigten Arabischen Emiraten".)
        std::vector<bool> in_entity_name(words.size(), false);
        for (const Mention* m : here) {
            if (m->kind != MentionKind::entity) continue;
            for (std::size_t k = word_at(m->range.begin); k <= word_at(m->range.end - 1) && k < words.size(); ++k) in_entity_name[k] = true;
        }
        for (std::size_t w = 0; w < words.size() && !work.known_by_short_form.empty(); ++w) {
            if (!words[w].capitalised || !words[w].trigger.empty() || in_entity_name[w]) continue;
            const auto it = work.known_by_short_form.find(key_of_word(words[w].lower));
            if (it == work.known_by_short_form.end() || it->second.empty()) continue;
            if (std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word <= w && w <= p.last_word; })) continue;
            Party p{Participant{it->second, "", ""}, w, w};
            p.seller = sells_compute(p.who);
            const Entity* named = gazetteer.find(it->second);
            p.person = named && named->kind == "person";  // "Tan", "Hock Tan" named again
            parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }), p);
        }
        // The firm of the known person whose name follows the descriptor noun at `w` ("von Sam
        // Altman", "des Gründers Elon Musk"), with the word the person's name starts at.
        const auto firm_led_by_person_after = [&](std::size_t w) -> std::optional<std::pair<Participant, std::size_t>> {
            if (w + 2 >= words.size() || !(words[w + 1].lower == "von" || words[w + 1].lower == "des" || words[w + 1].lower == "of")) return std::nullopt;
            for (const Mention* m : here) {
                if (m->kind != MentionKind::entity || m->entity_kind != "person" || !m->known) continue;
                const std::size_t at = word_at(m->range.begin);
                if (at < w + 2 || at > w + 3) continue;
                const Entity* person = gazetteer.find(m->entity_id);
                if (!person) continue;
                for (const EntityRelation& r : person->relations) {
                    if (r.type == "ceo_of" || r.type == "cofounder_of" || r.type == "founded" || r.type == "chairman_of" || r.type == "controls") {
                        return std::pair{Participant{r.target, "", ""}, at};
                    }
                }
            }
            return std::nullopt;
        };
        // "das Unternehmen", "the startup": the firm the text is about.
        if (!work.topic.entity.empty() || !work.topic.name.empty()) {
            std::size_t descriptors = 0;
            for (std::size_t w = 0; w < words.size() && descriptors < 8; ++w) {
                if (!is_descriptor_noun(words, w)) continue;
                // "die Schwarz-Gruppe", "die Deutsche Bank": a name that ends like a descriptor is a name.
                if (in_entity_name[w]) continue;
                ++descriptors;
                // "CapitalG, dem Wachstumsfonds der Google-Mutter Alphabet, und …": right after a name and its
                // comma, the noun describes that name; it is not the firm the text is about.
                bool describes_name_before = false;
                for (std::size_t back = 1; back <= 3 && back <= w && !describes_name_before; ++back) {
                    const std::size_t art = w - back;
                    if (!words[art].break_before) continue;
                    describes_name_before = std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return q.last_word + 1 == art; });
                    break;
                }
                if (describes_name_before) continue;
                // "the company said on Monday", "teilte das Unternehmen mit": it speaks, it takes no part.
                const auto speaks = [](const std::string& x) {
                    return x == "said" || x == "says" || x == "sagte" || x == "teilte" || x == "erklärte" || x == "announced" || x == "told" || x == "bestätigte";
                };
                const bool speaks_after = w + 1 < words.size() && !words[w + 1].break_before && speaks(words[w + 1].lower);
                const bool speaks_before = (w >= 2 && !words[w].break_before && !words[w - 1].break_before && speaks(words[w - 2].lower)) ||
                                           (w >= 3 && !words[w].break_before && !words[w - 1].break_before && !words[w - 2].break_before && speaks(words[w - 3].lower));
                // "Am Montag teilte der Chipkonzern mit, für zwei Milliarden Dollar Aktien von X zu kaufen": the
                // speaker with no one named before it is the subject of the infinitive, so it takes part.
                const bool speaker_acts = std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return q.first_word < w; }) &&
                                          std::any_of(words.begin() + static_cast<std::ptrdiff_t>(w), words.end(), [&](const DealWord& x) {
                                              const std::size_t k = static_cast<std::size_t>(&x - words.data());
                                              return x.lower == "zu" && k + 1 < words.size() && !words[k + 1].capitalised &&
                                                     (k + 2 == words.size() || words[k + 2].break_before);
                                          });
                if ((speaks_after || speaks_before) && !speaker_acts) continue;
                // "according to the company", "laut dem Konzern", "dem Unternehmen zufolge": whose word it is, no party.
                const bool attributed = (w >= 3 && words[w - 3].lower == "according" && words[w - 2].lower == "to") ||
                                        (w >= 2 && words[w - 2].lower == "laut") ||
                                        (w + 1 < words.size() && !words[w + 1].break_before && words[w + 1].lower == "zufolge");
                if (attributed) continue;
                // "das Unternehmen von Sam Altman", "der Konzern des Gründers Elon Musk": the firm the
                // person leads or founded, by the gazetteer's relations.
                if (const auto led = firm_led_by_person_after(w); led) {
                    const auto person = std::find_if(parties.begin(), parties.end(), [&](const Party& q) { return q.first_word == led->second; });
                    const std::size_t last = person != parties.end() ? person->last_word : w;
                    if (person != parties.end()) parties.erase(person);
                    if (std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, led->first); })) {
                        Party p{led->first, w, last};
                        parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }), p);
                    }
                    continue;
                }
                // Inside a name, or an apposition before one ("der Konzern Oracle", "das Start-up Anthropic").
                // ("der Datenplattform-Anbieter Snowflake": past the compound's later parts.)
                std::size_t name_at = w + (words[w].lower == "start" ? 2 : 1);
                while (name_at < words.size() && name_at < w + 4 && words[name_at].hyphen_before &&
                       !words[name_at].break_before) {
                    ++name_at;
                }
                // "den Anbieter von KI-Assistenten Moveworks": what it provides, then the name it describes.
                const bool describes_name_after = name_at < words.size() && (words[name_at].lower == "von" || words[name_at].lower == "für") &&
                                                  std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                                                      if (p.person || p.first_word <= name_at + 1 || p.first_word > name_at + 3) return false;
                                                      for (std::size_t k = name_at; k <= p.first_word; ++k) {
                                                          if (words[k].break_before) return false;
                                                      }
                                                      return true;
                                                  });
                // "der Berliner Anbieter von Sprach-KI für den Kundenservice, Parloa, …": the name set off by commas
                // right after the descriptor's phrase is the firm it describes.
                const bool named_in_commas = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                    if (p.person || p.first_word <= w + 1 || p.first_word > w + 8 || !words[p.first_word].break_before) return false;
                    if (p.last_word + 1 < words.size() && !words[p.last_word + 1].break_before) return false;
                    for (std::size_t k = w + 1; k < p.first_word; ++k) {
                        if (words[k].break_before || !words[k].trigger.empty()) return false;
                    }
                    return true;
                });
                const bool inside = describes_name_after || named_in_commas || std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                    return (p.first_word <= w && w <= p.last_word + 1) || p.first_word == name_at;
                });
                if (inside) continue;
                // "• Substrate — more than $100m raised this week by the San Francisco start-up": a list item's head,
                // a name before a dash, is what the item's descriptors mean; it takes part where it stands.
                const bool item_head = !parties.empty() && parties.front().first_word == 0 && !parties.front().person &&
                                       parties.front().last_word + 1 < w && words[parties.front().last_word + 1].dash_before;
                if (item_head) continue;
                // "Perplexity, the AI search startup led by …": an apposition describes the name before it.
                if (marker_before(words, w) == PartyMarker::apposition && w >= 2 &&
                    std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return q.last_word + 4 >= w && q.last_word < w && !q.person; })) {
                    continue;
                }
                // "Thinking Machines Lab, the start-up she founded with …": an article right after a comma
                // that ends a name opens the description of that name, however long it runs.
                {
                    const auto article_word = [&](std::size_t k) {
                        const std::string& x = words[k].lower;
                        return x == "the" || x == "der" || x == "die" || x == "das" || x == "a" || x == "an";
                    };
                    std::optional<std::size_t> article_word_at;  // within the two words before the descriptor
                    for (std::size_t k = w; k > 0 && k + 3 > w && !article_word_at; --k) {
                        if (article_word(k - 1)) article_word_at = k - 1;
                    }
                    const bool apposed = article_word_at && *article_word_at >= 1 && words[*article_word_at].break_before &&
                                         std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return q.last_word + 1 == *article_word_at && !q.person; });
                    if (apposed) continue;
                }
                // "Perplexity has raised $500m … that values the company at $9bn": the subject of the sentence.
                // (Also "in a deal valuing the software maker at $11bn": a takeover values the firm bought, the
                // first firm after its verb.)
                const auto valuing = [&](std::size_t k) { return is_one_of(words[k].lower, {"values", "valued", "valuing"}); };
                const bool valued_here = (w >= 2 && valuing(w - 2)) || (w >= 3 && valuing(w - 3) && words[w - 2].lower == "the" && !words[w - 1].break_before);
                if (valued_here) {
                    const auto bought = std::find_if(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(w), [](const DealWord& x) { return x.trigger == "acquisition"; });
                    const std::size_t bought_at = static_cast<std::size_t>(bought - words.begin());
                    auto subject = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                        return bought_at < w && q.first_word > bought_at && q.first_word < w && !q.person && q.list_head == SIZE_MAX;
                    });
                    if (subject == parties.end()) {
                        subject = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                            return q.first_word < w && !q.person && q.list_head == SIZE_MAX && marker_before(words, q.first_word) == PartyMarker::none;
                        });
                    }
                    if (subject != parties.end()) {
                        // It stands where the descriptor does, so "a round led by X that valued the company" values
                        // the subject, not X.
                        Party again{subject->who, w, w};
                        parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }), again);
                        continue;
                    }
                }
                // "in den angeschlagenen Rivalen": a rival is another firm than the one the text is about, so it is
                // meant only as the object of a deal (and then as the other firm named before); "Der große Rivale …"
                // as a subject is left alone.
                const std::string& noun = words[w].lower;
                const bool rival = names_a_rival(noun);
                const PartyMarker rival_marker = rival ? marker_before(words, w) : PartyMarker::none;
                if (rival && rival_marker != PartyMarker::in && rival_marker != PartyMarker::an && rival_marker != PartyMarker::bei &&
                    rival_marker != PartyMarker::mit && rival_marker != PartyMarker::fuer) {
                    continue;
                }
                const bool startup = words[w].lower.ends_with("startup") || words[w].lower == "start";
                // "das Start-up" is the firm that just raised money, if one did lately; "der Konzern" the
                // subject of the last sentence; either, when it is named in this sentence too, the
                // firm the article names most ("Der Konzern … in den Rivalen Intel").
                const bool recent = work.receiving_topic_sentence != SIZE_MAX && s <= work.receiving_topic_sentence + 3;
                const PartyMarker descriptor_marker = marker_before(words, w);
                // "Der US-Konzern investiert 15 Mio. € in das Pariser Unternehmen": what money goes into
                // is the firm that lately received it, as "das Start-up" is.
                // (Also "zehn Prozent an dem Unternehmen": a stake in it.)
                const bool receiving_side = descriptor_marker == PartyMarker::in || descriptor_marker == PartyMarker::bei ||
                                            (descriptor_marker == PartyMarker::an && w >= 3 &&
                                             std::any_of(words.begin() + static_cast<std::ptrdiff_t>(w - 3), words.begin() + static_cast<std::ptrdiff_t>(w), [](const DealWord& x) {
                                                 return x.lower == "prozent" || x.lower.starts_with("anteil") || x.lower == "beteiligung" || x.lower == "stake";
                                             }));
                Participant meant = (startup || receiving_side) && recent ? work.receiving_topic : work.topic;
                // "das Start-up" two sentences after an aside about another firm's money is still the
                // start-up the article is about, once that one has raised money.
                // (Or in the same paragraph: a digest's item about another firm is not about the most named one.)
                const bool just_now = work.receiving_topic_sentence != SIZE_MAX && s <= work.receiving_topic_sentence + 1;
                const bool this_paragraph = work.receiving_topic_sentence < article.sentences.size() &&
                                            article.sentences[work.receiving_topic_sentence].block == sentence.block;
                if (startup && !just_now && !this_paragraph && work.most_named_received) meant = work.most_named;
                // "Der Vergleich mit Mistral AI drängt sich auf. Das Pariser Start-up hatte …": a subject
                // descriptor continues the sentence before, when that one named a single firm.
                const bool opens = std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return q.first_word < w; }) &&
                                   descriptor_marker == PartyMarker::none;
                // (Or the one before that, when the sentence between names no firm: "Lambda's story shows … Equity
                // is only part of it. Last April, the company secured …".)
                // (Not when that firm just joined the round: "Bestehende Geldgeber wie Sequoia zogen mit. Erst im Februar
                // hatte das Start-up …" is still the firm that raised it.)
                const bool only_firm_invested = startup && work.last_round < out.size() &&
                                                std::any_of(out[work.last_round].event.participants.begin(), out[work.last_round].event.participants.end(),
                                                            [&](const Participant& q) { return q.role != "investee" && same_party(q, work.only_firm_before); });
                // (Not an investor's fund as "the company" that is "looking to raise more than $1bn": "CapitalG … is in
                // discussions to lead the round. The company is looking to raise …" is the firm that raises.)
                const bool raising = sentence_frame.receive_verb && !words[w].lower.starts_with("fund") && !words[w].lower.starts_with("fonds") &&
                                     !words[w].lower.starts_with("investor");
                const auto a_fund = [&](const Participant& p) {
                    const Entity* e = p.entity.empty() ? nullptr : gazetteer.find(p.entity);
                    return e && e->kind == "investor";
                };
                if (opens && (!just_now || !startup) && !only_firm_invested && !(raising && a_fund(work.only_firm_before)) && !work.only_firm_aside &&
                    work.only_firm_sentence != SIZE_MAX && work.only_firm_sentence + 2 >= s && article.sentences[work.only_firm_sentence].block == sentence.block) {
                    meant = work.only_firm_before;
                }
                if (raising && a_fund(meant)) {
                    const bool received = !work.receiving_topic.entity.empty() || !work.receiving_topic.name.empty();
                    if (received && !a_fund(work.receiving_topic)) meant = work.receiving_topic;
                    else if (!a_fund(work.most_named)) meant = work.most_named;
                }
                // After a takeover, "der Konzern" is its buyer and "das Start-up" the firm bought.
                const bool big = words[w].lower.ends_with("konzern") || words[w].lower.ends_with("riese") || words[w].lower == "giant";
                if (big && same_party(meant, work.takeover_target) && (!work.takeover_buyer.entity.empty() || !work.takeover_buyer.name.empty())) {
                    meant = work.takeover_buyer;
                } else if (startup && same_party(meant, work.takeover_buyer) && (!work.takeover_target.entity.empty() || !work.takeover_target.name.empty())) {
                    meant = work.takeover_target;
                }
                // "der Konzern aus Redmond", "the Santa Clara chipmaker", "der US-Konzern": a place in the descriptor means the
                // firm based there among those named lately (this sentence's before it first), when the one meant is not.
                // (Only when the gazetteer places the one meant elsewhere: a firm it does not place may well be there. Nor for a
                // ministry or a government: "the US Commerce Department" is no firm.)
                if (!work.cities) work.cities = gazetteer_cities(gazetteer);
                const bool of_state = words[w].lower.find("minister") != std::string::npos || words[w].lower.find("regierung") != std::string::npos ||
                                      is_one_of(words[w].lower, {"department", "government", "agency", "behörde", "ministry", "state", "staat"});
                const Entity* meant_entity = meant.entity.empty() ? nullptr : gazetteer.find(meant.entity);
                const auto place = of_state || !meant_entity ? std::nullopt : descriptor_place(words, w, *work.cities);
                const bool placed_elsewhere = place && !based_in(*meant_entity, *place) &&
                                              (place->city.empty() ? !meant_entity->country.empty() : !meant_entity->city.empty());
                if (placed_elsewhere) {
                    const auto there = [&](const Participant& p) {
                        const Entity* e = p.entity.empty() ? nullptr : gazetteer.find(p.entity);
                        return e && based_in(*e, *place);
                    };
                    std::optional<Participant> found;
                    for (std::size_t k = parties.size(); k-- > 0 && !found;) {
                        if (parties[k].first_word < w && !parties[k].person && there(parties[k].who)) found = parties[k].who;
                    }
                    for (std::size_t k = 0; k < work.recent_firms.size() && !found; ++k) {
                        if (there(work.recent_firms[k])) found = work.recent_firms[k];
                    }
                    if (found) meant = *found;
                }
                // "… mit dem ChatGPT-Entwickler OpenAI: Nvidia will … in das Unternehmen investieren": an
                // object descriptor is the firm this sentence named last as an object.
                // That firm then takes part where the descriptor stands, not where it was named in passing.
                std::optional<std::size_t> named_before;
                if (descriptor_marker != PartyMarker::none && descriptor_marker != PartyMarker::apposition) {
                    for (std::size_t k = 0; k < parties.size() && parties[k].first_word < w; ++k) {
                        const PartyMarker m = marker_before(words, parties[k].first_word);
                        // ("a commitment from Google, which had invested $500m in the company": the firm a relative
                        // clause is about is its subject, not the company it speaks of.)
                        const std::size_t after = parties[k].last_word + 1;
                        const bool relative_about_it = after < w && words[after].break_before &&
                                                       is_one_of(words[after].lower, {"which", "who", "der", "die", "das", "welcher", "welche"});
                        if (m != PartyMarker::none && m != PartyMarker::apposition && !parties[k].person && !relative_about_it) named_before = k;
                    }
                }
                // "Das Geld hat sich CoreWeave geliehen: Mitte Mai sicherte sich der Anbieter …": after a colon the clause
                // goes on about the subject before it, which takes part where the descriptor stands.
                if (!named_before && descriptor_marker == PartyMarker::none) {
                    std::size_t colon = SIZE_MAX;
                    for (std::size_t k = w; k > 0 && colon == SIZE_MAX; --k) {
                        if (words[k].colon_before) colon = k;
                    }
                    const auto subject = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                        return q.first_word < colon && q.marker == PartyMarker::none && q.list_head == SIZE_MAX && !q.person && !q.compound;
                    });
                    if (colon != SIZE_MAX && colon > 0 && subject != parties.end()) named_before = static_cast<std::size_t>(subject - parties.begin());
                }
                // "Skild AI hat 300 Millionen Dollar eingesammelt, wie das Start-up am Dienstag mitteilte", "…, the company said": who
                // tells it is the sentence's subject named before.
                if (!named_before && descriptor_marker == PartyMarker::none) {
                    // ("wie der Bonner Konzern am Donnerstag mitteilte": an adjective or two may stand between.)
                    bool opens_telling = false;
                    for (std::size_t k = w - 1; k + 4 > w && k >= 1 && !opens_telling; --k) {
                        opens_telling = words[k].lower == "wie" && words[k].break_before && k + 1 < w;
                        if (words[k].break_before) break;
                    }
                    bool tells = opens_telling;
                    for (std::size_t k = w + 1; k < words.size() && k <= w + 5 && !tells; ++k) {
                        tells = is_one_of(words[k].lower, {"mitteilte", "mitteilten", "bekanntgab", "sagte", "erklärte", "said", "says", "announced", "told"}) &&
                                (opens_telling || (w >= 2 && words[w - 1].break_before) || (w >= 2 && words[w - 2].break_before));
                    }
                    // (By the words before each name: "Die Runde wurde von Index Ventures angeführt, wie das Unternehmen mitteilte" has no
                    // subject named.)
                    const auto subject = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                        return q.first_word < w && marker_before(words, q.first_word) == PartyMarker::none && q.list_head == SIZE_MAX && !q.person && !q.compound;
                    });
                    if (tells && subject != parties.end()) named_before = static_cast<std::size_t>(subject - parties.begin());
                }
                // "Anthropic has received $2bn from Google, which had invested $500m in the company": named before a
                // relative clause the descriptor stands in, the firm is that clause's object again; each clause keeps it.
                // (The last relative pronoun before the descriptor, found once: a firm named thousands of times stays linear.)
                std::size_t last_relative = SIZE_MAX;
                for (std::size_t k = w; k-- > 1 && last_relative == SIZE_MAX;) {
                    if (words[k].break_before && is_one_of(words[k].lower, {"which", "who", "welcher", "welche", "welches"})) last_relative = k;
                }
                // The main clause's firm, other than the relative clause's own subject, is what such a descriptor means.
                if (descriptor_marker != PartyMarker::none && !named_before) {
                    std::size_t relative = SIZE_MAX;
                    for (std::size_t k = w; k-- > 1 && relative == SIZE_MAX;) {
                        if (words[k].break_before && is_one_of(words[k].lower, {"which", "who"})) relative = k;
                    }
                    const auto main_firm = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                        // (Not "the OpenAI chief executive, who put $3m into the company": a firm that only says where a person works.)
                        return relative != SIZE_MAX && q.last_word + 1 < relative && !q.person && q.marker != PartyMarker::apposition &&
                               !office_after_name(words, q.first_word);
                    });
                    if (main_firm != parties.end()) meant = main_firm->who;
                }
                const bool only_in_clause_before = std::all_of(parties.begin(), parties.end(), [&](const Party& q) {
                    return !same_party(q.who, meant) || (last_relative != SIZE_MAX && q.last_word < last_relative);
                });
                if (named_before) {
                    meant = parties[*named_before].who;
                    // Also "ChatGPT-Entwickler OpenAI"; not where it is named again after the descriptor (", während OpenAI … aufbaut").
                    std::erase_if(parties, [&](const Party& q) { return same_party(q.who, meant) && q.first_word < w; });
                } else if (!only_in_clause_before && std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, meant); })) {
                    // "The round doubles OpenAI's valuation, when the company raised …": named as an owner
                    // only (also in a compound, "auf der Databricks-Plattform"), it is still the firm meant, and
                    // takes part where the descriptor stands.
                    const bool only_as_owner = std::all_of(parties.begin(), parties.end(), [&](const Party& q) {
                        const std::string& last = words[q.last_word].lower;
                        return !same_party(q.who, meant) || scan::possessive_length(last) > 0 || q.compound;
                    });
                    // "Google has also backed Anthropic, having agreed to invest $2bn in the company": named after
                    // another firm, as an object, it is the firm meant again.
                    const auto first_firm = std::find_if(parties.begin(), parties.end(), [](const Party& q) { return !q.person; });
                    const bool into_it = descriptor_marker == PartyMarker::in || descriptor_marker == PartyMarker::an || descriptor_marker == PartyMarker::bei;
                    const bool named_as_object = into_it && first_firm != parties.end() && first_firm->first_word < w && !same_party(first_firm->who, meant) &&
                                                 marker_before(words, first_firm->first_word) == PartyMarker::none &&
                                                 std::any_of(first_firm + 1, parties.end(), [&](const Party& q) { return q.first_word < w && same_party(q.who, meant); });
                    // "Im März 2022 sammelte das Start-up … ein, angeführt von …; insgesamt kam Run:ai auf …": named again
                    // well after the descriptor, past a break, in a statement of its own.
                    // (The first break after the descriptor found once: a sentence may name the firm thousands of times.)
                    std::size_t next_break = w + 1;
                    while (next_break < words.size() && !words[next_break].break_before) ++next_break;
                    const bool named_again_later = std::all_of(parties.begin(), parties.end(), [&](const Party& q) {
                        return !same_party(q.who, meant) || (q.first_word > w + 8 && q.first_word >= next_break);
                    });
                    if (only_as_owner || named_as_object) {
                        std::erase_if(parties, [&](const Party& q) { return same_party(q.who, meant); });
                    } else if (named_again_later) {
                        // (Named again in a clause of its own, it stays a party there: ", während OpenAI … aufbaut".)
                    } else {
                        // A firm does not deal with itself: the other firm the sentence before named, else the one the article names most.
                        meant = work.most_named;
                        const bool just_before = work.firms_before_sentence != SIZE_MAX && work.firms_before_sentence + 1 >= s &&
                                                 article.sentences[work.firms_before_sentence].block == sentence.block;
                        using M = PartyMarker;
                        const bool deal_object = descriptor_marker == M::in || descriptor_marker == M::an || descriptor_marker == M::bei ||
                                                 descriptor_marker == M::mit || descriptor_marker == M::fuer;
                        for (std::size_t k = 0; k < work.firms_before.size() && just_before && deal_object; ++k) {
                            const Participant& firm = work.firms_before[k];
                            if (std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, firm); })) {
                                meant = firm;
                                break;
                            }
                        }
                    }
                }
                // "Insidern zufolge sammelt xAI … ein. Der Chipkonzern soll zwei Milliarden beisteuern": a descriptor that
                // says what a firm sells is a firm that sells it: of the firms the sentences just before named, else of
                // the article's most named, the first that does.
                if (const std::optional<std::string_view> sold = offering_named_by(words[w].lower); sold) {
                    const auto sells = [&](const Participant& who) {
                        const Entity* e = who.entity.empty() ? nullptr : gazetteer.find(who.entity);
                        return e && e->offers(*sold);
                    };
                    const bool lately = work.firms_before_sentence != SIZE_MAX && work.firms_before_sentence + 2 >= s;
                    // (One named here that sells it, "Nvidia-Systeme", is the firm the noun means.)
                    const bool named_here = std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return sells(q.who); });
                    for (const auto* firms : {lately ? &work.firms_before : nullptr, &work.most_named_firms}) {
                        if (named_here) break;
                        for (std::size_t k = 0; firms && k < firms->size() && !sells(meant); ++k) {
                            const Participant& firm = (*firms)[k];
                            if (sells(firm) && std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, firm); })) meant = firm;
                        }
                    }
                }
                // "Google took a stake … in the company": a firm does not deal with its own group; the
                // company meant is then the one the article names most.
                if (std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return same_group(q.who, meant) && !same_party(q.who, meant); })) {
                    for (const Participant& firm : work.most_named_firms) {
                        if (std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_group(q.who, firm); })) {
                            meant = firm;
                            break;
                        }
                    }
                }
                // "the $500 million at which the Palo Alto company was valued": a word for a firm that makes something is no
                // venture fund, though a fund was the last sentence's subject ("Andreessen Horowitz … also took part"); it is the
                // firm that received money lately, else the one the article names most.
                {
                    const std::string& noun_word = words[w].lower;
                    // (Not "das Unternehmen", which German says of a holding such as SoftBank as well.)
                    const bool maker_noun = startup || noun_word == "company" || noun_word.ends_with("maker") || noun_word.ends_with("developer");
                    // (Not a noun before the name it describes: "des US-Prozessorentwicklers Ampere Computing".)
                    const bool name_follows = w + 1 < words.size() && words[w + 1].capitalised && !words[w + 1].break_before;
                    if (maker_noun && !name_follows && a_fund(meant)) {
                        const bool received = !work.receiving_topic.entity.empty() || !work.receiving_topic.name.empty();
                        if (received && !a_fund(work.receiving_topic)) {
                            meant = work.receiving_topic;
                        } else {
                            for (const Participant& firm : work.most_named_firms) {
                                if (!a_fund(firm)) {
                                    meant = firm;
                                    break;
                                }
                            }
                        }
                    }
                }
                // (Named again for a relative clause of its own, the firm stands in both.)
                // (Named again only past a break after it, in a clause of its own, the object it stands for is in both: "in das
                // Unternehmen investieren, während OpenAI … aufbaut". A subject so named is the one firm: "Das Londoner Unternehmen
                // hat … gezogen: Microsoft mietet … bei Nscale".)
                const std::size_t break_after = descriptor_marker == PartyMarker::none ? words.size() : stretch_end[w];
                if (!only_in_clause_before && std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, meant) && q.first_word < break_after; })) {
                    continue;
                }
                Party p{meant, w, w};
                parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }), p);
            }
        }
        // "G42, the Abu Dhabi group chaired by …", "a Tokyo fund": a name before the noun it describes, after
        // an article, says what kind the noun is; it takes no part.
        std::erase_if(parties, [&](const Party& p) {
            if (p.first_word == 0 || p.last_word + 1 >= words.size() || words[p.last_word + 1].break_before || words[p.last_word + 1].capitalised) return false;
            if (!is_one_of(words[p.first_word - 1].lower, {"the", "a", "an"})) return false;
            return is_one_of(words[p.last_word + 1].lower, {"group", "company", "firm", "conglomerate", "giant", "startup", "start-up", "lab", "fund", "investor", "government",
                            "state", "sovereign", "wealth", "carmaker", "chipmaker", "lender", "bank", "operator", "developer"});
        });
        // "former GitHub chief executive Nat Friedman": the firm only says who the person was.
        // (Not the sentence's first firm: "Meta chief executive Mark Zuckerberg has spent …" is still about Meta.)
        const std::size_t first_firm_word = [&] {
            const auto f = std::find_if(parties.begin(), parties.end(), [](const Party& p) { return !p.person; });
            return f == parties.end() ? SIZE_MAX : f->first_word;
        }();
        // Where a person's name starts, found once: a sentence of thousands of names and titles stays linear.
        std::vector<bool> person_starts(words.size() + 1, false);
        for (const Mention* m : here) {
            if (m->kind == MentionKind::entity && m->entity_kind == "person") person_starts[std::min(word_at(m->range.begin), words.size())] = true;
        }
        std::erase_if(parties, [&](const Party& firm) {
            if (firm.person || firm.first_word == first_firm_word) return false;
            std::size_t w = firm.last_word + 1;
            while (w < words.size() && w <= firm.last_word + 3 && !words[w].break_before &&
                   is_one_of(words[w].lower, {"chief", "executive", "ceo", "founder", "co-founder", "cofounder", "president", "chairman", "chair", "boss", "head",
                            "cto", "cfo", "coo"})) {
                ++w;
            }
            return w != firm.last_word + 1 && w < words.size() && !words[w].break_before && person_starts[w];
        });
        // "Alphabet's Google", "der Amazon-Tochter AWS": a parent named to say whose the firm is takes no part.
        for (std::size_t k = 0; k + 1 < parties.size(); ++k) {
            const Entity* child = parties[k + 1].who.entity.empty() ? nullptr : gazetteer.find(parties[k + 1].who.entity);
            if (!child || parties[k].who.entity.empty() || parties[k + 1].first_word <= parties[k].last_word ||
                parties[k + 1].first_word > parties[k].last_word + 4) {
                continue;
            }
            const bool owns = std::any_of(child->relations.begin(), child->relations.end(), [&](const EntityRelation& r) {
                return (r.type == "subsidiary_of" || r.type == "part_of") && r.target == parties[k].who.entity;
            });
            // Nothing between, or "Tochter", "unit", "venture arm" and the like: lower-case words that end in a word
            // for a part of a firm.
            const auto part_word = [](const std::string& x) {
                return x.ends_with("tochter") || x == "subsidiary" || x == "unit" || x == "arm" || x.ends_with("sparte") || x == "division";
            };
            const std::size_t gap_from = parties[k].last_word + 1, gap_to = parties[k + 1].first_word;
            bool owner_words = gap_from == gap_to || part_word(words[gap_to - 1].lower);
            for (std::size_t w = gap_from; w < gap_to; ++w) owner_words = owner_words && !words[w].break_before && !words[w].capitalised;
            if (gap_to - gap_from == 1 && part_word(words[gap_from].lower)) owner_words = !words[gap_from].break_before;  // "der Amazon-Tochter AWS"
            // "Amazons Cloud-Sparte Amazon Web Services": a German compound of nouns that ends in the part.
            if (gap_to - gap_from >= 1 && gap_to - gap_from <= 3 && part_word(words[gap_to - 1].lower)) {
                bool compound = true;
                for (std::size_t w = gap_from; w < gap_to; ++w) compound = compound && !words[w].break_before && (w == gap_from || words[w].hyphen_before);
                owner_words = owner_words || compound;
            }
            if (owns && owner_words && !words[parties[k + 1].first_word].break_before) {
                parties.erase(parties.begin() + static_cast<std::ptrdiff_t>(k));
                --k;
            }
        }
        // "Cloud-Leistungen bei der Amazon-Tochter beziehen" after "Amazon Web Services" was named: "X-Tochter"
        // alone is the unit of X the article last named, when it named one.
        for (Party& p : parties) {
            const std::size_t next = p.last_word + 1;
            if (p.who.entity.empty() || next >= words.size() || !words[next].hyphen_before || !words[next].lower.ends_with("tochter")) continue;
            const std::size_t seen = static_cast<std::size_t>(mentions_of(s).data() - ordered.data());  // (not `here`: after a dateline or a lead-in it is a copy)
            for (std::size_t k = seen; k > 0 && seen - k < 400; --k) {
                const Mention& m = *ordered[k - 1];
                if (m.kind != MentionKind::entity || !m.known) continue;
                const Entity* unit = gazetteer.find(m.entity_id);
                const bool of_it = unit && std::any_of(unit->relations.begin(), unit->relations.end(), [&](const EntityRelation& r) {
                    return (r.type == "subsidiary_of" || r.type == "part_of") && r.target == p.who.entity;
                });
                if (of_it) {
                    p.who = Participant{m.entity_id, "", ""};
                    break;
                }
            }
        }
        // "Vor drei Jahren haben wir … rund 40 Prozent an AutoStore gekauft", "The round valued us at $3 billion": in an
        // interview the first person plural, and the guest addressed, is the firm the interview is with.
        if (work.interview && (!work.interview_firm.entity.empty() || !work.interview_firm.name.empty()) &&
            std::none_of(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, work.interview_firm); })) {
            for (std::size_t w = 0; w < words.size(); ++w) {
                if (!speaks_for_the_firm(words[w].lower, words[w].capitalised, w == 0, german)) continue;
                parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }),
                               Party{work.interview_firm, w, w});
                break;
            }
        }
        // "It paid $665 million for Silo AI", "In April 2024 it agreed to acquire Run:ai": the subject
        // pronoun before the deal's verb, with no firm named before it, is the firm the text is about.
        // "it raised $1bn": the firm that lately received money, as "the startup".
        {
            // (The words up to the first break only: "In March it signed a contract with OpenAI, and the ChatGPT maker also
            // received $350m of CoreWeave stock" — the receiving is the other statement's.)
            std::size_t first_break = 0;  // the end of the pronoun's clause ("In April 2020, before the listing, it had raised …")
            while (first_break < words.size() && first_break < 12 && !is_one_of(words[first_break].lower, {"it", "er", "es", "sie"})) ++first_break;
            if (first_break >= std::min<std::size_t>(words.size(), 12)) first_break = 0;
            for (++first_break; first_break < words.size() && !words[first_break].break_before;) ++first_break;
            const std::vector<DealWord> opening(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first_break));
            // (Not a loan: "In May 2024 it secured a $7.5bn facility" is the borrower the text is about.)
            const bool borrows = std::any_of(opening.begin(), opening.end(), [](const DealWord& x) { return x.trigger == "loan"; });
            const bool raises = !borrows && (frame_of(opening).receive_verb ||
                                             std::any_of(opening.begin(), opening.end(), [](const DealWord& x) { return x.trigger == "funding_round"; }));
            const Participant* it = raises && (!work.receiving_topic.entity.empty() || !work.receiving_topic.name.empty()) ? &work.receiving_topic : &work.topic;
            // "Crusoe took a different route. The Denver company … In December it raised": the one firm the
            // sentence before spoke of, unless a firm raised money just now.
            const bool raised_just_now = work.receiving_topic_sentence != SIZE_MAX && s <= work.receiving_topic_sentence + 1;
            if (!raised_just_now && work.only_firm_sentence != SIZE_MAX && s <= work.only_firm_sentence + 2 &&
                article.sentences[work.only_firm_sentence].block == sentence.block) {
                it = &work.only_firm_before;
            }
            // "Snowflake agreed to buy Neeva. Neeva is not Snowflake's first purchase. In 2022 it paid $800m for Streamlit": a firm
            // just bought is not what goes on buying; the buyer is.
            const bool buys = std::any_of(opening.begin(), opening.end(), [](const DealWord& x) { return x.trigger == "acquisition"; });
            if (buys && same_party(*it, work.takeover_target) && (!work.takeover_buyer.entity.empty() || !work.takeover_buyer.name.empty())) {
                it = &work.takeover_buyer;
            }
            // "Its largest deal remains the purchase of Beats Electronics": the firm the text is about owns the deal.
            // "Its previous fundraise, an $83m Series D, was led by …": a round, the firm that lately raised or the one
            // firm the sentence before spoke of.
            const Participant& its = raises ? *it : work.topic;
            if (!german && !words.empty() && words[0].lower == "its" && (!its.entity.empty() || !its.name.empty()) &&
                std::none_of(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, its); })) {
                const bool deal_noun = std::any_of(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(words.size(), 8)),
                                                   [](const DealWord& x) { return x.trigger == "acquisition" || x.trigger == "investment" || x.trigger == "funding_round"; });
                if (deal_noun) {
                    Party owner{its, 0, 0};
                    owner.owner_pronoun = true;
                    parties.insert(parties.begin(), std::move(owner));
                }
            }
            for (std::size_t w = 0; w + 1 < words.size() && w < 12 && (!it->entity.empty() || !it->name.empty()); ++w) {
                // German puts the verb before its pronoun: "Im September beteiligte er sich", "Dafür zahlte er".
                const bool er = words[w].lower == "er" && (w == 0 || !words[w - 1].capitalised) && !words[w].break_before;
                // "Parallel sicherte es sich Kredite": "es" is "das Unternehmen"; not "es gibt", "wie es heißt".
                const bool es = german && words[w].lower == "es" && (w == 0 || !words[w - 1].capitalised) && !words[w].break_before &&
                                !is_one_of(words[w + 1].lower, {"ist", "gibt", "geht", "heißt", "war", "gab", "sei", "handelt", "hieß", "scheint", "bleibt",
                                                                "fehlt", "wird", "wäre", "dürfte", "könnte", "soll", "sollen"}) &&
                                !(w > 0 && is_one_of(words[w - 1].lower, {"wie", "ob", "dass", "wenn", "weil", "als"}));
                // "Sie wurde 2022 für elf Milliarden Dollar gekauft", "2016 hatten sie … gekauft": "sie" is "die Firma" or the
                // firm's people ("die Taiwaner"); not "wie sie sagte".
                const bool sie = german && words[w].lower == "sie" && (w == 0 || !words[w - 1].capitalised) && !words[w].break_before &&
                                 !(w > 0 && is_one_of(words[w - 1].lower, {"wie", "ob", "dass", "wenn", "weil", "als", "die", "denen"}));
                if (!words[w].trigger.empty() && !(w + 1 < words.size() && (words[w + 1].lower == "er" || words[w + 1].lower == "es" || words[w + 1].lower == "sie"))) break;
                if (!er && !es && !sie && (words[w].lower != "it" || words[w + 1].capitalised)) continue;
                if (er) it = &work.topic;  // "er" is "der Konzern" the text speaks of, not the start-up that raised
                const bool named_before = std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word < w; });
                // (Named again only past a break, in a statement of its own — "it signed …, and the ChatGPT maker received $350m
                // of CoreWeave stock" — the pronoun still stands for it here.)
                // ("Am Mittwoch bekam er die Bestätigung: OpenAI wird bei dem Unternehmen …" — German "er" may be a person.)
                const std::size_t clause_end = words[w].lower == "it" ? stretch_end[w] : words.size();
                const auto again = std::find_if(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, *it) && p.first_word < clause_end; });
                if (!named_before && again == parties.end()) {
                    parties.insert(parties.begin(), Party{*it, w, w});
                } else if (!named_before && again->first_word > w && is_descriptor_noun(words, again->first_word)) {
                    // "In May it acquired Ottogrid … and brought its team into the company": the pronoun is
                    // the firm; "the company" after it names the same one again, and takes no part as itself.
                    Party subject{again->who, w, w};
                    parties.erase(again);
                    parties.insert(parties.begin(), std::move(subject));
                }
                break;
            }
            // "…, im Februar dieses Jahres schloss er die Übernahme von HashiCorp ab": a clause led by its own date after
            // a comma has its own subject pronoun, the firm the text is about.
            for (std::size_t k = 1; k + 2 < words.size() && (!work.topic.entity.empty() || !work.topic.name.empty()); ++k) {
                if (!words[k].break_before || words[k].dash_before || !is_one_of(words[k].lower, {"im", "am", "anfang", "mitte", "ende"})) continue;
                for (std::size_t w = k + 2; w < words.size() && w <= k + 6 && !words[w].break_before; ++w) {
                    if ((words[w].lower != "er" && words[w].lower != "it") || words[w - 1].capitalised) continue;
                    const bool named_in_clause = std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word >= k && p.first_word < w; });
                    // The subject of the clause before it ("2019 hatte der Konzern …, im Februar schloss er …"), else the topic.
                    const auto subject = std::find_if(parties.begin(), parties.end(), [&](const Party& p) {
                        return p.first_word < k && !p.person && marker_before(words, p.first_word) == PartyMarker::none;
                    });
                    if (!named_in_clause) {
                        const Participant who = subject != parties.end() ? subject->who : work.topic;
                        parties.insert(std::upper_bound(parties.begin(), parties.end(), w, [](std::size_t at, const Party& q) { return at < q.first_word; }),
                                       Party{who, w, w});
                    }
                    break;
                }
            }
        }
        // "… an den Cloud-Anbieter Fluidstack. Dieser stellt dort Rechenkapazität für Anthropic bereit", "The latter
        // rents …": the demonstrative opening a sentence is the last firm the sentence before named, not its subject.
        {
            const bool latter = words.size() > 2 && ((is_one_of(words[0].lower, {"dieser", "letzterer", "letztere"}) && !words[1].capitalised) ||
                                                     (words[0].lower == "the" && words[1].lower == "latter" && !words[2].capitalised));
            const std::size_t last = words[0].lower == "the" ? 1 : 0;
            if (latter && !work.firms_before.empty() && work.firms_before_sentence + 1 == s &&
                std::none_of(parties.begin(), parties.end(), [&](const Party& p) { return p.first_word <= last + 1; })) {
                parties.insert(parties.begin(), Party{work.firms_before.back(), 0, last});
            }
        }
        // "die beiden Unternehmen", "beide Seiten", "the two companies": the two firms of the last deal.
        // Also when the sentence names them again after it ("The two companies also signed a
        // partnership under which ASML will use Mistral's models").
        const auto names_pair_later = [&](std::size_t w) {
            return !parties.empty() && parties.front().first_word > w + 1 && std::all_of(work.last_pair.begin(), work.last_pair.end(), [&](const Participant& q) {
                return std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, q); });
            });
        };
        if (work.last_pair.size() == 2 && parties.size() <= 4) {
            for (std::size_t w = 0; w + 1 < words.size(); ++w) {
                const std::string& a = words[w].lower;
                const std::string& b = words[w + 1].lower;
                // Also "die beiden Chiphersteller", "the two chipmakers": a plural noun for firms.
                const auto firms_noun = [](const std::string& x, bool german_noun) {
                    static constexpr std::string_view kGerman[] = {"unternehmen", "seiten", "konzerne", "firmen", "partner", "hersteller", "anbieter",
                                                                   "entwickler", "gruppen", "riesen", "rivalen", "betreiber", "häuser", "ausrüster", "start-ups"};
                    static constexpr std::string_view kEnglish[] = {"companies", "sides", "firms", "groups", "makers", "chipmakers", "partners", "rivals",
                                                                    "labs", "giants", "startups", "start-ups", "developers", "providers"};
                    for (std::string_view end : german_noun ? std::span<const std::string_view>(kGerman) : std::span<const std::string_view>(kEnglish)) {
                        if (x.ends_with(end)) return true;
                    }
                    return false;
                };
                // ("Im Februar vereinbarten beide eine Partnerschaft": "beide" alone, before a word in lower case, is the two.)
                const bool pair = ((a == "beiden" || a == "beide") && words[w + 1].capitalised && firms_noun(b, true)) ||
                                  (a == "beide" && w > 0 && !words[w + 1].capitalised && !words[w + 1].break_before && !words[w].break_before &&
                                   !is_one_of(b, {"von", "vom", "mit", "in", "im", "an", "am", "auf", "für", "bei", "aus", "zu", "zum", "zur", "nach", "über",
                                                  "unter", "gegen", "ohne", "wie", "als"})) ||  // ("weil beide von Nvidia leben")
                                  ((a == "two" || a == "both") && firms_noun(b, false));
                if (!pair) continue;
                if (parties.size() >= 2) {
                    // Only the pair itself named again; with a third firm the pair acts with it, which this does not read.
                    const bool only_pair = names_pair_later(w) && std::all_of(parties.begin(), parties.end(), [&](const Party& p) {
                        return same_party(p.who, work.last_pair[0]) || same_party(p.who, work.last_pair[1]);
                    });
                    if (!only_pair) break;
                    // "Stattdessen schlossen die beiden Unternehmen Mietverträge: Core Scientific stellt CoreWeave …
                    // zur Verfügung": a clause of their own after a colon says who does what.
                    const bool own_clause = w + 2 <= parties.front().first_word + 1 &&
                                            std::any_of(words.begin() + static_cast<std::ptrdiff_t>(w + 2), words.begin() + static_cast<std::ptrdiff_t>(parties.front().first_word) + 1,
                                                        [](const DealWord& x) { return x.colon_before; });
                    if (own_clause) break;
                }
                parties.clear();
                Party first{work.last_pair[0], w, w + 1};
                Party second{work.last_pair[1], w + 1, w + 1};
                second.list_head = 0;
                parties.push_back(std::move(first));
                parties.push_back(std::move(second));
                break;
            }
        }
        for (std::size_t i = 0; i < parties.size(); ++i) {
            Party& p = parties[i];
            if (p.list_head != SIZE_MAX) continue;  // set above: the second of a pair
            if (p.from_product || p.owner_pronoun) {
                p.marker = PartyMarker::possessive;  // as "AMD's GPUs", "its purchase"
                continue;
            }
            p.marker = marker_before(words, p.first_word);
            // German puts the finite verb before an inverted subject: in "Im Zuge dessen erhielt OpenAI"
            // the "Im" governs "Zuge", not OpenAI. A lower-case word right before the name that is no
            // article, adjective or preposition is such a verb.
            if (german && p.first_word > 0 && p.marker != PartyMarker::none && p.marker != PartyMarker::apposition) {
                const DealWord& before = words[p.first_word - 1];
                const std::string& x = before.lower;
                const bool verb_like = !before.capitalised && !before.break_before && x.size() >= 3 && x.ends_with('t') &&
                                       !(x == "mit" || x == "seit" || x == "samt" || x == "nebst" || x == "laut" || x == "zuletzt" || x == "jetzt" ||
                                         x == "erst" || x == "meist" || x == "selbst" || x == "bereits" || x == "erneut" || x == "insgesamt");
                if (verb_like) p.marker = PartyMarker::none;
            }
            // "die von Accel angeführt wurde"
            // "wurde gemeinsam von A und dem Fonds B angeführt": the participle closes the clause.
            // ("wurde von Dragoneer, Greenoaks Capital und Tiger Global gemeinsam angeführt": past the list's commas, each
            // before a name.)
            if (p.marker == PartyMarker::von || p.marker == PartyMarker::durch) {
                for (std::size_t k = p.last_word + 1; k < words.size() && k <= p.last_word + 14 && (!words[k].break_before || words[k].capitalised); ++k) {
                    const std::string& after = words[k].lower;
                    if (after == "angeführt" || after == "angeführte" || after == "geführt" || after == "geleitet" || after == "angeführten") {
                        p.marker = PartyMarker::lead;
                        break;
                    }
                }
            }
            // "Gemeinsam mit D1 Capital Partners führte Tiger Global die Runde an", "together with X, Y led the round": who
            // leads together with the lead leads too.
            if (p.marker == PartyMarker::mit && sentence_frame.leads && p.first_word >= 2 &&
                (is_one_of(words[p.first_word - 2].lower, {"gemeinsam", "zusammen", "together"}) ||
                 (p.first_word >= 3 && is_one_of(words[p.first_word - 3].lower, {"gemeinsam", "zusammen", "together"})))) {
                p.marker = PartyMarker::lead;
            }
            // "CoreWeave stock", "CoreWeave-Aktien": the firm whose shares change hands is the investee.
            if (p.last_word + 1 < words.size()) {
                const std::string& after = words[p.last_word + 1].lower;
                if (after == "stock" || after == "shares" || after == "aktien" || after == "anteile") p.marker = PartyMarker::of;
            }
            const std::string& last = words[p.last_word].lower;
            const bool owns = scan::possessive_length(last) > 0;
            if ((p.marker == PartyMarker::none || p.marker == PartyMarker::of) && owns) p.marker = PartyMarker::possessive;  // "50,000 of AMD's GPUs"
            // "as investors look for challengers to Nvidia's grip on the market": what a firm owns that is no deal,
            // no compute and no unit of it makes it no party.
            // ("Sonnet's rival Parlance was acquired", "Google's parent Alphabet": the firm only says which one is meant.)
            const bool relation_named = !german && owns && p.last_word + 2 < words.size() && words[p.last_word + 2].capitalised &&
                                        !words[p.last_word + 2].break_before &&
                                        is_one_of(words[p.last_word + 1].lower, {"rival", "rivals", "competitor", "competitors", "peer", "peers", "partner",
                                                                                 "parent", "counterpart", "neighbour", "neighbor", "compatriot", "sister"});
            // "angeführt vom US Innovative Technology Fund des Unternehmers Thomas Tull": a person in the genitive right after
            // another party owns that party; the fund takes part, not its owner.
            const bool owner_of_party_before =
                german && p.person && p.first_word >= 3 && !words[p.first_word - 1].break_before && words[p.first_word - 1].capitalised &&
                is_one_of(words[p.first_word - 2].lower, {"des", "der"}) && !words[p.first_word - 2].break_before &&
                std::any_of(parties.begin(), parties.begin() + static_cast<std::ptrdiff_t>(i), [&](const Party& q) { return q.last_word + 3 == p.first_word && !q.person; });
            // "GV, Alphabet's venture arm, led the round": the owner in an apposition to the firm named before only says whose
            // arm that firm is (it had been made the round's firm).
            const bool owner_in_apposition =
                !german && owns && i >= 1 && words[p.first_word].break_before && parties[i - 1].last_word + 1 == p.first_word && !parties[i - 1].person &&
                p.last_word + 1 < words.size() &&
                is_one_of(words[p.last_word + 1].lower, {"venture", "ventures", "investment", "investing", "corporate", "growth", "arm", "unit", "fund",
                                                         "subsidiary", "division", "sovereign", "private"});
            // "raises $120M to take on Nvidia", "a chip to rival Nvidia's", "tritt gegen Microsofts Copilot an": whom a firm
            // competes with takes no part in its deal.
            const bool competed_with = [&] {
                if (p.first_word == 0 || words[p.first_word].break_before) return false;
                const std::string& one = words[p.first_word - 1].lower;
                const std::string& two = p.first_word >= 2 ? words[p.first_word - 2].lower : one;
                // ("rival Cognizant agreed", "the rival X" name a firm; "to rival X" competes.)
                if (is_one_of(one, {"rival", "challenge"})) return is_one_of(two, {"to", "could", "would", "can", "might", "may", "will"});
                if (is_one_of(one, {"challenges", "challenging", "unseat", "dethrone", "against", "versus", "vs", "vs."})) return true;
                if (one == "on" && is_one_of(two, {"take", "takes", "taking", "took"})) return true;
                if (one == "with" && (two.starts_with("compet") || is_one_of(two, {"battle", "battles", "battling", "fight", "fights"}))) return true;
                if (one == "gegen" && german) {
                    for (std::size_t k = p.last_word + 1; k < words.size() && k <= p.last_word + 6 && !words[k].break_before; ++k) {
                        if (words[k].lower == "an" || words[k].lower.starts_with("antret") || words[k].lower.starts_with("konkurr")) return true;
                    }
                }
                return false;
            }();
            // "Foresite Labs, einem Ableger der Investmentfirma Foresite Capital", "GV, the venture arm of Alphabet": the
            // owner named in an apposition only says whose the party before it is.
            const bool owner_of_apposition = [&] {
                if (i == 0 || parties[i - 1].person) return false;
                for (std::size_t k = p.first_word; k-- > 0 && k + 5 >= p.first_word;) {
                    if (k + 1 >= words.size() || !is_one_of(words[k + 1].lower, {"des", "der", "of", "von"})) continue;
                    const std::string& noun = words[k].lower;
                    const bool relation = is_one_of(noun, {"ableger", "tochter", "tochterfirma", "tochtergesellschaft", "arm", "einheit", "sparte", "offshoot",
                                                           "unit", "subsidiary", "division", "spin-off", "spinoff", "ausgründung", "beteiligungsgesellschaft"}) ||
                                          noun.ends_with("-arm") || (noun == "arm" && words[k].hyphen_before) || noun.ends_with("fonds") ||
                                          noun.ends_with("tochter") || noun.ends_with("einheit") || noun.ends_with("sparte") || noun.ends_with("gesellschaft");
                    if (!relation) continue;
                    // The phrase opens right after a comma that follows the party before.
                    for (std::size_t j = k + 1; j-- > 0 && j + 3 >= k;) {
                        if (words[j].break_before) return parties[i - 1].last_word + 1 == j;
                    }
                }
                return false;
            }();
            if (relation_named || owner_of_party_before || owner_in_apposition || competed_with || owner_of_apposition) {
                p.marker = PartyMarker::apposition;
                p.in_passing = true;
            } else if (!german && owns && p.last_word + 1 < words.size() && !words[p.last_word + 1].capitalised) {
                bool dealing = false;
                for (std::size_t k = p.last_word + 1; k < words.size() && k <= p.last_word + 4 && !dealing; ++k) {
                    const std::string& x = words[k].lower;
                    dealing = !words[k].trigger.empty() || (!x.empty() && x[0] >= '0' && x[0] <= '9') ||
                              is_one_of(x, {"arm", "unit", "fund", "division", "subsidiary", "business", "operations", "stake", "shares", "stock", "own", "first", "biggest",
                                            "largest", "latest", "new", "previous", "last", "next", "planned", "proposed", "deal", "purchase", "offer"});
                    if (k > p.last_word + 1 && words[k].break_before) break;
                }
                if (!dealing) {
                    p.marker = PartyMarker::apposition;
                    p.in_passing = true;
                }
            }
            // "auf Basis von Nvidia-Systemen", "Google-TPUs": the maker of the compute named, as "AMD's GPUs".
            if (p.last_word + 1 < words.size() && words[p.last_word + 1].trigger == "compute_deal" && !words[p.last_word + 1].break_before &&
                word_ranges[p.last_word].end < article.text.size() && article.text[word_ranges[p.last_word].end] == '-') {
                p.marker = PartyMarker::possessive;
            }
            // "SoftBank to lead OpenAI's $40bn round": the round is OpenAI's; the verb before it leads.
            if (owns && (p.marker == PartyMarker::lead || p.marker == PartyMarker::participation)) {
                for (std::size_t k = p.last_word + 1; k < words.size() && k <= p.last_word + 5; ++k) {
                    if (words[k].trigger == "funding_round" || words[k].trigger == "investment") {
                        p.marker = PartyMarker::possessive;
                        break;
                    }
                }
            }
            // "Accel, Plural, der schwedische Rüstungskonzern Saab und BDT": in a list, ", der … X" is one more
            // item, not an apposition to the one before.
            // But ", der Beteiligungsarm der Bonner Telekom": a genitive after the describing noun says whose arm
            // the item is, and that firm is no item.
            const auto genitive_description = [&] {
                std::size_t articles = 0;
                for (std::size_t k = p.first_word; k > 0 && k + 8 > p.first_word && !words[k].break_before; --k) {
                    const std::string& x = words[k - 1].lower;
                    articles += x == "der" || x == "des" || x == "die" || x == "dem";
                    if (words[k - 1].break_before) break;
                }
                return articles >= 2;
            };
            if (i >= 1 && p.marker == PartyMarker::apposition && !p.in_passing && parties[i - 1].list_head != SIZE_MAX && words[p.first_word].capitalised &&
                !genitive_description()) {
                p.marker = PartyMarker::none;
            }
            // "…, Singapore's GIC": an owner that only names which firm stands in a list as the firm would.
            // ", die Stepstone Group, Fidelity": an article right before a name, with no noun describing, is one more item.
            if (i >= 1 && p.marker == PartyMarker::apposition && p.first_word >= 1 && parties[i - 1].last_word + 2 == p.first_word &&
                words[p.first_word - 1].break_before &&
                (words[p.first_word - 1].lower == "der" || words[p.first_word - 1].lower == "die" || words[p.first_word - 1].lower == "das" ||
                 words[p.first_word - 1].lower == "the") &&
                !office_after_name(words, p.first_word)) {
                p.marker = PartyMarker::none;
            }
            const bool names_which = p.marker == PartyMarker::possessive && i + 1 < parties.size() && parties[i + 1].first_word == p.last_word + 1;
            if (i == 0 || (p.marker != PartyMarker::none && !names_which)) continue;
            // "A, B und C": a comma or "und" (and an article) right after the previous party.
            const Party& prev = parties[i - 1];
            std::size_t k = prev.last_word + 1;
            // "Cherry Ventures aus Berlin, Promus Ventures …": where the item before is from does not end the list.
            if (k + 2 <= p.first_word && !words[k].break_before && is_one_of(words[k].lower, {"aus", "from"}) && words[k + 1].capitalised) {
                std::size_t place_end = k + 1;
                while (place_end + 1 < p.first_word && words[place_end + 1].capitalised && !words[place_end + 1].break_before) ++place_end;
                if (place_end + 1 == p.first_word || (place_end + 1 < p.first_word && words[place_end + 1].break_before)) k = place_end + 1;
            }
            // ("… bei Microsoft – Nvidia steigt ein": after a dash a new statement begins, no list goes on.)
            // (Nor after a semicolon, when a verb of its own follows: "angeführt von a16z; Nvidia, AMD und
            // Cisco investierten ebenfalls" — they are no leads.)
            // ("…; Nvidia und Khosla Ventures sind ebenfalls dabei": a copula too.)
            const bool own_clause = words[k].semicolon_before && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(p.first_word), words.end(), [](const DealWord& x) {
                return x.trigger == "investment" || x.trigger == "funding_round" || x.finite_verb ||
                       is_one_of(x.lower, {"sind", "ist", "waren", "war", "are", "is", "were", "was"});
            });
            // ("Founded by Renen Hallak, Shachar Fienblit and Jeff Denworth, Vast spent …": an item joined by "and" was the
            // list's last; past its comma the main clause begins.)
            const auto before_prev = [&](std::size_t back) { return prev.first_word >= back ? words[prev.first_word - back].lower : std::string(); };
            const bool prev_was_last = !words[prev.first_word].break_before &&
                                       (is_one_of(before_prev(1), {"und", "and", "sowie", "oder", "or"}) ||
                                        (is_one_of(before_prev(1), {"der", "die", "das", "dem", "den", "the"}) && is_one_of(before_prev(2), {"und", "and", "sowie"})));
            bool joined = k == p.first_word && words[k].break_before && !words[k].dash_before && !own_clause && !prev_was_last;
            // ", der schwedische Rüstungskonzern Saab": an article and a few words of description before the name.
            if (!joined && k < p.first_word && p.first_word - k <= 6 && words[k].break_before &&
                (words[k].lower == "der" || words[k].lower == "die" || words[k].lower == "das" || words[k].lower == "the")) {
                joined = true;
                for (std::size_t j = k + 1; j <= p.first_word; ++j) joined = joined && !words[j].break_before;
            }
            // ", as well as A": one more item.
            if (!joined && k + 3 <= p.first_word && words[k].lower == "as" && words[k + 1].lower == "well" && words[k + 2].lower == "as") {
                k += 3;
                joined = k == p.first_word;
            }
            if (!joined && k < p.first_word && (words[k].lower == "und" || words[k].lower == "and" || words[k].lower == "sowie" || words[k].lower == "&" ||
                                                 words[k].lower == "oder" || words[k].lower == "or")) {
                ++k;
                if (k < p.first_word && (words[k].lower == "die" || words[k].lower == "der" || words[k].lower == "das" || words[k].lower == "dem" ||
                                         words[k].lower == "den" || words[k].lower == "the" || words[k].lower == "his" || words[k].lower == "her" ||
                                         words[k].lower == "its" || words[k].lower == "their" || words[k].lower == "seine" || words[k].lower == "seiner" ||
                                         words[k].lower == "ihre" || words[k].lower == "ihrer")) {
                    // "und dem Fonds AMP", "and the fund X": an article and up to two words of description.
                    ++k;
                    // ("und der emiratische KI-Konzern G42": more, when a noun for a firm ends the description.)
                    const std::size_t room = p.first_word > k && (is_descriptor_noun(words, p.first_word - 1) || names_kind_of_organisation(words[p.first_word - 1].lower)) ? 4 : 2;
                    if (p.first_word > k && p.first_word - k <= room) {
                        bool plain = true;
                        for (std::size_t j = k; j <= p.first_word; ++j) plain = plain && !words[j].break_before && words[j].trigger.empty();
                        if (plain) k = p.first_word;
                    }
                }
                joined = k == p.first_word;
            }
            if (joined) {
                // "CapitalG, dem Wachstumsfonds der Google-Mutter Alphabet, und Menlo Ventures": after an
                // apposition the list goes on from the item it described, not from the firm it named.
                const auto describes = [&](const Party& q) {
                    return (q.marker == PartyMarker::apposition || q.marker == PartyMarker::possessive || q.marker == PartyMarker::of || q.compound) &&
                           q.list_head == SIZE_MAX;
                };
                // (An apposition names a firm or two: the walk back is short whatever the list's length.)
                std::size_t head = i - 1;
                for (int steps = 0; steps < 3 && head > 0 && describes(parties[head]); ++steps) --head;
                if (describes(parties[head])) head = i - 1;
                p.list_head = parties[head].list_head != SIZE_MAX ? parties[head].list_head : head;
            }
        }
        // "it acquired Supermaven, a startup that had built …, whose founder previously created Tabnine": a
        // description of a party that tells its story; a firm named in it without a marker takes no part.
        std::vector<char> describing(words.size(), 0);  // the words of a relative clause that describes a party (its verbs tell no deal)
        if (!german) {
            for (std::size_t i = 0; i + 1 < parties.size(); ++i) {
                const std::size_t k = parties[i].last_word + 1;
                if (k >= words.size() || !words[k].break_before || (words[k].lower != "a" && words[k].lower != "an")) continue;
                // (Within the description: "Munjal Shah, a serial entrepreneur, and came out of stealth that May with a round that
                // X led" has none; "that May" is no pronoun either.)
                bool tells = false;
                for (std::size_t j = k + 1; j < words.size() && j <= k + 12 && !tells && !words[j].break_before; ++j) {
                    tells = (words[j].lower == "that" && !(j + 1 < words.size() && (is_one_of(words[j + 1].lower, {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}) ||
                                                                                       is_one_of(words[j + 1].lower, {"year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter"})))) ||
                            words[j].lower == "which" || words[j].lower == "whose" || words[j].lower == "who";
                }
                if (!tells) continue;
                for (std::size_t j = i + 1; j < parties.size(); ++j) {
                    if (parties[j].marker == PartyMarker::none && parties[j].list_head == SIZE_MAX) parties[j].marker = PartyMarker::apposition;
                }
                break;
            }
            // "with CoreWeave, the cloud company that rents Nvidia hardware to AI labs", ", which rents Nvidia hardware": a
            // relative clause that describes a party and tells no deal of its own (no sum in it) names no party either.
            // (The sums' words found once, in order: a sentence of thousands of such parties stays linear.)
            std::vector<std::size_t> sum_words;
            for (const Mention* m : here) {
                if (m->kind == MentionKind::money) sum_words.push_back(word_at(m->range.begin));
            }
            std::sort(sum_words.begin(), sum_words.end());
            for (std::size_t i = 0; i + 1 < parties.size(); ++i) {
                const std::size_t k = parties[i].last_word + 1;
                if (k >= words.size() || !words[k].break_before || !is_one_of(words[k].lower, {"the", "which", "who", "that"})) continue;
                std::size_t pronoun = k;
                while (pronoun < words.size() && pronoun <= k + 8 && !is_one_of(words[pronoun].lower, {"that", "which", "who"})) ++pronoun;
                if (pronoun >= words.size() || pronoun > k + 8) continue;
                std::size_t end = pronoun + 1;
                while (end < words.size() && !words[end].break_before) ++end;
                const auto sum = std::upper_bound(sum_words.begin(), sum_words.end(), pronoun);
                const bool sum_in_it = sum != sum_words.end() && *sum < end;
                if (sum_in_it) continue;
                std::fill(describing.begin() + static_cast<std::ptrdiff_t>(pronoun), describing.begin() + static_cast<std::ptrdiff_t>(end), 1);
                for (std::size_t j = i + 1; j < parties.size() && parties[j].first_word < end; ++j) {
                    if (parties[j].first_word > pronoun && parties[j].list_head == SIZE_MAX) parties[j].marker = PartyMarker::apposition;
                }
            }
        }
        // "Alphabet and Nvidia are among the backers", "A und B beteiligten sich ebenfalls", "auch A, B und C
        // sind dabei", "A, B and C also put money in", "… also took part", "… also returned": the words after a list of names say
        // they took part.
        for (std::size_t i = 0; i < parties.size(); ++i) {
            if (parties[i].marker != PartyMarker::none || parties[i].list_head != SIZE_MAX) continue;
            std::size_t end = parties[i].last_word;
            for (std::size_t j = i + 1; j < parties.size() && parties[j].list_head == i; ++j) end = parties[j].last_word;
            bool takes_part = false;
            for (std::size_t k = end + 1; k < words.size() && k <= end + 9 && !words[k].break_before && !takes_part; ++k) {
                const std::string& x = words[k].lower;
                takes_part = x == "among" || x == "participated" || x == "joined" || x.starts_with("beteiligt") || x == "beteiligen" ||
                             x == "stiegen" || x == "zogen" || x == "invested" ||
                             // ("sind dabei", not "OpenAI könnte dabei mit … bewertet werden": there "dabei" is "in it".)
                             (x == "dabei" && (k + 1 == words.size() || words[k + 1].break_before || is_one_of(words[k + 1].lower, {"sein", "gewesen"}))) || x == "investierten" || x == "backed" ||
                             (x == "put" && k + 1 < words.size() && (words[k + 1].lower == "money" || words[k + 1].lower == "in")) ||
                             // "… und Y Combinator gaben (ebenfalls) Geld"
                             (is_one_of(x, {"gaben", "gab"}) && ((k + 1 < words.size() && words[k + 1].lower == "geld") ||
                                                                         (k + 2 < words.size() && words[k + 2].lower == "geld"))) ||
                             (is_one_of(x, {"took", "taking", "take", "takes", "taken"}) && k + 1 < words.size() && words[k + 1].lower == "part") ||
                             // "Lightspeed, Redpoint and Spark Capital also returned", "… kamen erneut dazu": existing backers back again.
                             (x == "returned" && k > end + 1 && is_one_of(words[k - 1].lower, {"also", "all"})) || x == "re-upped" ||
                             ((x == "followed" || x == "came") && k + 1 < words.size() && is_one_of(words[k + 1].lower, {"on", "back"}));
            }
            // ("IVP came back to lead a $500 million round": back to lead it.)
            for (std::size_t k = end + 1; takes_part && k < words.size() && k <= end + 6 && !words[k].break_before; ++k) {
                takes_part = !is_one_of(words[k].lower, {"lead", "leads", "led", "co-lead", "co-led", "anführen", "führen"});
            }
            if (takes_part) parties[i].marker = PartyMarker::participation;
            // "eine Serie C über 350 Millionen Dollar, die Khosla Ventures anführte": the relative clause's subject leads the round.
            const std::size_t first = parties[i].first_word;
            if (!takes_part && first >= 1 && words[first - 1].break_before && is_one_of(words[first - 1].lower, {"die", "den", "das"}) && end + 1 < words.size() &&
                !words[end + 1].break_before && is_one_of(words[end + 1].lower, {"anführte", "anführten", "leitete", "leiteten", "anführt", "anführen"})) {
                parties[i].marker = PartyMarker::lead;
            }
        }
        // A firm the gazetteer does not know sells compute when the text says so: "der Münchner
        // Rechenzentrumsbetreiber Polarise", "the GPU cloud provider X".
        const auto seller_cue_before = [&](std::size_t first_word) {
            for (std::size_t back = 1; back <= 2 && back <= first_word; ++back) {
                const std::string& x = words[first_word - back].lower;
                for (const std::string_view cue : {"rechenzentr", "cloud", "chiphersteller", "chipkonzern", "chipentwickler", "hoster", "neocloud",
                                                   "datacenter", "data-center", "gpu"}) {
                    if (x.find(cue) != std::string::npos) return true;
                }
                if (words[first_word - back].break_before) break;
            }
            return false;
        };
        for (Party& p : parties) p.seller = sells_compute(p.who) || (p.who.entity.empty() && seller_cue_before(p.first_word));
        // "Microsoft vereinbarte mit IREN einen Vertrag": beside a neocloud, a firm that sells a cloud among much
        // else (and no chips) is its customer.
        const auto offers = [&](const Participant& who, std::string_view offering) {
            const Entity* e = who.entity.empty() ? nullptr : gazetteer.find(who.entity);
            return e && e->offers(offering);
        };
        // "Constellation signed a 20-year power purchase agreement with Microsoft": of two firms in a deal for power, the one
        // that sells power provides it, whatever the contract's words make the subject.
        const auto power_seller_provides = [&](std::vector<Participant>& ps) {
            if (ps.size() != 2 || std::none_of(words.begin(), words.end(), [](const DealWord& w) {
                    return is_one_of(w.lower, {"power", "electricity", "strom", "nuclear", "kernkraft", "atomstrom", "energy"}) || w.lower.starts_with("stromliefer") ||
                           w.lower.starts_with("stromabnahme");
                })) {
                return;
            }
            const bool first_power = offers(ps[0], "power"), second_power = offers(ps[1], "power");
            if (first_power == second_power) return;
            ps[0].role = first_power ? "provider" : "customer";
            ps[1].role = second_power ? "provider" : "customer";
        };
        if (std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return offers(p.who, "gpu_cloud"); })) {
            for (Party& p : parties) {
                if (p.seller && !offers(p.who, "gpu_cloud") && !offers(p.who, "chips") && offers(p.who, "cloud")) p.seller = false;
            }
        }
        // "Talen Energy hat einen Liefervertrag mit Amazon über 1,92 Gigawatt": where the deal is about power, the
        // firm that sells power provides and a cloud beside it buys.
        const bool speaks_of_power = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
            return w.lower.starts_with("strom") || w.lower.starts_with("atomstrom") || w.lower.starts_with("kernkraft") || w.lower.starts_with("atomkraft") ||
                   w.lower == "power" || w.lower == "electricity" || w.lower == "nuclear" || w.lower.starts_with("energieliefer");
        });
        if (speaks_of_power && std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return offers(p.who, "power"); })) {
            for (Party& p : parties) {
                if (p.seller && !offers(p.who, "power")) p.seller = false;
            }
        }
        // "Vorstandschefin Lisa Su kündigte an, ZT Systems zu übernehmen": the chief who opens the sentence
        // acts for the firm she leads, when the sentence does not name that firm.
        if (!parties.empty() && parties.front().person && parties.front().marker == PartyMarker::none && !parties.front().who.entity.empty()) {
            // Only a person who leads one firm ("Elon Musk" leads several), and not as an owner ("Musks Raumfahrtfirma SpaceX").
            const Entity* person = gazetteer.find(parties.front().who.entity);
            std::vector<const EntityRelation*> leads;  // point into the gazetteer, which outlives the sentence
            for (std::size_t k = 0; person && k < person->relations.size(); ++k) {
                const EntityRelation& r = person->relations[k];
                if (r.type == "ceo_of" || r.type == "cofounder_of" || r.type == "chairman_of" || r.type == "president_of") leads.push_back(&r);
            }
            const bool owner = parties.size() > 1 && parties[1].first_word <= parties.front().last_word + 3;
            if (leads.size() == 1 && !owner) {
                const Participant firm{leads[0]->target, "", ""};
                if (std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, firm); })) {
                    parties.front().who = firm;
                    parties.front().person = false;
                    parties.front().seller = sells_compute(firm);
                }
            }
        }
        // "paid", "zahlte": a takeover only when it is paid for a firm ("paid $665m for Silo AI"); in the
        // story of an investment ("That commitment was paid in two steps") it is money invested.
        {
            // (Also "Kestrova Systems, für die Google … bezahlt hatte": the firm before "für die" is paid for.)
            const bool for_a_firm = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                const std::size_t k = p.last_word + 1;
                const bool paid_for_in_clause = k + 1 < words.size() && words[k].break_before && (words[k].lower == "für" || words[k].lower == "for") &&
                                                (words[k + 1].lower == "die" || words[k + 1].lower == "den" || words[k + 1].lower == "das" || words[k + 1].lower == "which");
                return p.marker == PartyMarker::fuer || paid_for_in_clause;
            });
            // "zahlt Milliarden für eine knappe Hälfte von Scale AI": paying for a part of a firm is investing in it.
            const bool for_a_share = std::any_of(parties.begin(), parties.end(), [](const Party& p) { return p.marker == PartyMarker::of; });
            const bool investing = for_a_share ||
                                   std::any_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "investment" || f.type == "funding_round"; }) ||
                                   std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "commitment" || w.lower == "zusage"; }) ||
                                   (work.last_round < out.size() && s <= work.last_round_sentence + 2);
            for (Found& f : triggers) {
                const std::string& x = words[f.word].lower;
                const bool pays = x == "paid" || x == "pays" || x == "pay" || x == "paying" || x == "zahlte" || x == "zahlt" || x == "bezahlt";
                // (Money paid "for computing capacity" buys compute, whatever stake the sentence tells beside it.)
                if (pays && f.type == "acquisition" && !for_a_firm) f.type = investing && !compute_words ? "investment" : "";
            }
            // "is paying $33 billion in its own shares for X", "in cash and stock": shares that pay for a firm are
            // the price's currency, not an investment.
            if (for_a_firm) {
                for (Found& f : triggers) {
                    const std::string& x = words[f.word].lower;
                    if (f.type != "investment" || !is_one_of(x, {"shares", "stock", "aktien"})) continue;
                    for (std::size_t back = 1; back <= 4 && back <= f.word && !words[f.word - back + 1].break_before; ++back) {
                        if (words[f.word - back].lower == "in") f.type = "";
                    }
                }
            }
            std::erase_if(triggers, [](const Found& f) { return f.type.empty(); });
        }
        // "Alphabet's Google": the owner only names which Google. ("investors including Abu Dhabi's MGX": also where words before
        // the owner marked it; the firm it owns takes that mark.)
        for (std::size_t i = 0; i + 1 < parties.size(); ++i) {
            const bool owner = parties[i].marker == PartyMarker::possessive ||
                               (!german && scan::possessive_length(words[parties[i].last_word].lower) > 0 && !parties[i].person);
            if (owner && parties[i + 1].first_word == parties[i].last_word + 1) {
                parties[i + 1].marker = parties[i].marker == PartyMarker::possessive ? marker_before(words, parties[i].first_word) : parties[i].marker;
                // "the Qatar Investment Authority, Singapore's GIC and …": the owned firm takes the owner's place in a list.
                const std::size_t head = parties[i].list_head;
                if (head != SIZE_MAX) parties[i + 1].list_head = head;
                parties.erase(parties.begin() + static_cast<std::ptrdiff_t>(i));
                for (Party& q : parties) {
                    if (q.list_head == SIZE_MAX || q.list_head < i || &q == &parties[i]) continue;
                    q.list_head = q.list_head == i ? (head != SIZE_MAX ? head : i) : q.list_head - 1;
                }
            }
        }
        for (Party& q : parties) {  // a list's members point at its first item
            while (q.list_head != SIZE_MAX && parties[q.list_head].list_head != SIZE_MAX && parties[q.list_head].list_head < q.list_head) q.list_head = parties[q.list_head].list_head;
        }
        // "Der Münchner Nachbar Personio", "rival Cognizant": a firm named as another's neighbour or rival is an aside,
        // not the firm a later "das Unternehmen" speaks of (nor the one firm of its sentence a round after it is of).
        const auto aside_at = [&](const Party& p) {
            if (p.first_word == 0) return false;
            const std::string& before = words[p.first_word - 1].lower;
            return names_a_rival(before) || before.ends_with("nachbar") || before == "peer" || before == "neighbour" || before == "neighbor";
        };
        // The one firm a sentence names, for a descriptor that opens the next one; the firms named lately.
        const auto remember_only_firm = [&] {
            std::vector<const Party*> firms;  // two are enough to know it is not one; four to lean on later
            for (std::size_t i = 0; i < parties.size() && firms.size() < 4; ++i) {
                const Party& p = parties[i];
                if (!p.person && std::none_of(firms.begin(), firms.end(), [&](const Party* q) { return same_party(q->who, p.who); })) firms.push_back(&p);
            }
            if (!firms.empty()) {
                work.firms_before.clear();
                for (const Party* p : firms) work.firms_before.push_back(p->who);
                work.firms_before_sentence = s;
            }
            for (const Party* p : firms) {
                std::erase_if(work.recent_firms, [&](const Participant& q) { return same_party(q, p->who); });
                work.recent_firms.insert(work.recent_firms.begin(), p->who);
            }
            if (work.recent_firms.size() > 12) work.recent_firms.resize(12);
            if (firms.size() == 1) {
                work.only_firm_aside = aside_at(*firms[0]);
                work.only_firm_before = firms[0]->who;
                work.only_firm_sentence = s;
            } else {
                work.only_firm_sentence = SIZE_MAX;
            }
        };
        // The subject of the sentence is what a later "das Unternehmen" speaks of.
        const auto update_topic = [&] {
            // "The purchase is Salesforce's largest since it bought Slack": "it" is the subject, the firm after it its
            // object; the subject is the owner named before it, else still the firm the text was about.
            const auto pronoun = std::find_if(words.begin(), words.end(), [&](const DealWord& w) {
                const std::size_t k = static_cast<std::size_t>(&w - words.data());
                return !german && w.lower == "it" && k + 1 < words.size() && !words[k + 1].capitalised;
            });
            const std::size_t pronoun_at = static_cast<std::size_t>(pronoun - words.begin());
            std::vector<bool> heads_a_list(parties.size(), false);  // found once: a sentence may name thousands
            for (const Party& q : parties) {
                if (q.list_head < heads_a_list.size()) heads_a_list[q.list_head] = true;
            }
            for (const Party& p : parties) {
                if (pronoun_at < p.first_word) {
                    const auto owner = std::find_if(parties.begin(), parties.end(), [&](const Party& q) {
                        return q.first_word < pronoun_at && !q.person && scan::possessive_length(words[q.last_word].lower) > 0;
                    });
                    if (owner != parties.end()) work.topic = owner->who;
                    return;
                }
                // "ein Gegengewicht zu OpenAI": after a preposition no marker names, a firm is no subject.
                const std::string& before = p.first_word > 0 ? words[p.first_word - 1].lower : words[p.first_word].lower;
                // "a Max tier at $200 a month", "a Microsoft spokesman": after "a" a name qualifies a noun.
                const bool after_preposition = p.first_word > 0 && (before == "zu" || before == "gegen" || before == "gegenüber" || before == "über" ||
                                                                    before == "against" || before == "like" || before == "wie" || before == "als" ||
                                                                    before == "a" || before == "an");
                // ("Microsoft first invested $1bn in OpenAI": a subject the words after it say took part is still the subject;
                // "ICONIQ, General Catalyst und Redpoint beteiligten sich ebenfalls" are co-investors, not the firm the text is about.)
                const bool heads_list = heads_a_list[static_cast<std::size_t>(&p - parties.data())];
                const bool subject = p.marker == PartyMarker::none ||
                                     (p.marker == PartyMarker::participation && !heads_list && marker_before(words, p.first_word) == PartyMarker::none);
                if (subject && p.list_head == SIZE_MAX && !p.person && !after_preposition && !p.compound && !aside_at(p)) {
                    work.topic = p.who;
                    break;
                }
            }
        };

        const std::string status = any_token(words, kRumor) ? "rumored" : any_token(words, kTalks) ? "in_talks"
                                 : any_token(words, kReported) ? "reported" : any_token(words, kAnnounced) || any_token(words, kFuture) ? "announced"
                                 : "completed";
        // Dashes before each word, counted once: "… mit 9,9 Milliarden Dollar – im Januar hatte die Bewertung …"
        // is another statement, whose date is not the amount's before it.
        std::vector<std::uint32_t> dashes_before(words.size() + 1, 0);
        for (std::size_t k = 0; k < words.size(); ++k) dashes_before[k + 1] = dashes_before[k] + (words[k].dash_before ? 1 : 0);
        // "raised $90 million at a valuation of $1 billion last June": a round's valuation is told with it, and the
        // date after both is the round's too.
        const auto values_the_round = [&](const Mention& amount) {
            const std::size_t at = word_at(amount.range.begin);
            for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
                const std::string& x = words[at - back].lower;
                if (x == "valuation" || x == "bewertung" || x == "valued" || x == "valuing" || x == "bewertet") return true;
            }
            return false;
        };
        // Main clauses joined by ", and" or ", then" with an amount each are statements of their own (see below); a date
        // of the amount's own statement dates it before one of another ("a $20m Series A in February 2021, then an
        // $80m Series B in December of that year").
        std::vector<bool> amount_at(words.size(), false);
        for (const Mention* m : here) {
            if ((m->kind == MentionKind::money || m->kind == MentionKind::quantity) && m->value) amount_at[word_at(m->range.begin)] = true;
        }
        const std::vector<int> statements = statements_of(words, amount_at);
        const auto event_date = [&](const Mention* near) -> EventDate {
            // The nearest date before the amount (or before the sentence's end when there is none),
            // else after it; "bis Ende 2025", "by 2030" are deadlines.
            const Mention* best = nullptr;
            const std::size_t near_at = near ? near->range.begin : sentence.range.end;
            // The first other amount of money after the one dated: a date past it is that amount's.
            // (Found once: a sentence of thousands of dates and amounts must not compare each pair.)
            std::size_t next_amount_end = SIZE_MAX;
            if (near) {
                for (const Mention* other : here) {
                    if (other != near && other->kind == MentionKind::money && other->range.begin >= near->range.end && !values_the_round(*other)) {
                        next_amount_end = std::min(next_amount_end, other->range.end);
                    }
                }
            }
            const int near_statement = near ? statements[word_at(near->range.begin)] : -1;
            const auto in_near_statement = [&](const Mention* m) { return near_statement < 0 || statements[word_at(m->range.begin)] == near_statement; };
            const auto better = [&](const Mention* m) {
                if (!best) return true;
                if (in_near_statement(m) != in_near_statement(best)) return in_near_statement(m);
                const bool m_before = m->range.begin < near_at, best_before = best->range.begin < near_at;
                if (m_before != best_before) return m_before;
                return m_before ? m->range.begin > best->range.begin : m->range.begin < best->range.begin;
            };
            for (const Mention* m : here) {
                if (m->kind != MentionKind::date || !m->anchored) continue;
                // "in diesem Jahr", "this year": the article's year, which its date says more precisely (and which a
                // later "teilte am Donnerstag mit" may pin down).
                {
                    const std::string_view said = article.view(m->range);
                    if (m->precision.str() == "year" && (said.find("diese") != std::string_view::npos || said.find("this year") != std::string_view::npos)) continue;
                }
                const std::size_t w = word_at(m->range.begin);
                const std::string& before = w > 0 ? words[w - 1].lower : words[w].lower;
                if (w > 0 && (before == "bis" || before == "by" || before == "until" || before == "through" || before == "ab")) continue;
                // "starting in 2027", "beginning next year": when deliveries start, not when the deal was made.
                const std::string& two_before = w > 1 ? words[w - 2].lower : words[w].lower;
                if (w > 0 && (before == "starting" || before == "beginning")) continue;
                if (w > 1 && (before == "in" || before == "im") && (two_before == "starting" || two_before == "beginning")) continue;
                if (dates_a_founding(*m) || dates_a_planned_closing(article, *m)) continue;
                // "dreimal so hoch wie noch vor acht Monaten", "than a year ago": a comparison's base.
                if (w > 0 && (is_one_of(before, {"wie", "als", "than"}) || (w > 1 && is_one_of(two_before, {"wie", "als", "than"}) && is_one_of(before, {"noch", "just", "only"})))) {
                    continue;
                }
                // "$2 billion, … since it paid about $19 billion for WhatsApp in 2014": a date after another
                // amount is that amount's, unless it dates the telling ("…, OpenAI said on Monday").
                const bool tells = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(w >= 3 ? w - 3 : 0), words.begin() + static_cast<std::ptrdiff_t>(w), [](const DealWord& x) {
                    static constexpr std::string_view kTelling[] = {"said", "says", "announced", "told", "reported", "teilte", "teilten", "sagte",
                                                                    "sagten", "mitteilte", "bekannt", "berichtete"};
                    return std::find(std::begin(kTelling), std::end(kTelling), x.lower) != std::end(kTelling);
                });
                if (near && !tells && m->range.begin >= near->range.end && next_amount_end <= m->range.begin) continue;
                if (near && m->range.begin >= near->range.end && dashes_before[w + 1] > dashes_before[word_at(near->range.begin) + 1]) continue;
                if (better(m)) best = m;
            }
            if (best) return {best->timex, best->mod.str(), std::string(article.view(best->range))};
            // "2017 folgte Mentor Graphics … Ein Jahr später erwarb Siemens Mendix", "two years later": years
            // after the date the text last gave.
            for (std::size_t w = 1; w + 1 < words.size() && work.last_date.value.size() >= 4; ++w) {
                const std::string& unit = words[w].lower;
                const std::string& after = words[w + 1].lower;
                if (!((unit == "jahr" || unit == "jahre" || unit == "year" || unit == "years") && (after == "später" || after == "later"))) continue;
                const int n = count_word(words[w - 1].lower);
                const std::string& base = work.last_date.value;
                if (n == 0 || !std::all_of(base.begin(), base.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; })) break;
                return {std::to_string(std::stoi(base.substr(0, 4)) + n), "", words[w - 1].lower + " " + unit + " " + after};
            }
            // "In February 2024 Figure raised … A month earlier it had signed …", "zwei Monate später": months before or after
            // the month the text last gave.
            for (std::size_t w = 1; w + 1 < words.size() && work.last_date.value.size() >= 7; ++w) {
                const std::string& unit = words[w].lower;
                const std::string& after = words[w + 1].lower;
                if (!is_one_of(unit, {"monat", "monate", "month", "months"})) continue;
                const bool later = is_one_of(after, {"später", "later", "danach", "afterwards"});
                const bool earlier = is_one_of(after, {"zuvor", "davor", "früher", "earlier", "before"});
                if (!later && !earlier) continue;
                const int n = count_word(words[w - 1].lower);
                const std::string& base = work.last_date.value;
                const bool month_known = base[4] == '-' && std::all_of(base.begin(), base.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                                         base[5] >= '0' && base[5] <= '1' && base[6] >= '0' && base[6] <= '9';
                if (n == 0 || !month_known) break;
                const int months = std::stoi(base.substr(0, 4)) * 12 + std::stoi(base.substr(5, 2)) - 1 + (later ? n : -n);
                char value[8];
                std::snprintf(value, sizeof value, "%04d-%02d", months / 12, months % 12 + 1);
                return {value, "", words[w - 1].lower + " " + unit + " " + after};
            }
            // "steht Mistral nun kurz vor dem Abschluss", "hat sich kürzlich … gesichert": now, not when the sentence
            // before happened.
            const auto now = std::find_if(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower == "nun" || w.lower == "jetzt" || w.lower == "derzeit" || w.lower == "now" || w.lower == "currently" || w.lower == "kürzlich" ||
                       w.lower == "jüngst" || w.lower == "recently";
            });
            // Stated by its word, so a sentence that goes on ("außerdem …") takes it too.
            // (But "Nun hat X … eingesammelt. Das teilte die Firma am Mittwoch mit.": the telling's day is the day.)
            if (now != words.end()) {
                if (const Mention* told = announced_next(s)) return {told->timex, told->mod.str(), std::string(article.view(told->range))};
            }
            if (now != words.end() && !article.date.value.empty()) return {article.date.value, "", now->lower};
            if (now != words.end()) return {"XXXX", "", "(article date)"};
            // A sentence that continues the one before it in its paragraph shares its date — not a date after
            // the article's, which is a plan of the sentence before ("… bis Mitte 2026 beherbergen könnte.
            // OpenAI hat sich kürzlich 6,6 Milliarden gesichert").
            const bool after_article = !article.date.value.empty() && work.last_date.value.substr(0, 4) > article.date.value.substr(0, 4);
            if (work.last_date_sentence != SIZE_MAX && work.last_date_sentence + 1 == s && article.sentences[work.last_date_sentence].block == sentence.block &&
                !after_article) {
                return work.last_date;
            }
            // "Die Bewertung stieg dabei auf …", "the round valued it at …": the date of the deal just
            // told, anywhere in its paragraph, or in the next sentence when that tells no deal of its own
            // ("Im Frühjahr hatte Nvidia … ¶ SAP übernimmt derweil …" is news of its own day).
            // (Items of one list go on as a paragraph does: "- IREN signed … on Monday. ¶ - To fill it, IREN is buying …")
            const bool tells_own_deal = std::any_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type != "valuation"; });
            const std::size_t deal_block = work.last_deal_sentence < article.sentences.size() ? article.sentences[work.last_deal_sentence].block : SIZE_MAX;
            const bool next_list_item = deal_block != SIZE_MAX && deal_block + 1 == sentence.block && article.blocks[deal_block].kind == BlockKind::list_item &&
                                        article.blocks[sentence.block].kind == BlockKind::list_item;
            if (work.last_deal_sentence != SIZE_MAX && s > work.last_deal_sentence &&
                ((s == work.last_deal_sentence + 1 && (!tells_own_deal || next_list_item)) || deal_block == sentence.block)) {
                return work.last_deal_date;
            }
            // "Das teilten die Firmen am Dienstag mit. ¶ Im Gegenzug hat Anthropic zugesagt, …": the first
            // sentence of the next paragraph goes on with the announcement that closed the last one.
            // (Not a deal of its own that opens with its own firm: "Nebius agreed to provide Meta with …" is other news; "The two
            // companies will jointly develop …" goes on.)
            const bool goes_on = !tells_own_deal || (!words.empty() && (is_one_of(words[0].lower, {"im", "dafür", "zudem", "außerdem", "darüber", "auch", "dabei",
                                                                                                  "also", "additionally", "under", "as", "the", "die", "der",
                                                                                                  "das", "beide", "both"}) ||
                                                                        (words.size() > 1 && words[0].lower == "in" && is_one_of(words[1].lower, {"return", "exchange"}))));
            if (s > 0 && work.last_date_sentence == s - 1 && work.last_deal_sentence != SIZE_MAX && s <= work.last_deal_sentence + 2 &&
                sentence.block == article.sentences[s - 1].block + 1 && article.blocks[article.sentences[s - 1].block].kind == BlockKind::paragraph &&
                announces(s - 1) && goes_on) {
                return work.last_date;
            }
            // "… einen Vertrag geschlossen. Das teilte CoreWeave am Dienstag mit.": the next sentence of
            // the paragraph says when it was announced.
            if (const Mention* told = announced_next(s)) return {told->timex, told->mod.str(), std::string(article.view(told->range))};
            return {article.date.value.empty() ? "XXXX" : article.date.value, "", "(article date)"};
        };
        const auto add_amount = [&](Event& e, const Mention& amount, const EventType& row) {
            Amount a;
            a.value = amount.value;
            if (amount.kind == MentionKind::money) a.currency = amount.unit;
            else a.unit = amount.unit;
            a.qualifier = amount.qualifier;
            a.measures = row.candidate_measure ? row.candidate_measure : "";
            if (amount.kind == MentionKind::quantity && e.type == "investment") a.measures = "stake";
            e.amounts.push_back(a);
        };
        // The summary speaks the reader's language: a sum of money in its form ("$40m", "40 Mio. $"),
        // a share or a capacity as the article wrote it.
        const auto summarise = [&](Event& e, const Mention* amount) {
            std::string amount_en, amount_de;
            if (amount && !e.amounts.empty()) {
                const Amount& a = e.amounts.front();
                amount_en = amount_de = std::string(article.view(amount->range));
                if (!a.currency.empty() && a.value) amount_en = money_amount_text(a, Language::en), amount_de = money_amount_text(a, Language::de);
            }
            const Participant& who = e.participants.front();
            const Entity* known = who.entity.empty() ? nullptr : gazetteer.find(who.entity);
            const std::string name = known ? known->name : who.name;
            e.summary_en = name + ": " + event_type_label(e.type, Language::en) + (amount_en.empty() ? "" : " of " + amount_en);
            const bool qualified = !e.amounts.empty() && e.amounts.front().qualifier != Qualifier::exact;  // not "über bis zu"
            e.summary_de = name + ": " + event_type_label(e.type, Language::de) + (amount_de.empty() ? "" : (qualified ? ", " : " über ") + amount_de);
        };
        // The stake the sentence sells, if any: looked for once, however many amounts it proposes.
        std::optional<std::optional<std::size_t>> stake_sold_in;
        const auto held_stake = [&] {
            if (!stake_sold_in) stake_sold_in = party_of_stake_sold(words, parties);
            return *stake_sold_in;
        };
        const auto propose = [&](std::string_view type, const Mention* amount, std::vector<Participant> participants, double confidence) {
            // "Replit holte sich 250 Millionen Dollar, angeführt von Prysm Capital": money with a lead, and no word of investing
            // ("ASML steigt bei Mistral AI ein" leads as an investor), is a round.
            if (type == "investment" && std::none_of(words.begin(), words.end(), [](const DealWord& w) { return w.trigger == "investment"; }) &&
                std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "lead_investor"; }) &&
                std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investee"; })) {
                type = "funding_round";
            }
            // A stake sold is a sale of the firm it is in, with the holder selling ("sold its stake in
            // Nvidia" was an investment in Nvidia; "seine Beteiligung an Nvidia verkauft" made Nvidia buy it).
            bool stake_sold = false;
            if (const auto held = (type == "investment" || type == "acquisition") ? held_stake() : std::nullopt; held) {
                const Party& in = parties[*held];
                std::vector<Participant> sale;
                Participant target = in.who;
                target.role = "target";
                sale.push_back(std::move(target));
                for (const Party& p : parties) {
                    if (same_party(p.who, in.who) || p.person || p.marker == PartyMarker::apposition || p.compound || p.in_passing) continue;
                    if (std::none_of(participants.begin(), participants.end(), [&](const Participant& q) { return same_party(q, p.who); })) continue;
                    Participant q = p.who;
                    // Who holds it sells, named before it (or after it as German's subject: "Seine Anteile an X
                    // hat SoftBank … abgestoßen"); who it goes to buys ("… an den Finanzinvestor KKR verkauft",
                    // "sold … to KKR"). Another firm after it has no part ("… to pay for its OpenAI investment",
                    // "…, freeing up cash for its commitments to OpenAI").
                    if (p.first_word > in.last_word) {
                        bool after_comma = false;
                        for (std::size_t j = in.last_word + 1; j <= p.first_word && j < words.size(); ++j) after_comma |= words[j].break_before;
                        const bool subject = p.marker == PartyMarker::none && article.language != "en";
                        if (after_comma || (p.marker != PartyMarker::an && !subject)) continue;
                        q.role = subject ? "seller" : "buyer";
                    } else {
                        q.role = "seller";
                    }
                    sale.push_back(std::move(q));
                }
                if (sale.size() >= 2) {
                    type = "acquisition";
                    stake_sold = true;
                    participants = std::move(sale);
                }
            }
            const EventType* row = find_event_type(type);
            if (!row || participants.empty()) return;
            // "die Übernahme des NAND-Geschäfts von Intel", "the purchase of the chip unit of X": the firm whose
            // unit is bought sells it.
            if (type == "acquisition") {
                std::size_t asked = 0;  // the first few targets: a list of thousands is no unit sold
                for (Participant& q : participants) {
                    if (q.role != "target" || ++asked > 8) continue;
                    const auto at = std::find_if(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, q); });
                    if (at == parties.end() || at->first_word < 2) continue;
                    std::size_t k = at->first_word - 1;
                    if (words[k].lower == "the" && k > 0) --k;
                    if (words[k].lower != "von" && words[k].lower != "of") continue;
                    for (std::size_t back = 1; back <= 3 && back <= k; ++back) {
                        std::string noun = words[k - back].lower;
                        if (noun.ends_with("s") && !noun.ends_with("business")) noun.pop_back();
                        if (noun.ends_with("e")) noun.pop_back();  // "des Geschäftes"
                        if (names_a_unit(noun)) {
                            q.role = "seller";
                            break;
                        }
                        if (words[k - back].break_before) break;
                    }
                }
            }
            // A firm takes one role in a deal: the first it was given ("ARX … eingesammelt … Bestandsinvestoren" does not
            // make ARX its own investor).
            {
                std::set<std::string> seen;  // by firm_key, which same_party compares: a list of thousands stays n log n
                std::erase_if(participants, [&](const Participant& q) { return !seen.insert(firm_key(q)).second; });
            }
            // "In June 2024 Microsoft allowed OpenAI to sign a … deal with Oracle": who permits approves; of
            // the deal's own parties, a firm that sells compute provides it.
            if (onset == Onset::allowed) {
                const std::size_t clause = permitted_clause_start(words);
                const auto before_clause = [&](const Participant& q) {
                    return std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, q) && p.last_word < clause; }) &&
                           std::none_of(parties.begin(), parties.end(), [&](const Party& p) { return same_party(p.who, q) && p.last_word >= clause; });
                };
                std::size_t in_deal = 0, sellers = 0;
                for (const Participant& q : participants) {
                    in_deal += !before_clause(q);
                    sellers += !before_clause(q) && sells_compute(q);
                }
                if (clause != SIZE_MAX && in_deal >= 2 && in_deal < participants.size()) {
                    for (Participant& q : participants) {
                        if (before_clause(q)) q.role = "approver";
                        else if (type == "compute_deal" && in_deal == 2 && sellers == 1) q.role = sells_compute(q) ? "provider" : "customer";
                    }
                }
            }
            // A sale with no one to buy ("SoftBank hat seine Aktien verkauft") is no takeover, unless it names
            // what is sold ("hat seine Beteiligung an Nvidia verkauft").
            const auto has = [&](const char* role) { return std::any_of(participants.begin(), participants.end(), [&](const Participant& p) { return p.role == role; }); };
            if (type == "acquisition" && has("seller") && !has("buyer") && !stake_sold) return;
            Event e;
            e.id = article.id + "-candidate-" + std::to_string(next_id++);
            e.type = std::string(type);
            e.status = status;
            e.date = amount ? event_date(amount) : date && !dates_a_founding(*date) ? EventDate{date->timex, date->mod.str(), std::string(article.view(date->range))} : event_date(nullptr);
            e.participants = std::move(participants);
            // "Angeführt wurde die Runde von ASML, der allein 1,3 Mrd. Euro beisteuert": the lead of the
            // round just told, and an investor of its own part.
            // The same amount as the round is the round told again ("will lead a $40bn investment").
            const bool part_of_round = e.type == "investment" && amount && work.last_round < out.size() &&
                                       out[work.last_round].event.type == "funding_round" && s <= work.last_round_sentence + 2 &&
                                       !out[work.last_round].event.amounts.empty() && out[work.last_round].event.amounts.front().value != amount->value &&
                                       std::none_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
                                           // (Not another firm's money: "Quantum Systems erhielt weitere 160 Millionen Euro, angeführt von …".)
                                           const auto& round = out[work.last_round].event.participants;
                                           return p.role == "investee" && std::none_of(round.begin(), round.end(), [&](const Participant& q) {
                                                      return q.role == "investee" && same_party(p, q);
                                                  });
                                       });
            if (part_of_round) {
                for (Participant& p : e.participants) {
                    if (p.role != "lead_investor") continue;
                    p.role = "investor";
                    auto& round = out[work.last_round].event.participants;
                    if (std::none_of(round.begin(), round.end(), [&](const Participant& q) { return same_party(p, q); })) {
                        Participant lead = p;
                        lead.role = "lead_investor";
                        round.push_back(std::move(lead));
                    }
                }
            }
            if (amount) add_amount(e, *amount, *row);
            Citation c;
            c.article = article.id;
            c.quote = std::string(article.view(sentence.range));
            c.range = sentence.range;
            c.sentences = {s};
            e.sources.push_back(std::move(c));
            summarise(e, amount);
            mark_onset(e, onset);
            for (const Participant& p : e.participants) {
                if (p.role == "investee" || p.role == "target" || p.role == "subject") {
                    work.receiving_topic = {p.entity, "", p.name};
                    work.receiving_topic_sentence = s;
                    work.receiving_topic_bought = p.role == "target";
                    if (same_party(p, work.most_named)) work.most_named_received = true;
                }
            }
            // "die beiden Unternehmen" speaks of a deal told with weight, not of compute named in passing.
            if (e.participants.size() >= 2 && (amount || e.type != "compute_deal")) work.last_pair = {e.participants[0], e.participants[1]};
            if (e.date.text != "(article date)") {
                work.last_deal_date = e.date;
                work.last_deal_sentence = s;
            }
            if (e.type == "compute_deal") {
                work.last_compute_sentence = s;
                work.last_compute_deal = out.size();
            }
            // A round's investors may follow; an investment counts only when no round was told lately
            // ("ASML is contributing €1.3bn of the total" after the round does not take its investors).
            const bool round_told_lately = work.last_round < out.size() && out[work.last_round].event.type == "funding_round" &&
                                           s <= work.last_round_sentence + 3;
            if (e.type == "funding_round" || (e.type == "investment" && !round_told_lately)) {
                work.last_round = out.size();
                work.last_round_sentence = s;
            }
            if (e.type == "acquisition") {
                const auto buyer = std::find_if(e.participants.begin(), e.participants.end(), [](const Participant& q) { return q.role == "buyer"; });
                const auto target = std::find_if(e.participants.begin(), e.participants.end(), [](const Participant& q) { return q.role == "target"; });
                if (buyer != e.participants.end() && target != e.participants.end()) {
                    work.takeover_buyer = *buyer;
                    work.takeover_target = *target;
                    work.takeover_buyer.role.clear();
                    work.takeover_target.role.clear();
                }
            }
            out.push_back({std::move(e), std::min(confidence, 0.95)});
        };
        // "Angeführt wird die Runde von X, beteiligt sind auch A und B": investors of the round just proposed.
        const auto name_round_investors = [&] {
            // Two sentences on, or further in the round's paragraph or the next ("The rest of the round came from …").
            if (work.last_round >= out.size()) return;
            const bool near_paragraph = sentence.block <= article.sentences[work.last_round_sentence].block + 2 && s <= work.last_round_sentence + 6;
            if (s > work.last_round_sentence + 3 && !near_paragraph) return;
            // Further on, only a sentence that speaks of a round or its investors ("led by President Macron" does not).
            const bool speaks_of_round = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.trigger == "funding_round" || w.trigger == "investment" || w.lower.starts_with("investor") || w.lower.starts_with("geldgeber") ||
                       w.lower == "bord" || w.lower == "partie" || w.lower.ends_with("investoren") ||
                       w.lower.starts_with("kapitalgeber") || w.lower.starts_with("co-lead") || w.lower == "leads" || w.lower.starts_with("angeführt");
            });
            if (s > work.last_round_sentence + 2 && !speaks_of_round) return;
            // "founded by former OpenAI employees, among them …": a founding story names no investors.
            if (std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return w.lower == "founded" || w.lower == "co-founded" || w.lower.starts_with("gegründet") || w.lower == "gründete" || w.lower == "gründeten";
                })) {
                return;
            }
            // "Quantum Systems erhielt weitere 160 Millionen Euro, angeführt von Balderton": another firm receives
            // money of its own; whoever leads that leads its round, not the one before.
            Event& told = out[work.last_round].event;
            std::size_t first_money = SIZE_MAX;
            for (const Mention* m : here) {
                if (m->kind == MentionKind::money && m->value && first_money == SIZE_MAX) first_money = word_at(m->range.begin);
            }
            std::set<std::string> in_told;  // by firm_key, once: both lists may be long
            for (const Participant& q : told.participants) in_told.insert(firm_key(q));
            const bool another_receives = sentence_frame.receive_verb && first_money != SIZE_MAX &&
                                          std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                                              return p.marker == PartyMarker::none && p.list_head == SIZE_MAX && !p.person && p.last_word < first_money &&
                                                     !in_told.contains(firm_key(p.who));
                                          });
            if (another_receives) return;
            // ("… wird die Runde von drei Wagniskapitalgebern gemeinsam angeführt: Cherry Ventures, UVC Partners und …": the
            // names after a colon that closes "angeführt" or "led" lead it.)
            std::size_t leads_listed_from = SIZE_MAX;
            for (std::size_t k = 1; k < words.size() && leads_listed_from == SIZE_MAX; ++k) {
                if (words[k].colon_before && is_one_of(words[k - 1].lower, {"angeführt", "geführt", "geleitet", "led", "co-led"})) leads_listed_from = k;
            }
            const bool leads = sentence_frame.leads || leads_listed_from != SIZE_MAX;
            // "Das Geld kommt unter anderem von den Großbanken MUFG und Mizuho", "The money came from X": whom the money came from.
            const bool round_word = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.trigger == "funding_round" || w.lower == "geld" || w.lower == "kapital" || w.lower == "money" || w.lower == "cash";
            });
            Event& round = out[work.last_round].event;
            bool first_unmarked = true;
            bool named_here = false;  // an investor of the round was named in this sentence
            // The sentence ends on "dabei" or "beteiligt" ("… sind dabei"): the names of the stretch before it take part.
            // (Also "… ziehen mit", "zogen mit": they follow the lead into the round.)
            const bool follow_in = words.size() >= 2 && words.back().lower == "mit" &&
                                   std::any_of(words.begin(), words.end(), [](const DealWord& w) { return is_one_of(w.lower, {"ziehen", "zogen", "zieht", "zog"}); });
            // ("…; auch Nvidia stieg erneut ein": it bought into the round.)
            const bool bought_in = words.size() >= 2 && words.back().lower == "ein" &&
                                   std::any_of(words.begin(), words.end(), [](const DealWord& w) { return is_one_of(w.lower, {"stieg", "steigt", "stiegen", "steigen"}); });
            // ("Beteiligt haben sich außerdem die L-Bank und Trumpf", "Ebenfalls beteiligt sind A und B": said first, named after.)
            const bool in_on_it_first = !words.empty() && (words[0].lower == "beteiligt" || (words.size() > 1 && words[1].lower == "beteiligt" &&
                                                                                             is_one_of(words[0].lower, {"ebenfalls", "außerdem", "zudem", "auch", "ferner"})));
            const bool in_on_it_at_end = !words.empty() && (words.back().lower == "dabei" || words.back().lower == "beteiligt" || follow_in || bought_in || in_on_it_first);
            // "Neu an Bord sind X und Y", "mit von der Partie": said to take part, wherever they stand.
            // (Not a heading: "Amazon und Google an Bord" announces a section.)
            const bool on_board = article.blocks[sentence.block].kind != BlockKind::heading &&
                                  std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "bord" || w.lower == "partie"; });
            std::size_t last_break = 0;  // where the stretch that ends the sentence begins
            for (std::size_t k = 0; k < words.size(); ++k) {
                if (words[k].break_before && !(k > 0 && (words[k].lower == "und" || words[k - 1].capitalised))) last_break = k;
            }
            const auto clauses_end_with_it = [&](const Party& p) { return p.first_word >= last_break; };
            // "Unter Beteiligung von A sowie von B und C": once the sentence names investors, "von" names more.
            const bool naming_investors = std::any_of(parties.begin(), parties.end(), [](const Party& p) {
                return p.marker == PartyMarker::lead || p.marker == PartyMarker::participation;
            });
            std::set<std::string> round_firms;  // by firm_key, once: a sentence and a round may each name thousands
            for (const Participant& q : round.participants) {
                if (q.role == "investee") round_firms.insert(firm_key(q));
            }
            for (std::size_t i = 0; i < parties.size(); ++i) {
                const Party& p = parties[i];
                // (The round's own firm named again, "wie das Start-up mitteilte", is not the first of those who lead it.)
                if (round_firms.contains(firm_key(p.who))) continue;
                const PartyMarker m = p.list_head != SIZE_MAX ? parties[p.list_head].marker : p.marker;
                std::string role = m == PartyMarker::lead ? "lead_investor" : m == PartyMarker::participation ? "investor" : "";
                if (naming_investors && (m == PartyMarker::von || m == PartyMarker::bei || m == PartyMarker::mit)) role = "investor";
                // "The round … drew money from X", "backed by Y": the round's own words say who gave.
                if (round_word && (m == PartyMarker::von || m == PartyMarker::durch) && (!p.person || p.list_head != SIZE_MAX)) role = "investor";
                // "…; auch Lux Capital, Thrive Capital und erneut Jeff Bezos sind dabei": named, then said to take part.
                if (m == PartyMarker::none && in_on_it_at_end && clauses_end_with_it(p)) role = "investor";
                if (m == PartyMarker::none && on_board && !p.person) role = "investor";
                if (m == PartyMarker::none && p.list_head == SIZE_MAX && first_unmarked && leads) role = "lead_investor";
                if (m == PartyMarker::none && p.first_word >= leads_listed_from && !p.person) role = "lead_investor";  // "… und Sequoia", after "aus München
                if (m == PartyMarker::none && p.list_head != SIZE_MAX && leads && parties[p.list_head].marker == PartyMarker::none) role = "lead_investor";
                if (m == PartyMarker::none && p.list_head == SIZE_MAX) first_unmarked = false;
                // (A person alone is named in passing, unless called an investor: "stieg der Business Angel X ein".)
                const bool called_investor = p.person && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(p.first_word >= 3 ? p.first_word - 3 : 0),
                                                                     words.begin() + static_cast<std::ptrdiff_t>(p.first_word), [](const DealWord& w) {
                                                                         return w.lower == "angel" || w.lower == "angels" || w.lower.starts_with("investor") ||
                                                                                w.lower.starts_with("geldgeber") || w.lower == "business-angel";
                                                                     });
                if (role.empty() || (p.person && m == PartyMarker::none && p.list_head == SIZE_MAX && !called_investor)) continue;
                if (std::any_of(round.participants.begin(), round.participants.end(), [&](const Participant& q) { return same_party(q, p.who); })) continue;
                Participant added = p.who;
                added.role = role;
                round.participants.push_back(std::move(added));
                named_here = true;
            }
            // The evidence takes in the sentence that names them, when it follows closely: a quote that names none of the
            // investors the deal lists does not bear it out.
            if (named_here && !round.sources.empty() && !round.sources[0].sentences.empty()) {
                Citation& source = round.sources[0];
                const std::size_t told_at = source.sentences.back();
                if (told_at < s && s <= told_at + 2 && sentence.block <= article.sentences[told_at].block + 1) {
                    source.range = {source.range.begin, sentence.range.end};
                    source.quote = std::string(article.view(source.range));
                    for (std::size_t k = told_at + 1; k <= s; ++k) source.sentences.push_back(k);
                }
            }
        };
        // Roles from the parties in the amount's clause (", während OpenAI …" is another deal), all
        // parties if the clause names none; a relative clause that leads ("…, der die Runde
        // anführte") makes the party before it the lead.
        std::vector<int> clauses = clauses_of(words);
        // Main clauses joined by ", and" with an amount each are statements of their own: each clause
        // of a later statement gets a number of its own, so its frame and parties are its own.
        const bool several_statements = !statements.empty() && statements.back() != 0;
        if (several_statements) {
            std::map<std::pair<int, int>, int> renumbered{{{0, 0}, 0}};
            for (std::size_t k = 0; k < words.size(); ++k) {
                const auto [it, fresh] = renumbered.emplace(std::pair{statements[k], clauses[k]}, static_cast<int>(renumbered.size()));
                clauses[k] = it->second;
            }
        }
        // Each clause's words and where each clause that leads begins, gathered once: asking per
        // amount and clause was quadratic in a sentence of many clauses.
        std::vector<std::vector<DealWord>> words_of_clause(static_cast<std::size_t>(clauses.empty() ? 1 : *std::max_element(clauses.begin(), clauses.end()) + 1));
        for (std::size_t k = 0; k < words.size(); ++k) words_of_clause[static_cast<std::size_t>(clauses[k])].push_back(words[k]);
        std::vector<DealFrame> frame_of_clause;
        for (const auto& clause : words_of_clause) frame_of_clause.push_back(frame_of(clause));
        std::vector<std::size_t> leading_clause_starts;
        for (std::size_t k = 1; k < words.size(); ++k) {
            if (clauses[k] != 0 && clauses[k] != clauses[k - 1] && statements[k] == statements[k - 1] && frame_of_clause[static_cast<std::size_t>(clauses[k])].leads) {
                leading_clause_starts.push_back(k);
            }
        }
        // ", Microsoft bis zu fünf Milliarden Dollar": a firm right after a comma and right before an
        // amount (qualifiers aside) opens a fragment with the verb left out; it belongs to that amount.
        const auto fragment_amount_after = [&](const Party& p) -> std::optional<std::size_t> {
            if (!words[p.first_word].break_before || p.person) return std::nullopt;
            std::size_t k = p.last_word + 1;
            while (k < words.size() && !words[k].break_before &&
                   (words[k].lower == "bis" || words[k].lower == "zu" || words[k].lower == "rund" || words[k].lower == "etwa" ||
                    words[k].lower == "up" || words[k].lower == "to" || words[k].lower == "about" || words[k].lower == "weitere")) {
                ++k;
            }
            if (k >= words.size() || words[k].break_before) return std::nullopt;
            for (const Mention* m : here) {
                if ((m->kind == MentionKind::money || m->kind == MentionKind::quantity) && m->value && word_at(m->range.begin) == k) return k;
            }
            return std::nullopt;
        };
        std::vector<bool> in_fragment(parties.size(), false);
        for (std::size_t i = 0; i < parties.size(); ++i) in_fragment[i] = fragment_amount_after(parties[i]).has_value() && i > 0;
        // ", with $500m paid up front and $1.5bn to follow", ", davon …": from here on, parts of the amount
        // before, and the parties named there belong to those parts, not to it.
        std::size_t breakdown_from = SIZE_MAX;
        {
            bool first_money = true;
            for (const Mention* m : here) {
                if (m->kind != MentionKind::money || !m->value || *m->value < 100000) continue;
                if (first_money) {
                    first_money = false;
                    continue;
                }
                const std::size_t w = word_at(m->range.begin);
                for (std::size_t back = 1; back <= 3 && back <= w && breakdown_from == SIZE_MAX; ++back) {
                    const DealWord& x = words[w - back];
                    const bool opens = x.lower == "with" || x.lower == "davon" || x.lower == "darunter" || x.lower == "including" || x.lower == "of which";
                    if (opens && x.break_before) breakdown_from = w - back;
                }
                if (breakdown_from != SIZE_MAX) break;
            }
        }
        const auto roles_in_clause = [&](std::string_view type, std::size_t at) {
            const int clause = clauses[at];
            std::vector<Party> in_clause;
            // Where each party of the sentence stands in `in_clause`, if it does: a list of thousands of
            // firms is looked up once per name, not searched.
            std::vector<std::size_t> place(parties.size(), SIZE_MAX);
            for (std::size_t i = 0; i < parties.size(); ++i) {
                // A round's investors named in another clause take part in it; in a single investment only its lead may.
                const bool investor_marked = parties[i].marker == PartyMarker::lead || (parties[i].marker == PartyMarker::participation && type != "investment");
                if (clauses[parties[i].first_word] != clause && !investor_marked) continue;
                if (statements[parties[i].first_word] != statements[at]) continue;
                if (at < breakdown_from && parties[i].first_word >= breakdown_from) continue;
                if (in_fragment[i] && fragment_amount_after(parties[i]) != at) continue;
                Party p = parties[i];
                if (p.list_head != SIZE_MAX) p.list_head = place[p.list_head];
                place[i] = in_clause.size();
                in_clause.push_back(std::move(p));
            }
            // The rest of a list that starts in the clause ("from investors including A, B and C").
            for (std::size_t i = 0; i < parties.size(); ++i) {
                if (parties[i].list_head == SIZE_MAX || place[i] != SIZE_MAX || place[parties[i].list_head] == SIZE_MAX) continue;
                Party p = parties[i];
                p.list_head = place[parties[i].list_head];
                place[i] = in_clause.size();
                in_clause.push_back(std::move(p));
            }
            // "Microsoft, das Milliarden in OpenAI investiert hat": a relative clause's subject is the name
            // before its pronoun.
            // "Anthropic, which raised $13 billion in September, signed …": with no party of its own either, the
            // clause is about that name alone, not about every firm of the sentence.
            // (", der dafür rund drei Milliarden Dollar zahlt": a clause that goes on with the main clause's own deal
            // keeps its parties.)
            const bool main_clause_same_deal = std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) { return f.type == type && clauses[f.word] != clause; });
            if (clause != 0 && (!in_clause.empty() || !main_clause_same_deal) &&
                std::none_of(in_clause.begin(), in_clause.end(), [](const Party& p) { return p.marker == PartyMarker::none && p.list_head == SIZE_MAX; })) {
                auto start = std::find(clauses.begin(), clauses.end(), clause) - clauses.begin();
                // ("Instacart, which priced its shares … and raised $660m": a clause "and" joins to a relative one goes on with it.)
                if (start > 0 && is_one_of(words[static_cast<std::size_t>(start)].lower, {"and", "und"})) {
                    const int before = clauses[static_cast<std::size_t>(start - 1)];
                    const auto before_start = std::find(clauses.begin(), clauses.end(), before) - clauses.begin();
                    if (is_one_of(words[static_cast<std::size_t>(before_start)].lower, {"which", "who", "der", "die", "das"})) start = before_start;
                }
                const std::string& pronoun = words[static_cast<std::size_t>(start)].lower;
                const bool relative = pronoun == "der" || pronoun == "die" || pronoun == "das" || pronoun == "which" || pronoun == "who" || pronoun == "that";
                // ("World Labs, the startup co-founded by Fei-Fei Li, which came out of stealth with $230 million": past an
                // apposition between the name and its pronoun.)
                std::size_t apposition = static_cast<std::size_t>(start);
                if (start > 1) {
                    std::size_t b = static_cast<std::size_t>(start) - 1;
                    while (b > 0 && !words[b].break_before) --b;
                    if (b > 0 && is_one_of(words[b].lower, {"the", "a", "an"})) apposition = b;
                }
                for (std::size_t i = 0; i < parties.size() && relative && start > 0; ++i) {
                    const bool before_pronoun = parties[i].last_word + 1 == static_cast<std::size_t>(start) || parties[i].last_word + 1 == apposition;
                    if (!before_pronoun || parties[i].person) continue;
                    if (std::any_of(in_clause.begin(), in_clause.end(), [&](const Party& q) { return same_party(q.who, parties[i].who); })) break;
                    Party subject = parties[i];
                    subject.marker = PartyMarker::none;
                    subject.list_head = SIZE_MAX;
                    for (Party& q : in_clause) q.list_head = q.list_head == SIZE_MAX ? SIZE_MAX : q.list_head + 1;
                    in_clause.insert(in_clause.begin(), std::move(subject));
                    break;
                }
            }
            // "Motorola Mobility, für die Google 2012 rund 12,5 Milliarden Dollar bezahlt hatte", "Wiz, in which
            // Google …": the name before a preposition's relative pronoun stands in the clause where the pronoun does.
            if (clause != 0) {
                const auto start = static_cast<std::size_t>(std::find(clauses.begin(), clauses.end(), clause) - clauses.begin());
                const std::string& preposition = words[start].lower;
                const bool relative = start > 0 && start + 1 < words.size() &&
                                      (words[start + 1].lower == "die" || words[start + 1].lower == "den" || words[start + 1].lower == "das" ||
                                       words[start + 1].lower == "der" || words[start + 1].lower == "dem" || words[start + 1].lower == "which" ||
                                       words[start + 1].lower == "whom");
                const std::optional<PartyMarker> marker = !relative                                 ? std::nullopt
                                                          : preposition == "für" || preposition == "for" ? std::optional(PartyMarker::fuer)
                                                          : preposition == "in" || preposition == "into" ? std::optional(PartyMarker::in)
                                                          : preposition == "an" || preposition == "to"   ? std::optional(PartyMarker::an)
                                                          : preposition == "bei"                         ? std::optional(PartyMarker::bei)
                                                          : preposition == "von" || preposition == "from" ? std::optional(PartyMarker::von)
                                                                                                          : std::nullopt;
                for (std::size_t i = 0; i < parties.size() && marker; ++i) {
                    if (parties[i].last_word + 1 != start || parties[i].person) continue;
                    if (std::any_of(in_clause.begin(), in_clause.end(), [&](const Party& q) { return same_party(q.who, parties[i].who); })) break;
                    Party antecedent = parties[i];
                    antecedent.marker = *marker;
                    antecedent.list_head = SIZE_MAX;
                    in_clause.push_back(std::move(antecedent));
                    break;
                }
            }
            // A valuation in a statement of its own without a firm ("… – Start-up mit 11,7 Mrd. Euro bewertet")
            // is of the firm the text is about, not of whoever the other statement names.
            if (in_clause.empty() && type == "valuation" && clause != 0 && at > 0 &&
                std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(at), [&](const DealWord& w) { return w.dash_before; })) {
                return std::vector<Participant>{};
            }
            // A clause without parties takes those of its statement (list heads renumbered for its own list).
            std::vector<Party> of_statement;
            if (in_clause.empty() && several_statements) {
                std::vector<std::size_t> index_of(parties.size(), SIZE_MAX);
                for (std::size_t i = 0; i < parties.size(); ++i) {
                    if (statements[parties[i].first_word] != statements[at]) continue;
                    index_of[i] = of_statement.size();
                    of_statement.push_back(parties[i]);
                    if (parties[i].list_head != SIZE_MAX) of_statement.back().list_head = index_of[parties[i].list_head];
                }
            }
            auto roles = in_clause.empty() ? roles_for(type, several_statements ? of_statement : parties, sentence_frame, words, at)
                                           : roles_for(type, in_clause, frame_of_clause[static_cast<std::size_t>(clause)], words, at);
            for (const std::size_t k : leading_clause_starts) {
                if (clauses[k] == clause) continue;
                const Party* before = nullptr;
                for (const Party& p : parties) {
                    if (p.last_word < k && clauses[p.first_word] == clause) before = &p;
                }
                if (!before) continue;
                for (Participant& q : roles) {
                    if (same_party(q, before->who) && q.role == "investor") q.role = "lead_investor";
                }
            }
            // "…, als Altimeter Capital und DST Global die Runde anführten": the firms a subordinate clause names as its
            // subjects lead the round of the clause before; so do those of a relative clause of the round ("eine Runde,
            // die ASML anführte", "a round that Iconiq led").
            for (const std::size_t k : leading_clause_starts) {
                // (The round may stand a few words back, its size and firm between: "an der Finanzierungsrunde des
                // Start-ups Mistral AI über 1,7 Milliarden Euro, die ASML … anführte".)
                // (Where the clause begins right after the pronoun, the pronoun is the word before it.)
                const auto pronoun = [&](std::size_t i) { return is_one_of(words[i].lower, {"die", "der", "that", "which"}); };
                const std::size_t r = k > 1 && pronoun(k - 1) && !pronoun(k) ? k - 1 : k;
                const bool relative = r > 0 && pronoun(r);
                bool of_the_round = false;
                for (std::size_t j = r; relative && j-- > 0 && clauses[j] == clauses[r - 1];) of_the_round |= names_a_round(words[j]);
                if (type != "funding_round" || clauses[k] == clause || !(of_the_round || is_one_of(words[k].lower, {"als", "nachdem", "wobei", "when", "as"}))) continue;
                for (const Party& p : parties) {
                    if (clauses[p.first_word] != clauses[k] || p.person) continue;
                    const PartyMarker m = p.list_head != SIZE_MAX ? parties[p.list_head].marker : p.marker;
                    if (m != PartyMarker::none || std::any_of(roles.begin(), roles.end(), [&](const Participant& q) { return same_party(q, p.who); })) continue;
                    Participant lead = p.who;
                    lead.role = "lead_investor";
                    roles.push_back(std::move(lead));
                }
            }
            return roles;
        };
        // "hat lediglich eine Lizenz für die Sprachmodelle von Character.AI erworben", "licensed its models": a
        // licence bought is a partnership, not a takeover of the firm.
        const bool licence_bought =
            (for_use || std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower.starts_with("lizenz") || w.lower.starts_with("licen"); })) &&
            std::none_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower.starts_with("übernahme") || w.lower == "takeover" || w.lower == "acquisition" || w.lower.starts_with("übernimmt") ||
                       w.lower.starts_with("übernahm");
            });
        // (A word of the amount's own statement first: "signed an $11.9bn contract with OpenAI, and the ChatGPT maker also received
        // $350m of CoreWeave stock" — the stock is the other statement's.)
        const auto nearest_trigger = [&](std::size_t at, bool skip_valuation) -> const Found* {
            const Found* best = nullptr;
            const auto distance = [&](const Found& f) { return f.word > at ? f.word - at : at - f.word; };
            const auto generic = [&](const Found& f) { return is_contract_word(words[f.word].lower); };
            const auto other_statement = [&](const Found& f) { return statements[f.word] != statements[at]; };
            const auto rank = [&](const Found& f) { return std::tuple(other_statement(f), generic(f), distance(f)); };
            for (const Found& f : triggers) {
                if (skip_valuation && f.type == "valuation") continue;
                if (!best || rank(f) < rank(*best)) best = &f;
            }
            return best;
        };
        const auto has_trigger = [&](std::string_view type) {
            return std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) { return f.type == type; });
        };
        const auto with_topic = [&](std::vector<Participant> participants, std::string_view type) {
            // No party of its own: the firm the text is about, when the sentence speaks of it.
            const bool receiving = type == "investment" || type == "funding_round" || type == "valuation";
            // (The firm that lately received money, not one of a ticker's earlier entry: that is the subject since.)
            const bool received_lately = work.receiving_topic_sentence == SIZE_MAX || s <= work.receiving_topic_sentence + 3 ||
                                         article.sentences[work.receiving_topic_sentence].block == sentence.block;
            // (A valuation told paragraphs later, after asides on other firms, is of the firm the article names most,
            // once that one has raised money: "Die Bewertung liegt laut Branchenkreisen bei …" closing a story.)
            // (Nor of a firm just bought: "Der Rivale Tabulo wurde übernommen. … Die Bewertung liegt bei …")
            const bool valued_later = type == "valuation" && (!received_lately || work.receiving_topic_bought) && work.most_named_received;
            const Participant& topic = valued_later ? work.most_named
                                       : receiving && received_lately && (!work.receiving_topic.entity.empty() || !work.receiving_topic.name.empty())
                                           ? work.receiving_topic
                                           : work.topic;
            if (participants.empty() && (!topic.entity.empty() || !topic.name.empty())) {
                if (const char* role = subject_role(type)) {
                    Participant p = topic;
                    p.role = type == "compute_deal" && sells_compute(topic) ? "provider" : role;
                    participants.push_back(std::move(p));
                }
            }
            return participants;
        };

        // "SoftBank will provide USD 30 billion of the total": a part of the round just told.
        if (work.last_round < out.size() && s <= work.last_round_sentence + 3 && !parties.empty()) {
            for (const Mention* m : here) {
                if (m->kind != MentionKind::money || !m->value) continue;
                const std::size_t last = word_at(m->range.end - 1);
                const bool of_total = (last + 3 < words.size() && words[last + 1].lower == "of" && words[last + 2].lower == "the" &&
                                       (words[last + 3].lower == "total" || words[last + 3].lower == "round" || words[last + 3].lower == "sum")) ||
                                      (last + 1 < words.size() && words[last + 1].lower == "davon");
                if (of_total && std::none_of(triggers.begin(), triggers.end(), [&](const Found& f) { return f.word == last + 3; })) {
                    triggers.push_back({"investment", last + 1});
                }
            }
        }
        // "Ein halbes Jahr später folgen weitere sechs Milliarden Dollar": more money for the firm of the
        // last round, without a party or a deal word of its own.
        // ("It added another $10 billion in January 2023": the investor of that deal, named again, gives more.)
        // (Asked only without a deal word, by the firms' keys: a round and a sentence may each name thousands.)
        const bool another_sum = std::any_of(here.begin(), here.end(), [&](const Mention* m) {
            const std::size_t w = word_at(m->range.begin);
            return m->kind == MentionKind::money && w > 0 && is_one_of(words[w - 1].lower, {"weitere", "weiteren", "another", "further"});
        });
        const bool only_last_rounds_parties = triggers.empty() && another_sum && work.last_round < out.size() && [&] {
            std::set<std::string> in_round;
            for (const Participant& q : out[work.last_round].event.participants) in_round.insert(firm_key(q));
            return std::all_of(parties.begin(), parties.end(), [&](const Party& p) { return in_round.contains(firm_key(p.who)); });
        }();
        if (only_last_rounds_parties) {
            const std::string_view round_type = out[work.last_round].event.type == "funding_round" ? "funding_round" : "investment";
            for (const Mention* m : here) {
                if (m->kind != MentionKind::money || !m->value) continue;
                const std::size_t w = word_at(m->range.begin);
                const std::string& before = w > 0 ? words[w - 1].lower : words[w].lower;
                if (w > 0 && (before == "weitere" || before == "weiteren" || before == "another" || before == "further")) triggers.push_back({round_type, w});
            }
        }
        // "Im Mai 2024 folgten 66 Millionen Dollar, diesmal unter Führung von Altimeter Capital": the next round of
        // the firm whose round was told last, its investors named as such.
        std::optional<Participant> next_round_of;
        if (triggers.empty() && work.last_round < out.size() && out[work.last_round].event.type == "funding_round" &&
            std::all_of(parties.begin(), parties.end(), [](const Party& p) {
                return p.marker == PartyMarker::lead || p.marker == PartyMarker::participation || p.list_head != SIZE_MAX;
            }) &&
            std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "folgten" || w.lower == "folgte" || w.lower == "followed"; })) {
            const auto& last = out[work.last_round].event.participants;
            const auto investee = std::find_if(last.begin(), last.end(), [](const Participant& p) { return p.role == "investee"; });
            for (const Mention* m : here) {
                if (investee == last.end() || m->kind != MentionKind::money || !m->value || *m->value < 100000) continue;
                triggers.push_back({"funding_round", word_at(m->range.begin)});
                next_round_of = *investee;
                break;
            }
        }
        // "Verkäufer sind Oracle und Carlyle", "Lenders include JPMorgan and Citi": more sides of the takeover or
        // loan told in the sentence or two before, in a sentence without money of its own.
        if (!out.empty() && !out.back().event.sources.empty() && !out.back().event.sources[0].sentences.empty()) {
            Event& told = out.back().event;
            const std::size_t told_at = told.sources[0].sentences.back();
            const bool near = s <= told_at + 2 && sentence.block <= article.sentences[told_at].block + 1;
            const bool money_here = std::any_of(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money; });
            const std::string_view role = near && !money_here ? later_party_role(told.type, words) : std::string_view{};
            std::vector<Participant> more;
            std::set<std::string> named;  // the deal's sides and those added, by key: both may be long (filled only when asked)
            if (!role.empty()) {
                for (const Participant& q : told.participants) named.insert(firm_key(q));
            }
            for (const Party& p : parties) {
                if (role.empty() || p.person || p.compound || p.in_passing) continue;
                const PartyMarker m = p.list_head != SIZE_MAX ? parties[p.list_head].marker : p.marker;
                if (m != PartyMarker::none && m != PartyMarker::von && m != PartyMarker::durch && m != PartyMarker::mit && m != PartyMarker::lead &&
                    m != PartyMarker::participation) {
                    continue;
                }
                if (!named.insert(firm_key(p.who)).second) continue;
                more.push_back(p.who);
                more.back().role = std::string(role);
            }
            if (!more.empty()) {
                for (Participant& q : more) told.participants.push_back(std::move(q));
                Citation& source = told.sources[0];  // the evidence now takes in the sentence that names them
                source.range = {source.range.begin, sentence.range.end};
                source.quote = std::string(article.view(source.range));
                for (std::size_t k = told_at + 1; k <= s; ++k) source.sentences.push_back(k);
                update_topic();
                remember_only_firm();
                remember();
                continue;
            }
        }
        const std::size_t proposed_before = out.size();
        // "Ende Mai kaufte AMD Enosemi. Anfang Juni folgte der KI-Softwarespezialist Brium", "2022 kam Brightly
        // hinzu": a series of takeovers goes on with the next target, bought by the same buyer.
        if (triggers.empty() && !out.empty() && out.back().event.type == "acquisition" && !out.back().event.sources.empty() &&
            !out.back().event.sources[0].sentences.empty() && s <= out.back().event.sources[0].sentences.back() + 3) {
            const bool goes_on = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower == "folgte" || w.lower == "folgten" || w.lower == "hinzu" || w.lower == "followed";
            });
            const auto buyer = std::find_if(out.back().event.participants.begin(), out.back().event.participants.end(),
                                            [](const Participant& p) { return p.role == "buyer"; });
            std::vector<const Party*> others;  // one is all that is asked: two end the search
            for (const Party& p : parties) {
                if (others.size() > 1) break;
                if (!p.person && buyer != out.back().event.participants.end() && !same_group(p.who, *buyer) &&
                    std::none_of(others.begin(), others.end(), [&](const Party* q) { return same_party(q->who, p.who); })) {
                    others.push_back(&p);
                }
            }
            if (goes_on && buyer != out.back().event.participants.end() && others.size() == 1) {
                const auto money = std::find_if(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money && m->value; });
                Participant target = others[0]->who;
                target.role = "target";
                propose("acquisition", money != here.end() ? *money : nullptr, {*buyer, std::move(target)}, 0.45);
            }
        }
        // "Mercedes-Benz investierte 2024 in Apptronik. Im Frühjahr 2025 folgte BMW mit einer eigenen Beteiligung", "Google
        // followed with a stake of its own": another investor in the firm just funded, with no sum of its own.
        const bool investment_words_only = std::all_of(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "investment"; });
        const bool no_money = std::none_of(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money; });
        if (investment_words_only && no_money && out.size() == proposed_before && !out.empty() && out.back().event.type == "investment" &&
            !out.back().event.sources.empty() && !out.back().event.sources[0].sentences.empty() && s <= out.back().event.sources[0].sentences.back() + 2) {
            const auto& told = out.back().event.participants;
            const bool goes_on = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower == "folgte" || w.lower == "folgten" || w.lower == "followed" || w.lower == "follows";
            });
            const auto investee = std::find_if(told.begin(), told.end(), [](const Participant& p) { return p.role == "investee"; });
            std::set<std::string> in_deal;  // by key: the deal and the sentence may each name thousands
            for (const Participant& q : told) in_deal.insert(firm_key(q));
            std::vector<const Party*> others;  // one is all that is asked: two end the search
            for (const Party& p : parties) {
                if (others.size() > 1) break;
                if (!p.person && p.marker == PartyMarker::none && !in_deal.contains(firm_key(p.who)) &&
                    std::none_of(others.begin(), others.end(), [&](const Party* q) { return same_party(q->who, p.who); })) {
                    others.push_back(&p);
                }
            }
            if (goes_on && investee != told.end() && others.size() == 1) {
                Participant investor = others[0]->who;
                investor.role = "investor";
                propose("investment", nullptr, {*investee, std::move(investor)}, 0.45);
            }
        }
        // "OpenAI sicherte sich bei Nvidia zehn Gigawatt. Im Oktober folgten AMD mit sechs Gigawatt sowie Broadcom
        // mit zehn": more suppliers of the same customer, each with the amount told after its name (none without one).
        // (Whatever the amounts trigger: the sentence is about those suppliers and is read no further.)
        // (The compute deal may be one of the last few told, a paragraph before: "Nvidia will invest …". Not
        // work.last_compute_deal alone: one told five deals back is another story, "Nvidia will … investieren,
        // während OpenAI … aufbaut" after it took a deal of the US energy ministry for the customer.)
        bool followed_compute = false;
        const auto last_compute = [&]() -> const Event* {
            for (std::size_t back = 1; back <= 5 && back <= out.size(); ++back) {
                const Event& e = out[out.size() - back].event;
                if (e.sources.empty() || e.sources[0].sentences.empty() || s > e.sources[0].sentences.back() + 8) return nullptr;
                if (e.type == "compute_deal") return &e;
            }
            return nullptr;
        };
        const Event* followed = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "folgte" || w.lower == "folgten" || w.lower == "followed"; })
                                    ? last_compute()
                                    : nullptr;
        if (followed) {
            const std::vector<Participant> told = followed->participants;
            const auto customer = std::find_if(told.begin(), told.end(), [](const Participant& p) { return p.role == "customer"; });
            std::vector<const Party*> providers;  // a handful at most: a long list is no such sentence
            for (const Party& p : parties) {
                if (providers.size() > 4) break;
                if (p.person || customer == told.end() || same_group(p.who, *customer)) continue;
                if (std::none_of(providers.begin(), providers.end(), [&](const Party* q) { return same_party(q->who, p.who); })) providers.push_back(&p);
            }
            for (std::size_t i = 0; i < providers.size() && providers.size() <= 4; ++i) {
                // The first amount after the name and before the next one's.
                const std::size_t from = providers[i]->last_word, to = i + 1 < providers.size() ? providers[i + 1]->first_word : words.size();
                const auto amount = std::find_if(here.begin(), here.end(), [&](const Mention* m) {
                    if ((m->kind != MentionKind::money && m->kind != MentionKind::quantity) || !m->value) return false;
                    const std::size_t w = word_at(m->range.begin);
                    return w > from && w < to;
                });
                if (amount == here.end()) continue;  // "folgte die nächste Wendung im Streit mit AMD": no supply told
                Participant provider = providers[i]->who;
                provider.role = "provider";
                propose("compute_deal", *amount, {*customer, std::move(provider)}, 0.45);
                followed_compute = true;
            }
        }
        if (followed_compute) {
            update_topic();
            remember();
            continue;
        }
        // "Bereits im Juni 2024 hatte Databricks Tabular übernommen. Der Preis lag bei über einer Milliarde
        // Dollar", "… einen Mietvertrag unterzeichnet. Der Wert liegt bei rund 5,5 Milliarden Dollar": the price of
        // a takeover or a compute deal just told without one; the quote then spans both sentences.
        if (triggers.empty() && bid_parties) {
            const auto money = std::find_if(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money && m->value && *m->value >= 100000; });
            if (money != here.end()) propose("acquisition", *money, *bid_parties, 0.45);
        }
        // "Der Wert liegt bei …, Cipher stellt dafür 300 Megawatt bereit": a sentence that opens with the
        // deal's value goes on about the deal just told, whatever else its words trigger.
        // "… einen Milliardenauftrag platziert. Der Vertrag über 16,5 Milliarden Dollar läuft bis 2033": the
        // contract just told, named again with its value.
        const bool names_contract_again = words.size() >= 3 && is_one_of(words[0].lower, {"der", "die", "das", "the"}) && is_contract_word(words[1].lower) &&
                                          is_one_of(words[2].lower, {"über", "is", "ist", "hat", "has", "was", "war"});
        // ("Die Investitionssumme liegt bei rund einer Milliarde Euro", "Die Investition beläuft sich auf …": what the deal just told costs.)
        const auto names_value = [](const std::string& w) {
            return w == "wert" || w == "preis" || w == "kaufpreis" || w == "volumen" || w == "gesamtwert" || w == "value" || w == "price" ||
                   w == "investitionssumme" || w == "investitionsvolumen" || w == "gesamtsumme" || w == "auftragsvolumen" || w == "gesamtvolumen" ||
                   w == "investition" || w == "gesamtinvestition" || w == "kosten" || w == "gesamtkosten" || w == "cost" || w == "costs";
        };
        const bool opens_with_value = std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(words.size(), 3)),
                                                  [&](const DealWord& w) { return names_value(w.lower); }) ||
                                      names_contract_again;
        bool value_told = false;
        // ("Der Konzern übernahm 49 Prozent an Scale AI. Gezahlt wurden dafür 14,3 Milliarden Dollar": the price of a stake too.)
        if ((triggers.empty() || opens_with_value) && !out.empty() &&
            (out.back().event.type == "acquisition" || out.back().event.type == "compute_deal" || out.back().event.type == "investment" ||
             out.back().event.type == "partnership") &&
            std::none_of(out.back().event.amounts.begin(), out.back().event.amounts.end(), [](const Amount& a) { return !a.currency.empty(); }) &&
            !out.back().event.sources.empty() && !out.back().event.sources[0].sentences.empty()) {
            Event& takeover = out.back().event;
            const std::size_t told = takeover.sources[0].sentences.back();
            const bool near = s > told && s <= told + 2 && article.sentences[told].block == sentence.block;
            const bool price = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
                return names_value(w.lower) || w.lower == "paid" || w.lower == "zahlte" || w.lower == "gezahlt" || w.lower == "bezahlte" || w.lower == "worth" ||
                       w.lower == "valued";
            });
            const bool own_parties = std::all_of(parties.begin(), parties.end(), [&](const Party& p) {
                return p.person || std::any_of(takeover.participants.begin(), takeover.participants.end(), [&](const Participant& q) { return same_party(p.who, q); });
            });
            const auto money = std::find_if(here.begin(), here.end(), [](const Mention* m) { return m->kind == MentionKind::money && m->value && *m->value >= 100000; });
            if (near && (price || names_contract_again) && own_parties && money != here.end()) {
                add_amount(takeover, **money, *find_event_type(takeover.type));
                // The deal's value comes before the megawatts it was told with, unless only a rumour or a report gives it.
                if (takeover.amounts.size() > 1 && !any_token(words, kRumor) && !any_token(words, kReported)) std::rotate(takeover.amounts.begin(), takeover.amounts.end() - 1, takeover.amounts.end());
                Citation& source = takeover.sources[0];
                source.range = {source.range.begin, sentence.range.end};
                source.quote = std::string(article.view(source.range));
                for (std::size_t k = told + 1; k <= s; ++k) source.sentences.push_back(k);
                summarise(takeover, *money);
                value_told = true;
            }
        }
        // "Poolside signed a contract with CoreWeave. Under the agreement, CoreWeave will provide more than 40,000 chips",
        // "Im Rahmen der Vereinbarung liefert …": the terms of the deal just told, with no sum of its own yet.
        const bool under_the_deal = words.size() >= 3 &&
                                    ((words[0].lower == "under" && is_one_of(words[1].lower, {"the", "that", "this"}) &&
                                      (is_contract_word(words[2].lower) || is_one_of(words[2].lower, {"deal", "terms", "partnership", "arrangement"}))) ||
                                     (words[0].lower == "im" && words[1].lower == "rahmen" && words.size() >= 4 &&
                                      (is_contract_word(words[3].lower) || is_one_of(words[3].lower, {"deals", "partnerschaft", "kooperation"}))));
        if (under_the_deal && !value_told && !out.empty() && (out.back().event.type == "compute_deal" || out.back().event.type == "partnership") &&
            out.back().event.amounts.empty() && !out.back().event.sources.empty() && !out.back().event.sources[0].sentences.empty() &&
            out.back().event.sources[0].sentences.back() + 1 == s) {
            Event& deal = out.back().event;
            const auto amount = std::find_if(here.begin(), here.end(), [](const Mention* m) {
                return (m->kind == MentionKind::money || (m->kind == MentionKind::quantity && m->unit != "percent")) && m->value;
            });
            if (amount != here.end()) {
                add_amount(deal, **amount, *find_event_type(deal.type));
                Citation& source = deal.sources[0];
                source.range = {source.range.begin, sentence.range.end};
                source.quote = std::string(article.view(source.range));
                source.sentences.push_back(s);
                summarise(deal, *amount);
                value_told = true;
            }
        }
        if ((triggers.empty() || (value_told && (opens_with_value || under_the_deal))) && !joins_providers) {
            name_round_investors();
            update_topic();
            remember_only_firm();
            remember();
            continue;
        }
        // Money in each statement of the sentence: a count or a capacity is a deal's amount only where no
        // money is ("Nvidia soll 18.000 Chips liefern, AMD vereinbarte … über zehn Milliarden Dollar").
        std::set<int> statements_with_money;
        for (const Mention* m : here) {
            if (m->kind == MentionKind::money && m->value) statements_with_money.insert(statements[word_at(m->range.begin)]);
        }
        // "eine Kreditlinie über vier Milliarden Dollar, die sich auf bis zu sechs Milliarden aufstocken lässt", "a $4bn
        // facility that can be expanded to $6bn": the ceiling the same deal may grow to, not a second deal.
        const auto raises_previous = [&](const Mention& amount) {
            if (amount.kind != MentionKind::money || !amount.value) return false;
            const std::size_t at = word_at(amount.range.begin);
            const bool grows = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(at > 8 ? at - 8 : 0),
                                           words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), at + 6)), [](const DealWord& w) {
                                               return w.lower.starts_with("aufstock") || w.lower.starts_with("aufgestockt") || w.lower.starts_with("erhöh") ||
                                                      w.lower.starts_with("expand") || w.lower.starts_with("increas") || w.lower.starts_with("upsiz") ||
                                                      w.lower.starts_with("ausgeweitet") || w.lower.starts_with("auszuweiten");
                                           });
            if (!grows) return false;
            return std::any_of(here.begin(), here.end(), [&](const Mention* m) {
                return m != &amount && m->kind == MentionKind::money && m->value && m->unit == amount.unit && *m->value < *amount.value &&
                       m->range.end <= amount.range.begin && word_at(m->range.begin) + 16 >= at;
            });
        };
        const auto converts_previous = [&](const Mention& amount) {
            if (amount.kind != MentionKind::money) return false;
            const std::string_view text = article.text;
            // "20 Milliarden Yen, umgerechnet rund 135 Millionen Dollar": right after another amount, "umgerechnet"
            // or "converted" marks the same sum in another currency.
            {
                const std::size_t from = amount.range.begin > sentence.range.begin + 32 ? amount.range.begin - 32 : sentence.range.begin;
                const std::string_view lead = text.substr(from, amount.range.begin - from);
                const std::size_t cue = std::min(lead.rfind("umgerechnet"), lead.rfind("converted"));
                if (cue != std::string_view::npos) {
                    std::size_t before = from + cue;
                    while (before > sentence.range.begin && (text[before - 1] == ' ' || text[before - 1] == ',' || text[before - 1] == '(')) --before;
                    const bool after_money = std::any_of(here.begin(), here.end(), [&](const Mention* m) {
                        return m != &amount && m->kind == MentionKind::money && m->value && m->range.end == before;
                    });
                    // "… über 330 Millionen US-Dollar bekannt gegeben – umgerechnet rund 280 Millionen Euro", "hat 180 Millionen
                    // US-Dollar eingesammelt, umgerechnet rund 155 Millionen Euro": the same sum as an earlier amount of the
                    // sentence in another currency.
                    const bool earlier_other_currency = std::any_of(here.begin(), here.end(), [&](const Mention* m) {
                        return m != &amount && m->kind == MentionKind::money && m->value && m->range.end < before && m->unit != amount.unit;
                    });
                    if (after_money || earlier_other_currency) return true;
                }
            }
            // "¥400bn, or roughly $2.6bn", "2 Milliarden Euro oder rund 2,2 Milliarden Dollar": another currency
            // joined by "or" to the amount right before it is the same sum. (Asked only where "or" comes just before:
            // a sentence of thousands of amounts must not compare each pair.)
            const std::size_t lead_from = amount.range.begin > sentence.range.begin + 24 ? amount.range.begin - 24 : sentence.range.begin;
            const std::string_view lead = text.substr(lead_from, amount.range.begin - lead_from);
            const bool or_before = lead.find("or ") != std::string_view::npos || lead.find("oder ") != std::string_view::npos;
            for (const Mention* m : or_before ? here : std::span<const Mention* const>{}) {
                if (m == &amount || m->kind != MentionKind::money || !m->value || m->unit == amount.unit || m->range.end >= amount.range.begin ||
                    amount.range.begin - m->range.end > 24) {
                    continue;
                }
                std::vector<std::string> gap;  // the words between, without commas
                std::string word;
                for (const char c : text.substr(m->range.end, amount.range.begin - m->range.end)) {
                    if (c != ' ' && c != ',') word += c;
                    else if (!word.empty()) gap.push_back(lower(std::exchange(word, {})));
                }
                if (!word.empty()) gap.push_back(lower(word));
                if (gap.empty()) continue;
                if (gap[0] != "or" && gap[0] != "oder") continue;
                if (std::all_of(gap.begin() + 1, gap.end(), [](const std::string& w) {
                        return is_one_of(w, {"about", "roughly", "around", "some", "nearly", "almost", "approximately", "rund", "etwa", "knapp", "gut", "circa", "ca."});
                    })) {
                    return true;
                }
            }
            std::size_t k = amount.range.begin;
            // Back over "about", "rund", "etwa", "umgerechnet" to an opening parenthesis.
            while (k > sentence.range.begin && text[k - 1] != '(' && k + 16 > amount.range.begin) --k;
            if (k == sentence.range.begin || text[k - 1] != '(') return false;
            std::size_t before = k - 1;
            while (before > sentence.range.begin && text[before - 1] == ' ') --before;
            return std::any_of(here.begin(), here.end(), [&](const Mention* m) {
                return m != &amount && m->kind == MentionKind::money && m->value && m->range.end == before;
            });
        };
        // "Revenue last year came to $1.9 billion", "ein Verlust von 863 Millionen": a firm's results, not a
        // deal; "37.5 million shares": a count of shares; "would have brought in $2.7bn": what did not happen.
        // "Insgesamt summieren sich die Verträge auf 22,4 Mrd. Dollar", "in total that comes to": a sum of deals told.
        const bool sums_up = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                                 return w.lower == "insgesamt" || w.lower == "total" || w.lower == "together" || w.lower == "zusammen" || w.lower == "zusammengenommen";
                             }) &&
                             std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                                 return w.lower.starts_with("summier") || w.lower == "beläuft" || w.lower == "belaufen" || w.lower == "adds" || w.lower == "add" ||
                                        w.lower == "kommen" || w.lower == "kommt";
                             });
        const bool counterfactual = sums_up || std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "hätte" || w.lower == "hätten"; }) ||
                                    std::adjacent_find(words.begin(), words.end(), [](const DealWord& a, const DealWord& b) { return a.lower == "would" && b.lower == "have"; }) != words.end();
        // "Its shares rose 36%": a price moving, not a stake.
        static constexpr std::string_view kPriceMoves[] = {
            "rose", "jumped", "fell", "climbed", "dropped", "gained", "slumped", "soared", "slipped", "slid", "tumbled", "plunged", "declined",
            "rallied", "surged", "dipped", "eased", "sagged", "stieg", "stiegen", "fiel", "fielen", "sank", "sanken", "kletterte", "legte",
            "legten", "verlor", "verloren", "brach", "brachen", "rutschte", "rutschten", "sackte", "sackten", "büßte", "büßten"};
        const bool price_moves = any_token(words, kPriceMoves);
        const bool about_shares = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
            return w.lower == "shares" || w.lower == "stock" || w.lower.starts_with("aktie") || w.lower == "papiere" || w.lower == "kurs";
        });
        // "The new money lifts d-Matrix's total funding to $450 million", "has raised $1bn to date", "Insgesamt hat
        // Augment nun 252 Millionen Dollar eingesammelt", "Seit der Gründung hat das Start-up damit 46 Millionen
        // erhalten": what a firm has raised so far, not one more round. (A round's own "insgesamt 100 Millionen"
        // says no "so far".)
        const auto states_running_total = [&](std::size_t at) {
            bool total = false, so_far = false, now = false;
            // The amount's clause: up to a colon or semicolon, a dozen words before it and eight after.
            std::size_t from = at, to = at;
            while (from > 0 && at - from < 12 && statements[from - 1] == statements[at] && !words[from].colon_before && !words[from].semicolon_before) --from;
            while (to + 1 < words.size() && to - at < 8 && statements[to + 1] == statements[at] && !words[to + 1].colon_before && !words[to + 1].semicolon_before) ++to;
            for (std::size_t k = from; k <= to; ++k) {
                // "its biggest debt sale to date", "die bisher größte Runde": a record, not a sum so far.
                const auto record = [&](std::size_t near) {
                    for (std::size_t j = near > 3 ? near - 3 : 0; j <= std::min(to, near + 2); ++j) {
                        const std::string& w = words[j].lower;
                        if (w == "biggest" || w == "largest" || w == "highest" || w.starts_with("größt") || w.starts_with("höchst")) return true;
                    }
                    return false;
                };
                const std::string& x = words[k].lower;
                const auto next = [&](std::size_t ahead) { return k + ahead <= to ? std::string_view(words[k + ahead].lower) : std::string_view(); };
                if (x == "insgesamt" || x == "total" || x == "cumulative" || x == "overall") total = true;
                if (x == "nun" || x == "damit" || x == "mittlerweile" || x == "inzwischen" || x == "now") now = true;
                if (record(k)) continue;
                if (x == "bislang" || x == "bisher" || (x == "to" && next(1) == "date") || (x == "so" && next(1) == "far") ||
                    (x == "since" && (next(1) == "inception" || next(1) == "launch" || next(1) == "founding" || next(2) == "founding" || next(2) == "inception")) ||
                    (x == "seit" && (next(1) == "gründung" || next(2) == "gründung")) ||
                    (x == "total" && (next(1) == "funding" || next(1) == "raised" || next(1) == "financing")) || x == "gesamtfinanzierung") {
                    so_far = true;
                }
            }
            return so_far || (total && now);
        };
        // "Meta erhöhte seine Prognose für die Investitionen in diesem Jahr auf bis zu 40 Milliarden Dollar", "raised its
        // capex guidance to $40bn": a plan of spending; "Der Windows-Konzern gab im Quartal 14 Milliarden Dollar für
        // Rechenzentren aus", "spent $14bn on data centres": spending, with no one it is bought from.
        std::optional<bool> spent_of_a_period;  // the sentence spends in a quarter or a year, from no one: found on first need
        const auto spent_or_forecast = [&](std::size_t at, std::size_t last) {
            for (std::size_t back = 1; back <= 14 && back <= at && statements[at - back] == statements[at]; ++back) {
                const std::string& x = words[at - back].lower;
                if (x.starts_with("prognose") || x == "forecast" || x == "guidance" || x == "outlook" || x == "capex" || x.starts_with("investitionsbudget") ||
                    x.starts_with("investitionsplan")) {
                    return true;
                }
            }
            if (last + 1 >= words.size() || !is_one_of(words[last + 1].lower, {"für", "on"})) return false;
            // (The sentence's words looked at once, not per amount: a sentence of thousands of sums stays linear.)
            if (!spent_of_a_period) {
                const bool spends = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
                    return w.lower == "ausgegeben" || w.lower == "spent" || w.lower == "spends" || w.lower == "spend" || w.lower == "spending";
                }) || (std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "gab" || w.lower == "gibt" || w.lower == "gaben"; }) &&
                       std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "aus"; }));
                // (Spending of a quarter or a business year is a result; "would spend $2bn on its first data centre" in a
                // country is an investment there.)
                const bool of_a_period = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return w.lower.starts_with("quartal") || w.lower == "quarter" || w.lower.starts_with("geschäftsjahr") || w.lower == "fiscal";
                });
                // (Not "spent $1bn on chips from Nvidia", "bei Nvidia": bought from someone.)
                const bool from_someone = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "from" || w.lower == "bei" || w.lower == "von"; });
                spent_of_a_period = spends && of_a_period && !from_someone;
            }
            return *spent_of_a_period;
        };
        // "Tempus will pay $375 million in cash and $225 million in its own shares", "zahlt 2 Mrd. in bar und 1 Mrd. in
        // Aktien": how a takeover told just before is paid, naming no other firm; not deals of their own.
        std::optional<bool> paying_for_takeover;  // a takeover told just before and one firm here: found on first need
        const auto pays_part_of_takeover = [&](const Mention& amount) {
            if (amount.kind != MentionKind::money) return false;
            const std::size_t last = word_at(amount.range.end - 1);
            if (last + 2 >= words.size() || words[last + 1].lower != "in") return false;
            bool means = false;
            for (std::size_t k = last + 2; k < words.size() && k <= last + 4 && !means; ++k) {
                const std::string& x = words[k].lower;
                means = x == "cash" || x == "stock" || x == "shares" || x == "bar" || x == "aktien" || x == "bargeld";
            }
            if (!means) return false;
            // (Found once for the sentence, from the last few deals: not per amount.)
            if (!paying_for_takeover) {
                bool takeover_before = false;
                for (std::size_t k = out.size(); k-- > 0 && k + 8 >= out.size() && !takeover_before;) {
                    const Event& e = out[k].event;
                    takeover_before = e.type == "acquisition" && !e.sources.empty() && !e.sources[0].sentences.empty() && e.sources[0].sentences.front() + 3 >= s;
                }
                std::set<std::string> firms;
                for (std::size_t k = 0; k < parties.size() && firms.size() < 2; ++k) firms.insert(firm_key(parties[k].who));
                paying_for_takeover = takeover_before && firms.size() <= 1;
            }
            return *paying_for_takeover;
        };
        const auto reports_results_or_shares = [&](const Mention& amount) {
            if (counterfactual && amount.kind == MentionKind::money) return true;
            if (amount.kind == MentionKind::quantity && amount.unit == "percent" && price_moves && about_shares) return true;
            const std::size_t w = word_at(amount.range.begin), last = word_at(amount.range.end - 1);
            if (states_running_total(w)) return true;
            if (spent_or_forecast(w, last)) return true;
            // "bringing the bank's total to $9.6 billion": a running total, not one more deal.
            for (std::size_t back = 1; back <= 14 && back <= w; ++back) {
                const std::string& x = words[w - back].lower;
                if (x == "bringing" || x == "brings" || x == "bringt" || x == "brachte") return true;
                if (words[w - back].break_before) break;
            }
            // "37.5 million shares", "160 Millionen eigene Aktien": a count of shares; "für zwei Milliarden
            // Dollar Stammaktien" is money spent on them.
            if (amount.kind != MentionKind::money && last + 1 < words.size() &&
                (words[last + 1].lower == "shares" || words[last + 1].lower == "aktien" || words[last + 1].lower == "papiere")) {
                return true;
            }
            for (std::size_t back = 1; back <= 5 && back <= w; ++back) {
                const std::string& x = words[w - back].lower;
                if (x == "revenue" || x == "revenues" || x == "sales" || x == "loss" || x == "profit" || x == "earnings" || x == "income" ||
                    x.starts_with("umsatz") || x.starts_with("umsätze") || x.starts_with("verlust") || x.starts_with("nettoverlust") || x == "gewinn" ||
                    x.starts_with("erlös") || x == "einnahmen" || x == "jahresumsatz" || x == "obligations" || x == "backlog" ||
                    x.starts_with("auftragsbestand") || x == "spending" || x == "capex" || x == "forecast" || x == "guidance" || x == "outlook" ||
                    x.starts_with("prognose") || x.starts_with("börsenwert") || x.starts_with("marktwert") || x.starts_with("marktkapitalisierung") ||
                    x == "capitalisation" || x == "capitalization" || x == "cap") {
                    return true;  // also "raising its capital spending plan to about $50 billion": a plan, not money raised
                }
                if (words[w - back].break_before) break;
            }
            return false;
        };
        std::size_t amounts = 0;
        for (const Mention* amount : here) {
            // A share price ("$40 a share") is not a deal's amount.
            const bool money = amount->kind == MentionKind::money && amount->value && *amount->value >= 100000;
            // (Not "0 gigawatts": no deal is of nothing, and a table would refuse the figure.)
            const bool quantity = amount->kind == MentionKind::quantity && amount->value && *amount->value > 0 &&
                                  !statements_with_money.contains(statements[word_at(amount->range.begin)]);
            if (!money && !quantity) continue;
            if (word_at(amount->range.begin) >= breakdown_from) continue;
            if (reports_results_or_shares(*amount)) continue;
            if (pays_part_of_takeover(*amount)) continue;
            // A sentence listing thousands of amounts is not thousands of deals: the first few are proposed.
            if (++amounts > kMaxCandidatesPerSentence) continue;
            // "€1.7bn (about $2bn)": the same amount converted, not a second deal (asked after the cap:
            // it looks at every amount of the sentence).
            if (converts_previous(*amount)) continue;
            if (raises_previous(*amount)) continue;
            const std::size_t at = word_at(amount->range.begin), end = word_at(amount->range.end - 1);
            std::string_view type;
            if (quantity) {
                // A stake, not a share price moving by 7 %: a word of holding, or "49 % an/of/in X".
                const bool stake_word = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return w.lower.starts_with("anteil") || w.lower.starts_with("stake") || w.lower == "beteiligung" || w.lower == "hält" ||
                           w.lower == "holds" || w.lower == "hold" || w.lower == "übernimmt" || w.lower == "erwirbt";
                });
                const bool of_firm = end + 1 < words.size() && is_one_of(words[end + 1].lower, {"an", "am", "of", "in", "bei", "beim"});
                // ("Wacker Chemie, der rund 30,8 Prozent an Siltronic hält", "which holds 30% of X": a stake held is told by itself.)
                const bool holds = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return w.lower == "hält" || w.lower == "holds"; });
                // (Nor is a count of chips a deal where no one buys, supplies or deploys them: "a server with eight Sohu chips can
                // generate …", "would take about 160 of Nvidia's GPUs to match".)
                const bool dealt = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return (!w.trigger.empty() && w.trigger != "compute_deal" && w.trigger != "valuation") ||
                           is_one_of(w.lower, {"liefern", "liefert", "lieferte", "geliefert", "bestellt", "bestellte", "order", "ordered", "orders", "deliver",
                                               "delivers", "delivered", "supply", "supplies", "supplied", "deploy", "deploys", "deployed", "rent", "rents",
                                               "rented", "lease", "leases", "leased", "secured", "secures", "sichert", "sicherte", "bezieht", "bezog",
                                               "install", "installs", "installed", "installiert", "provide", "provides", "provided", "stellt", "stellte",
                                               "use", "uses", "nutzt", "nutzen", "abnehmen", "abnimmt", "get", "gets", "receive", "receives", "erhält",
                                               "baut", "bauen", "build", "builds", "building", "built", "offer", "offers", "bucht", "buchte", "gebucht",
                                               "agreements", "headed", "ship", "ships", "shipped", "umfassen", "umfasst", "betrieben", "betreiben",
                                               "einsetzen", "eingesetzt", "setzt"}) ||
                           w.lower.find("miet") != std::string::npos || w.lower.starts_with("buch") || w.lower == "gebucht";
                });
                if (amount->unit == "percent" && (((stake_word || of_firm) && (has_trigger("investment") || has_trigger("acquisition"))) || (holds && of_firm))) {
                    type = "investment";
                }
                // (A count is of compute only where the words after it name it: "18,000 GB300 chips", not "Unit 1".)
                else if ((amount->unit == "GW" || amount->unit == "MW" ||
                          (amount->unit == "count" && std::any_of(words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), at)),
                                                                  words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), end + 8)),
                                                                  [](const DealWord& w) { return w.trigger == "compute_deal"; }) &&
                           dealt)) &&
                         has_trigger("compute_deal")) {
                    type = "compute_deal";
                }
                else {
                    --amounts;  // "von zwei Forschern gegründet": a count that is no deal's leaves the sentence without an amount
                    continue;
                }
            } else if (amount_is_valuation(words, at, end)) {
                // "mehr als fünf Billionen Dollar wert": a listed giant's market value, no round's.
                if (*amount->value > 1e12 && end + 1 < words.size() && words[end + 1].lower == "wert") continue;
                type = "valuation";
            } else {
                const Found* nearest = nearest_trigger(at, true);
                // "a $7.5 billion debt facility", "a USD 40 billion investment": the noun the amount
                // qualifies says what it is, before any verb nearer to it.
                for (const Found& f : triggers) {
                    const bool head = (f.word == end + 1 || (f.word == end + 2 && !words[end + 1].break_before && words[end + 1].trigger.empty())) &&
                                      !words[f.word].break_before && f.type != "valuation" && !is_contract_word(words[f.word].lower);
                    if (head) {
                        nearest = &f;
                        break;
                    }
                }
                // "it added $110 million in a Series B", "30 Millionen Euro in einer Finanzierungsrunde": the round the
                // sum came in, whatever other word stands nearer ("… every cloud budget, it added …").
                if (end + 2 < words.size() && words[end + 1].lower == "in" && !words[end + 1].break_before) {
                    for (const Found& f : triggers) {
                        if (f.type != "funding_round" || f.word <= end + 1 || f.word > end + 4) continue;
                        bool plain = true;
                        for (std::size_t k = end + 2; k < f.word; ++k) plain = plain && !words[k].break_before && words[k].trigger.empty();
                        if (plain) {
                            nearest = &f;
                            break;
                        }
                    }
                }
                // "Baukredite über 1,44 Milliarden Dollar", "eine Förderzusage von X": the noun before "über"/"von" and the
                // amount says what it is, as one after it does.
                // ("eine Fremdfinanzierung in Höhe von 500 Millionen Dollar", "im Umfang von": the noun before the phrase.)
                const std::size_t noun_at = at >= 4 && words[at - 1].lower == "von" && is_one_of(words[at - 2].lower, {"höhe", "umfang", "volumen"}) &&
                                                    is_one_of(words[at - 3].lower, {"in", "im"})
                                                ? at - 4
                                                : at >= 2 ? at - 2 : SIZE_MAX;
                if (noun_at != SIZE_MAX && (words[at - 1].lower == "über" || words[at - 1].lower == "von") && !words[at - 1].break_before) {
                    for (const Found& f : triggers) {
                        if (f.word == noun_at && words[f.word].capitalised && f.type != "valuation" && !is_contract_word(words[f.word].lower)) nearest = &f;
                    }
                }
                if (!nearest) continue;
                type = nearest->type;
                const bool invest_verb = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    // (Not "investor": "the Japanese investor's collection" names who, not what is done.)
                    // (A pledge too: "hatten … eine Milliarde Dollar für ein Rechenzentrum zugesagt", "pledged $1bn".)
                    return w.lower.starts_with("steck") || w.lower.starts_with("gesteckt") || (w.lower.starts_with("invest") && !w.lower.starts_with("investor")) ||
                           is_one_of(w.lower, {"zugesagt", "zusagen", "zugesichert", "pledged", "pledges", "committed"});
                });
                const bool into = std::any_of(parties.begin(), parties.end(), [](const Party& p) { return p.marker == PartyMarker::in; });
                if (type == "funding_round" && invest_verb && into) type = "investment";  // "… in einer Finanzierungsrunde … in X gesteckt"
                // "investiert 3 Mrd. in Rechenzentren": money into compute is an investment, buying it from a provider is not.
                const bool from_provider = std::any_of(parties.begin(), parties.end(), [](const Party& p) {
                    return p.marker == PartyMarker::bei || p.marker == PartyMarker::von || p.marker == PartyMarker::mit;
                });
                if (type == "compute_deal" && invest_verb && !from_provider) type = "investment";
                // "hatten angekündigt, gemeinsam eine Milliarde Dollar in ein Rechenzentrum zu investieren": money put in
                // together is invested by each, not a partnership.
                const std::string& trigger_word = words[nearest->word].lower;
                if (type == "partnership" && (invest_verb || has_trigger("investment")) && (trigger_word == "gemeinsam" || trigger_word == "together" || trigger_word == "jointly")) {
                    type = "investment";
                }
                if (type == "compute_deal" && takeover_word) type = "acquisition";
                if (type == "acquisition" && licence_bought) type = "partnership";
                // "kauft IREN beim Computerhersteller Dell Ausrüstung für 5,8 Milliarden Dollar": what one buys "bei"
                // a firm is its goods, not the firm.
                if (type == "acquisition" && std::any_of(parties.begin(), parties.end(), [](const Party& p) { return p.marker == PartyMarker::bei && !p.person; }) &&
                    std::all_of(triggers.begin(), triggers.end(), [&](const Found& f) {
                        const std::string& x = words[f.word].lower;
                        return f.type != "acquisition" || x == "kauft" || x == "kaufte" || x == "gekauft" || x == "kaufen";
                    })) {
                    type = "compute_deal";
                }
                // "verkaufte seine Sparte für Ethernet-Chips an Infineon", "einen Rechenzentrumscampus verkauft": a
                // part of a firm sold, whatever it makes.
                if (type == "compute_deal" && sentence_frame.sells &&
                    std::any_of(words.begin(), words.end(), [](const DealWord& w) { return names_a_unit(w.lower); })) {
                    type = "acquisition";
                }
                // "to buy chip designer Ampere": a firm bought, whatever the words about what it makes.
                if (type == "compute_deal" && std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) { return f.type == "acquisition" && buys_a_firm(f.word); })) {
                    type = "acquisition";
                }
                // "Vertrag über 17,4 Mrd. Dollar" soon after compute: a compute deal.
                const bool compute_context = compute_words || (work.last_compute_sentence != SIZE_MAX && s <= work.last_compute_sentence + 3);
                if (type == "partnership" && is_contract_word(words[nearest->word].lower) && compute_context) type = "compute_deal";
                // "Nebius hatte einen Vertrag mit Microsoft über 17,4 Mrd. Dollar": a contract between a firm that
                // sells compute and one that does not is for compute.
                if (type == "partnership" && is_contract_word(words[nearest->word].lower)) {
                    std::size_t sellers = 0, firms = 0;
                    for (const Party& p : parties) {
                        if (p.person || p.marker == PartyMarker::apposition) continue;
                        ++firms;
                        sellers += p.seller ? 1 : 0;
                    }
                    if (firms == 2 && sellers == 1) type = "compute_deal";
                    // "Vertrag … mit Nscale und Aker": a few firms, one of them a neocloud that rents out GPUs.
                    const bool neocloud = std::any_of(parties.begin(), parties.end(), [&](const Party& p) { return offers(p.who, "gpu_cloud"); });
                    if (firms >= 2 && firms <= 4 && neocloud) type = "compute_deal";
                }
            }
            // "hatte gemeinsam mit Nvidia den Bau einer KI-Fabrik angekündigt", "gründeten ein Gemeinschaftsunternehmen,
            // das Rechenzentren errichten soll": compute built together is a partnership, not a purchase.
            if (type == "compute_deal" && builds_together) type = "partnership";
            // "Micron vereinbarte mit dem US-Handelsministerium Zuschüsse von bis zu 6,1 Milliarden Dollar": the state
            // gives a grant, whoever the sentence's subject is; the firms receive it.
            bool grant = false;
            for (std::size_t k = at >= 4 ? at - 4 : 0; k < words.size() && k <= end + 3 && !grant; ++k) grant = names_a_grant(words[k].lower);
            if (grant && type != "valuation") type = "investment";
            const auto is_state = [&](const Participant& p) {
                const Entity* e = p.entity.empty() ? nullptr : gazetteer.find(p.entity);
                return e && e->kind == "government";
            };
            auto participants = roles_in_clause(type, at);
            // "Angeführt wurde die Runde von X und Y, die Bewertung liegt nun bei …": the round's investors lead, the
            // valuation is of the firm that raised it.
            if (type == "valuation" && work.last_round < out.size() && s <= work.last_round_sentence + 2) {
                const auto marked_investor = [&](const Participant& q) {
                    return std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                        const PartyMarker m = p.list_head != SIZE_MAX ? parties[p.list_head].marker : p.marker;
                        return same_party(p.who, q) && (m == PartyMarker::lead || m == PartyMarker::participation);
                    });
                };
                const auto& round = out[work.last_round].event.participants;
                const auto investee = std::find_if(round.begin(), round.end(), [](const Participant& q) { return q.role == "investee"; });
                // ("AMD war mit Google bei einer Runde für Hugging Face dabei, die die Plattform mit 4,5 Mrd. bewertete": an
                // investor of the round told in this very sentence.)
                // (Also a sentence or two on: "Größter Geldgeber ist ASML … Das Unternehmen wird damit mit 11,7 Mrd. bewertet", "Angeführt
                // wurde die Runde von Prima Materia … Der Rüstungs-KI-Spezialist ist nun zwölf Milliarden wert": an investor is not what
                // the round values.)
                const auto invested_here = [&](const Participant& q) {
                    return std::any_of(round.begin(), round.end(), [&](const Participant& r) {
                        return (r.role == "investor" || r.role == "lead_investor") && same_party(r, q);
                    });
                };
                // ("Andreessen Horowitz and NEA led its most recent round, …, and people put the company's valuation at $1bn":
                // the firms that lead it in this very sentence.)
                const auto leads_here = [&](const Participant& q) {
                    for (std::size_t i = 0; i < parties.size(); ++i) {
                        if (!same_party(parties[i].who, q)) continue;
                        std::size_t end = parties[i].last_word;
                        for (std::size_t j = i + 1; j < parties.size() && parties[j].list_head == (parties[i].list_head == SIZE_MAX ? i : parties[i].list_head); ++j) {
                            end = std::max(end, parties[j].last_word);
                        }
                        if (end + 1 < words.size() && is_one_of(words[end + 1].lower, {"led", "co-led", "leads", "co-lead", "führte", "führten", "anführte", "anführten"})) {
                            return true;
                        }
                    }
                    return false;
                };
                const auto not_the_valued = [&](const Participant& q) { return marked_investor(q) || invested_here(q) || leads_here(q); };
                if (!participants.empty() && std::all_of(participants.begin(), participants.end(), not_the_valued) && investee != round.end()) {
                    Participant subject = *investee;
                    subject.role = "subject";
                    participants = {std::move(subject)};
                }
            }
            if (grant && std::any_of(participants.begin(), participants.end(), is_state)) {
                for (Participant& p : participants) p.role = is_state(p) ? "investor" : "investee";
            }
            if (next_round_of && std::none_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investee"; })) {
                participants.insert(participants.begin(), *next_round_of);
            }
            // "Nvidia will zehn Milliarden Dollar in das Unternehmen investieren, Microsoft bis zu fünf
            // Milliarden Dollar": the second firm, right after a comma and before its amount with no verb
            // of its own, invests like the first, in the same firm.
            if (out.size() > proposed_before && out.back().event.type == "investment") {
                const auto gapped = std::find_if(parties.begin(), parties.end(), [&](const Party& p) {
                    return in_fragment[static_cast<std::size_t>(&p - parties.data())] && fragment_amount_after(p) == at;
                });
                if (gapped != parties.end()) {
                    std::vector<Participant> copied;
                    for (const Participant& p : out.back().event.participants) {
                        if (p.role == "investor" || p.role == "lead_investor") continue;
                        copied.push_back(p);
                    }
                    Participant investor = gapped->who;
                    investor.role = "investor";
                    copied.insert(copied.begin(), std::move(investor));
                    participants = std::move(copied);
                    type = "investment";
                }
            }
            // "Telekom und Nvidia investieren eine Milliarde Euro in eine gemeinsame KI-Cloud": money the firms
            // put into something of their own together is a partnership. ("gemeinsam … in ein Rechenzentrum zu
            // investieren": money put in side by side is each one's investment.)
            if (type == "investment" && participants.size() >= 2 &&
                std::all_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investor" || p.role == "lead_investor"; }) &&
                std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return (w.lower.starts_with("gemeinsam") && w.lower != "gemeinsam") || w.lower == "joint" || w.lower == "jointly" || w.lower == "together" ||
                           w.lower == "zusammen";
                })) {
                type = "partnership";
                for (Participant& p : participants) p.role = "partner";
            }
            // "Deutsche Telekom and Nvidia would build an industrial AI cloud": firms named together on the
            // same side of a compute deal, with no one across from them, build it as partners.
            if (type == "compute_deal" && participants.size() >= 2 && amount->kind == MentionKind::money &&
                std::all_of(participants.begin(), participants.end(), [&](const Participant& p) { return p.role == participants.front().role; })) {
                type = "partnership";
                for (Participant& p : participants) p.role = "partner";
            }
            const bool own_parties = !participants.empty();
            // "Die Geldspritze in Höhe von zehn Milliarden US-Dollar soll über mehrere Jahre ausgezahlt werden": no
            // party of its own and the figure of a deal already told: that deal again, with its parties.
            // ("Ein halbes Jahr später folgen weitere sechs Milliarden": more money, another round.)
            const bool more_money = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return w.lower == "weitere" || w.lower == "weiteren" || w.lower == "another" || w.lower == "further" || w.lower == "erneut" ||
                       w.lower == "nochmals" || w.lower == "again";
            });
            if (!own_parties && !more_money && amount->kind == MentionKind::money && amount->value) {
                // Among the last few deals told: a restatement follows soon, and an article of thousands of
                // amounts without parties must not compare each with all before it.
                for (std::size_t k = out.size(); k-- > 0 && k + 8 >= out.size();) {
                    const Event& told = out[k].event;
                    if (told.type != type || told.amounts.empty() || !told.amounts[0].value || told.participants.empty()) continue;
                    if (std::abs(*told.amounts[0].value - *amount->value) > 0.005 * *amount->value) continue;
                    participants = told.participants;
                    break;
                }
            }
            participants = with_topic(std::move(participants), type);
            // Investors named but not whom they invest in ("it raised $1bn in a round led by Accel"): the firm the text is about.
            const auto has_role = [&](const char* role) {
                return std::any_of(participants.begin(), participants.end(), [&](const Participant& p) { return p.role == role; });
            };
            // "3,2 Mrd. Euro in den Ausbau seiner Rechenzentren": the money goes into a thing, not a firm.
            // Not "in March", "in two steps", "in 2024": a date or a count after "in" is no thing.
            const auto starts_date_or_count = [&](std::size_t k) {
                if (k >= words.size()) return true;
                const std::string& x = words[k].lower;
                if (!x.empty() && x[0] >= '0' && x[0] <= '9') return true;
                // "in zwei Schritten", "in three tranches" count steps; "in zwei Chipfabriken" is a thing.
                if (x == "two" || x == "zwei" || x == "drei" || x == "three" || x == "several" || x == "mehreren") {
                    const std::string& what = k + 1 < words.size() ? words[k + 1].lower : x;
                    return what.starts_with("schritt") || what.starts_with("tranche") || what.starts_with("step") || what.starts_with("rate") ||
                           what.starts_with("etappe") || what.starts_with("jahr") || what.starts_with("year") || what.starts_with("stufe") ||
                           what.starts_with("phase") || what.starts_with("stage") || what.starts_with("teil") || what.starts_with("part");
                }
                return std::any_of(here.begin(), here.end(), [&](const Mention* m) { return m->kind == MentionKind::date && word_at(m->range.begin) == k; });
            };
            bool into_a_thing = false;
            // Where parties start, marked on first need (once per candidate: asking each word of a long list was quadratic).
            std::vector<char> starts;
            const auto party_starts_at = [&](std::size_t w) {
                if (starts.empty()) {
                    starts.assign(words.size() + 1, 0);
                    for (const Party& p : parties) starts[std::min(p.first_word, words.size())] = 1;
                }
                return starts[std::min(w, words.size())] != 0;
            };
            for (std::size_t k = end; k < words.size() && type == "investment" && !into_a_thing; ++k) {
                const std::string& x = words[k].lower;
                // "… in Eigenkapital umzuwandeln", "converted into equity": a form of the money, not a thing it buys.
                const bool form_of_money = k + 1 < words.size() && (words[k + 1].lower == "eigenkapital" || words[k + 1].lower == "equity" ||
                                                                    words[k + 1].lower == "aktien" || words[k + 1].lower == "anteile" || words[k + 1].lower == "shares");
                // ("committed $3bn to Indian cloud infrastructure", "invest $35bn across its Indian businesses": what
                // the money goes to is a thing, not a firm, when no firm is named there.)
                // (Right after the sum or a verb of giving: "agreed to invest $2bn more to complete it" is another "to".)
                const bool after_giving = k <= end + 1 || is_one_of(words[k - 1].lower, {"committed", "pledged", "earmarked", "allocated", "invested"});
                const bool to_a_thing = (x == "to" || x == "across") && after_giving && k + 1 < words.size() &&
                                        !party_starts_at(k + 1) &&
                                        !is_one_of(words[k + 1].lower, {"the", "a", "an", "it", "them", "that", "this"});
                into_a_thing = ((x == "in" || x == "into" || x == "auf") && !starts_date_or_count(k + 1) && !form_of_money) || to_a_thing;
            }
            // "SoftBank put $500m into that round", "steuerte 1,3 Mrd. Euro zu der Runde bei": a part of the
            // round just told, which names the investee and the date.
            const CandidateEvent* round = nullptr;
            if (type == "investment" && !has_role("investee")) {
                for (std::size_t k = end + 1; k < words.size() && k <= end + 4; ++k) {
                    if (words[k].trigger != "funding_round") continue;
                    if (work.last_round < out.size() && out[work.last_round].event.type == "funding_round" && s <= work.last_round_sentence + 3) {
                        round = &out[work.last_round];
                    }
                    into_a_thing = false;
                    break;
                }
            }
            // "Founders Fund led the financing and put in $1 billion of its own": an investor of the round just told puts
            // money into that round's firm.
            // ("… of its own, the largest single cheque in its history": an "in" after the sum need name no thing then.)
            if (type == "investment" && !has_role("investee") && !round && work.last_round < out.size() &&
                out[work.last_round].event.type == "funding_round" && s <= work.last_round_sentence + 2) {
                const auto& in_round = out[work.last_round].event.participants;
                const bool its_investor = std::any_of(participants.begin(), participants.end(), [&](const Participant& p) {
                    return (p.role == "investor" || p.role == "lead_investor") && std::any_of(in_round.begin(), in_round.end(), [&](const Participant& q) {
                               return (q.role == "investor" || q.role == "lead_investor") && same_party(p, q);
                           });
                });
                // (Or it leads the round in this sentence: "led the financing and put in $1 billion of its own".)
                const bool leads_it = sentence_frame.leads && std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return is_one_of(w.lower, {"financing", "round", "funding", "runde", "finanzierungsrunde", "finanzierung"});
                });
                if (its_investor || leads_it) {
                    round = &out[work.last_round];
                    into_a_thing = false;
                }
            }
            if (round) {
                for (const Participant& p : round->event.participants) {
                    if (p.role == "investee" && std::none_of(participants.begin(), participants.end(), [&](const Participant& q) { return same_party(p, q); })) {
                        participants.insert(participants.begin(), p);
                    }
                }
                // Who put money into the round is one of its investors.
                Event& whole = out[static_cast<std::size_t>(round - out.data())].event;
                for (const Participant& p : participants) {
                    if (p.role != "investor" || std::any_of(whole.participants.begin(), whole.participants.end(), [&](const Participant& q) { return same_party(p, q); })) continue;
                    whole.participants.push_back(p);
                }
            }
            // Two sentences on, or in a later paragraph, after another firm raised: the firm the article is about and
            // that raised money ("Der große Rivale … OpenAI … Bewertung" is an aside; "Amazon hat acht
            // Milliarden investiert" speaks of the article's firm again).
            const bool raised_lately = work.receiving_topic_sentence != SIZE_MAX && s <= work.receiving_topic_sentence + 2 &&
                                       article.sentences[work.receiving_topic_sentence].block == sentence.block;
            // ("Gegründet wurde Langfuse 2022 von … Ende 2023 folgte eine Seed-Finanzierung …": a round with no firm of its
            // own, right after a sentence of its paragraph about one firm that is no investor, is that firm's.)
            const bool only_firm_just_before = work.only_firm_sentence != SIZE_MAX && work.only_firm_sentence + 1 == s && !work.only_firm_aside &&
                                               article.sentences[work.only_firm_sentence].block == sentence.block && type == "funding_round" &&
                                               (!work.only_firm_before.entity.empty() || !work.only_firm_before.name.empty()) && [&] {
                                                   const Entity* e = work.only_firm_before.entity.empty() ? nullptr : gazetteer.find(work.only_firm_before.entity);
                                                   return !e || e->kind != "investor";
                                               }();
            const Participant& receiver = only_firm_just_before ? work.only_firm_before
                                          : !raised_lately && work.most_named_received ? work.most_named : work.receiving_topic;
            if ((type == "investment" || type == "funding_round") && !has_role("investee") && !into_a_thing &&
                (!receiver.entity.empty() || !receiver.name.empty()) &&
                std::none_of(participants.begin(), participants.end(), [&](const Participant& p) { return same_party(p, receiver); })) {
                Participant p = receiver;
                p.role = "investee";
                participants.insert(participants.begin(), std::move(p));
            }
            // "Im März folgte die restliche Tranche von 2,75 Mrd. Dollar": more of the investment just told,
            // by the same investor into the same firm.
            if (type == "investment" && has_role("investee") && !has_role("investor") && !has_role("lead_investor")) {
                const auto investee = std::find_if(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investee"; });
                for (std::size_t k = out.size(); k-- > 0 && k + 3 >= out.size();) {
                    const Event& before = out[k].event;
                    if (before.type != "investment" || before.sources.empty() || before.sources[0].sentences.empty() || s > before.sources[0].sentences[0] + 2) continue;
                    if (std::none_of(before.participants.begin(), before.participants.end(), [&](const Participant& q) { return q.role == "investee" && same_party(q, *investee); })) continue;
                    for (const Participant& q : before.participants) {
                        if (q.role == "investor") participants.push_back(q);
                    }
                    break;
                }
            }
            // "it secured a $7.5bn debt facility led by Blackstone": lenders named, the borrower is the firm the text is about.
            if (type == "loan" && !has_role("borrower") && has_role("lender") && (!work.topic.entity.empty() || !work.topic.name.empty()) &&
                std::none_of(participants.begin(), participants.end(), [&](const Participant& p) { return same_party(p, work.topic); })) {
                Participant p = work.topic;
                p.role = "borrower";
                participants.insert(participants.begin(), std::move(p));
            }
            if (type == "compute_deal") power_seller_provides(participants);
            // A compute deal with its customer only: "CoreWeave teilte mit, dass OpenAI Kapazität … abnimmt"
            // — the one firm of the sentence that sells compute provides it; "Im Mai wurde der Vertrag
            // aufgestockt" — the contract just told, with its parties.
            if (type == "compute_deal" && (!has_role("provider") || !has_role("customer"))) {
                const bool the_contract = std::any_of(words.begin(), words.end(), [&](const DealWord& w) { return is_contract_word(w.lower); }) &&
                                          std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                                              return w.lower == "der" || w.lower == "die" || w.lower == "the" || w.lower == "dieser" || w.lower == "this";
                                          });
                const bool earlier = work.last_compute_deal < out.size() && s <= work.last_compute_sentence + 4;
                // "Zusätzlich kann das Start-up weitere Kapazität buchen": more of the compute just told, in its paragraph.
                const bool more_word = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return w.lower == "zusätzlich" || w.lower == "weitere" || w.lower == "additional" || w.lower == "further" || w.lower == "more";
                });
                const bool more_of_it = earlier && more_word && s <= work.last_compute_sentence + 2 &&
                                        article.sentences[work.last_compute_sentence].block == sentence.block;
                if ((the_contract || more_of_it) && earlier) {
                    for (const Participant& p : out[work.last_compute_deal].event.participants) {
                        const bool taken = std::any_of(participants.begin(), participants.end(), [&](const Participant& q) { return same_party(p, q); });
                        if (!taken && !has_role(p.role.c_str())) participants.push_back(p);
                    }
                }
                if (!has_role("provider")) {
                    // (One firm named twice is one seller; in a sentence of several statements, those of the amount's.)
                    std::vector<const Party*> sellers;
                    for (const Party& p : parties) {
                        if (several_statements && statements[p.first_word] != statements[at]) continue;
                        const auto same = [&](const Participant& q) { return same_party(p.who, q); };
                        if (p.seller && std::none_of(participants.begin(), participants.end(), same) &&
                            std::none_of(sellers.begin(), sellers.end(), [&](const Party* q) { return same(q->who); })) {
                            sellers.push_back(&p);
                        }
                    }
                    if (sellers.size() == 1) {
                        Participant p = sellers[0]->who;
                        p.role = "provider";
                        participants.push_back(std::move(p));
                    }
                }
            }
            // "Der Rechner soll 100.000 Blackwell-Chips erhalten": the size of the compute deal just told without one.
            if (type == "compute_deal" && quantity && (!has_role("provider") || !has_role("customer")) && work.last_compute_deal < out.size() && s > 0) {
                Event& told = out[work.last_compute_deal].event;
                if (told.amounts.empty() && told.sources.size() == 1 && told.sources[0].sentences == std::vector<std::size_t>{s - 1}) {
                    Amount a;
                    a.value = amount->value;
                    a.unit = amount->unit;
                    a.qualifier = amount->qualifier;
                    told.amounts.push_back(a);
                    continue;
                }
            }
            // "drei Chip-Plattformen", "ein Gigawatt": compute counted with no one to provide it is no deal.
            if (type == "compute_deal" && quantity && (!has_role("provider") || !has_role("customer"))) continue;
            const EventDate round_date = round ? round->event.date : EventDate{};
            const std::size_t before_this = out.size();
            propose(type, amount, std::move(participants), 0.45 + (own_parties ? 0.3 : 0.1) + (triggers.size() == 1 ? 0.1 : 0.0));
            if (round && out.size() > before_this && out.back().event.date.text == "(article date)") out.back().event.date = round_date;
        }
        // "Im März hatte SoftBank eine Runde über 40 Mrd. Dollar angeführt, bei der das Unternehmen von Sam
        // Altman mit 300 Mrd. Dollar bewertet wurde": the firm valued in the round's sentence is the one it funds.
        for (std::size_t r = proposed_before; r < out.size(); ++r) {
            Event& round = out[r].event;
            if (round.type != "funding_round") continue;
            auto investee = std::find_if(round.participants.begin(), round.participants.end(), [](const Participant& p) { return p.role == "investee"; });
            const bool own = investee != round.participants.end() &&
                             std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, *investee); });
            if (own) continue;
            for (std::size_t v = proposed_before; v < out.size(); ++v) {
                const Event& valuation = out[v].event;
                if (valuation.type != "valuation" || valuation.participants.empty()) continue;
                const Participant& subject = valuation.participants.front();
                if (std::none_of(parties.begin(), parties.end(), [&](const Party& q) { return same_party(q.who, subject); })) continue;
                if (std::any_of(round.participants.begin(), round.participants.end(), [&](const Participant& q) { return q.role != "investee" && same_party(q, subject); })) continue;
                Participant funded = subject;
                funded.role = "investee";
                if (investee != round.participants.end()) *investee = funded;
                else round.participants.insert(round.participants.begin(), funded);
                break;
            }
        }
        // "hatte das Unternehmen bei einer Runde unter Führung von IVP eine Bewertung von einer Milliarde Dollar
        // erreicht": the amount is the valuation, the round is told too, with its lead but without an amount.
        {
            const bool round_word = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return names_a_round(w) || (w.trigger == "funding_round" && w.lower == "series");
            });
            const bool round_lately = work.last_round < out.size() && out[work.last_round].event.type == "funding_round" && s <= work.last_round_sentence + 2;
            const auto valuation = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(proposed_before), out.end(),
                                                [](const CandidateEvent& c) { return c.event.type == "valuation" && !c.event.participants.empty(); });
            const bool round_here = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(proposed_before), out.end(),
                                                [](const CandidateEvent& c) { return c.event.type == "funding_round" || c.event.type == "investment"; });
            if (round_word && !round_lately && !round_here && valuation != out.end()) {
                std::vector<Participant> round{valuation->event.participants.front()};
                round.front().role = "investee";
                for (const Party& p : parties) {
                    const PartyMarker m = p.list_head != SIZE_MAX ? parties[p.list_head].marker : p.marker;
                    if (m != PartyMarker::lead && m != PartyMarker::participation) continue;
                    if (std::any_of(round.begin(), round.end(), [&](const Participant& q) { return same_party(q, p.who); })) continue;
                    Participant investor = p.who;
                    investor.role = m == PartyMarker::lead ? "lead_investor" : "investor";
                    round.push_back(std::move(investor));
                }
                if (round.size() >= 2) propose("funding_round", nullptr, std::move(round), 0.45);
            }
        }
        // Compute without an amount: "Anthropic macht AWS zu seinem wichtigsten Partner für das Training",
        // "Perplexity mietet Kapazitäten in München" (of the firm the text is about), "named AWS its
        // primary training partner and said it would use the cloud unit's Trainium chips" — a firm
        // that does not sell compute, and one that does.
        // "Microsofts Einkaufstour bei den Neoclouds … Auch Meta mietet zu": a firm the text showed buying compute
        // is not who provides it to the next renter.
        const auto topic_bought_compute = [&] {
            const auto last = std::find_if(out.rbegin(), out.rend(), [](const CandidateEvent& c) { return c.event.type == "compute_deal"; });
            return last != out.rend() && std::any_of(last->event.participants.begin(), last->event.participants.end(), [&](const Participant& p) {
                       return p.role == "customer" && same_party(p, work.topic);
                   });
        };
        const auto compute_without_amount = [&]() -> std::vector<Participant> {
            if (!compute_words && !joins_providers) return {};
            const bool builds_for = sentence_frame.provides && std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
                return (p.marker == PartyMarker::fuer || p.marker == PartyMarker::an) && !is_descriptor_noun(words, p.first_word);  // a name, not "den Softwarekonzern"
            });
            const bool uses = std::any_of(words.begin(), words.end(), [&](const DealWord& w) {
                if (describing[static_cast<std::size_t>(&w - words.data())]) return false;  // "CoreWeave, which rents Nvidia hardware to labs"
                return w.lower.ends_with("partner") || w.lower == "use" || w.lower == "uses" || w.lower == "nutzt" || w.lower == "nutzte" ||
                       w.lower == "mietet" || w.lower == "mietete" || w.lower == "mieten" || w.lower == "gemietet" || w.lower == "angemietet" ||
                       w.lower == "bezieht" || w.lower == "bezog" || w.lower == "rents" || w.lower == "rented" || w.lower == "leases" || w.lower == "leased" ||
                       w.lower == "bucht" || w.lower == "buchte" || w.lower == "gebucht" || w.lower == "books" || w.lower == "booked";
            }) || joins_providers;
            // "OpenAI kauft Chips von Nvidia", "buys chips from Nvidia": compute bought from the firm named after "von" or
            // "from" (a firm bought keeps its takeover; "Anbieter, die Nvidia-Chips kaufen" names no seller).
            const bool buys = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                return is_one_of(w.lower, {"kauft", "kaufte", "gekauft", "buys", "bought", "purchases", "purchased", "bestellt", "bestellte", "orders", "ordered"});
            });
            // "X hat mit dem Cloud-Anbieter Y einen Vertrag geschlossen", "schloss mit Constellation einen Abnahmevertrag".
            const bool contract = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return is_contract_word(w.lower); });
            if (!uses && !buys && !builds_for && !contract) return {};
            std::vector<const Party*> firms;  // more than a few firms is a list, not the parties of one deal
            for (std::size_t i = 0; i < parties.size() && firms.size() <= 8; ++i) {
                const Party& p = parties[i];
                if (!p.person && p.marker != PartyMarker::apposition &&
                    std::none_of(firms.begin(), firms.end(), [&](const Party* q) { return same_party(q->who, p.who); })) {
                    firms.push_back(&p);
                }
            }
            const auto sellers = std::count_if(firms.begin(), firms.end(), [](const Party* p) { return p->seller; });
            std::vector<Participant> out_roles;
            if (contract && !uses && !builds_for) {
                // Only the contract's own frame: a subject and the firm "mit" it, the one that provides.
                // ("einen Vertrag über Zehntausende Nvidia-Chips": the maker in a compound names the goods.)
                if (firms.size() == 3) std::erase_if(firms, [](const Party* p) { return p->compound; });
                if (firms.size() != 2 || sentence_frame.provides) return {};
                // ("Tesla hat beim Konzern Samsung einen Milliardenauftrag für KI-Chips platziert": what one orders "bei" a firm it provides.)
                const auto with = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::mit || p->marker == PartyMarker::bei; });
                const auto subject = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::none; });
                if (with == firms.end() || subject == firms.end()) return {};
                Participant customer = (*subject)->who, provider = (*with)->who;
                customer.role = "customer";
                provider.role = "provider";
                return {std::move(customer), std::move(provider)};
            }
            // "Nvidia baut gemeinsam mit Oracle den größten KI-Supercomputer für das US-Energieministerium": who
            // builds or supplies (and who with) provides, whom it is for is the customer.
            const auto built_for = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::fuer || p->marker == PartyMarker::an; });
            if (sentence_frame.provides && built_for != firms.end() && firms.size() >= 2 && firms.size() <= 4) {
                for (const Party* p : firms) {
                    Participant q = p->who;
                    q.role = p == *built_for ? "customer" : p->marker == PartyMarker::none || p->marker == PartyMarker::mit ? "provider" : "";
                    if (!q.role.empty()) out_roles.push_back(std::move(q));
                }
                return out_roles;
            }
            // "Oracle schloss sich diesem Mix an und diversifizierte die Infrastrukturoptionen von OpenAI",
            // "Brackwater schloss sich diesem Kreis 2023 an": the subject joins the providers of the other firm
            // named, else of the firm the text is about.
            if (joins_providers) {
                // (English "joined" marks who joins as a participant: of a round, where it is one.)
                const auto subject = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::none || p->marker == PartyMarker::participation; });
                if (subject == firms.end() || firms.size() > 2) return {};
                const auto other = std::find_if(firms.begin(), firms.end(), [&](const Party* p) { return !same_party(p->who, (*subject)->who) && !p->seller; });
                Participant provider = (*subject)->who, customer = other != firms.end() ? (*other)->who : work.topic;
                if ((customer.entity.empty() && customer.name.empty()) || same_party(customer, provider) || sells_compute(customer)) return {};
                customer.role = "customer";
                provider.role = "provider";
                return {std::move(customer), std::move(provider)};
            }
            // "Luma mietet Rechenleistung bei Humain", "rents capacity from X": the verb's "bei" or "from" provides.
            const auto from = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::bei || p->marker == PartyMarker::von; });
            const auto renter = std::find_if(firms.begin(), firms.end(), [](const Party* p) { return p->marker == PartyMarker::none; });
            if ((uses || buys) && !joins_providers && firms.size() == 2 && from != firms.end() && renter != firms.end()) {
                Participant customer = (*renter)->who, provider = (*from)->who;
                customer.role = "customer";
                provider.role = "provider";
                return {std::move(customer), std::move(provider)};
            }
            if (!uses && !builds_for && !contract) return {};  // bought, but from no one named
            if (firms.size() == 2 && sellers == 1) {
                for (const Party* p : firms) {
                    Participant q = p->who;
                    q.role = p->seller ? "provider" : "customer";
                    out_roles.push_back(std::move(q));
                }
            } else if (firms.size() == 1 && sellers == 0 && sells_compute(work.topic) && !same_party(firms[0]->who, work.topic) && !topic_bought_compute()) {
                Participant customer = firms[0]->who, provider = work.topic;
                customer.role = "customer";
                provider.role = "provider";
                out_roles = {std::move(customer), std::move(provider)};
            }
            return out_roles;
        };
        // A stake sold or cut ("verkaufte seine Beteiligung", "reduzierte", "sold its stake"): no stake held.
        const bool divests = std::any_of(words.begin(), words.end(), [](const DealWord& w) {
            return w.lower.starts_with("reduzier") || w.lower.starts_with("verkauf") || w.lower == "sold" || w.lower == "sells" || w.lower == "cut" ||
                   w.lower == "reduced" || w.lower.starts_with("trennt") || w.lower.starts_with("getrennt");
        });
        // The word of investing itself ("beteiligt", "Beteiligung", "invested", "stake"), not shares or money flowing.
        // The people the sentence names, by firm_key: a set, as a sentence may list thousands of names.
        const auto people_named = [&] {
            std::set<std::string> people;
            for (const Party& q : parties) {
                if (q.person) people.insert(firm_key(q.who));
            }
            return people;
        };
        const auto stake_word = [&]() -> std::optional<std::size_t> {
            for (const Found& f : triggers) {
                const std::string& x = words[f.word].lower;
                if (f.type == "investment" && (x.starts_with("investier") || x.starts_with("invested") || x.starts_with("beteilig") || x.starts_with("einstieg") ||
                                               x.starts_with("eingestiegen") || x == "stake" || x == "backed" || x == "backs" || names_share_options(x))) {
                    return f.word;
                }
                // "OpenAI steigt bei Thrive Holdings ein": the verb split from its particle.
                if (f.type == "investment" && (x == "steigt" || x == "stieg") &&
                    std::any_of(words.begin() + static_cast<std::ptrdiff_t>(f.word), words.end(), [](const DealWord& w) { return w.lower == "ein"; })) {
                    return f.word;
                }
            }
            return std::nullopt;
        };
        // Two firms, joined ("A und B schließen eine Partnerschaft") or one "mit" the other.
        const auto partnership_without_amount = [&] {
            // Who can be a partner: not a place the sentence names ("… in Richland Parish, Louisiana"), nor a firm
            // that only describes one ("with CoreWeave, which rents Nvidia hardware").
            std::vector<Party> partners;
            for (const Party& p : parties) {
                if ((p.marker != PartyMarker::in || p.person) && p.marker != PartyMarker::apposition && !p.in_passing) partners.push_back(p);
            }
            if (!has_trigger("partnership") || partners.size() != 2 ||
                !(partners[1].list_head == 0 || partners[0].marker == PartyMarker::mit || partners[1].marker == PartyMarker::mit)) {
                return;
            }
            // A contract between a neocloud or cloud and a firm that sells none is for compute ("Lambda meldete
            // einen Vertrag über mehrere Milliarden Dollar mit Microsoft"), as with an amount.
            const bool contract = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return is_contract_word(w.lower); });
            const bool one_seller = (partners[0].seller != partners[1].seller) && !partners[0].person && !partners[1].person;
            if (contract && one_seller && !builds_together) {
                Participant provider = partners[0].seller ? partners[0].who : partners[1].who, customer = partners[0].seller ? partners[1].who : partners[0].who;
                provider.role = "provider";
                customer.role = "customer";
                propose("compute_deal", nullptr, {std::move(customer), std::move(provider)}, 0.45);
            } else {
                propose("partnership", nullptr, roles_for("partnership", partners, sentence_frame, words, 0), 0.45);
            }
        };
        const std::size_t proposed_before_no_amount = out.size();
        if (amounts == 0) {
            // Deals without an amount: a takeover, a partnership.
            if (auto compute = compute_without_amount(); !compute.empty() && !has_trigger("acquisition")) {
                power_seller_provides(compute);
                propose("compute_deal", nullptr, std::move(compute), 0.45);
            } else if (has_trigger("acquisition") && licence_bought) {
                const auto firms = std::count_if(parties.begin(), parties.end(), [](const Party& p) { return !p.person && p.marker != PartyMarker::apposition; });
                if (firms == 2) propose("partnership", nullptr, roles_for("partnership", parties, sentence_frame, words, 0), 0.45);
            } else if (has_trigger("acquisition")) {
                // The parties and frame of the takeover's own clause: "hatte Databricks Tabular übernommen, das von …
                // gegründet wurde" is not a passive.
                const auto buyer_and_target = [](const std::vector<Participant>& ps) {
                    return std::any_of(ps.begin(), ps.end(), [](const Participant& p) { return p.role == "buyer"; }) &&
                           std::any_of(ps.begin(), ps.end(), [](const Participant& p) { return p.role == "target"; });
                };
                std::vector<Participant> participants;
                for (const Found& f : triggers) {
                    if (f.type != "acquisition") continue;
                    participants = roles_in_clause("acquisition", f.word);
                    if (buyer_and_target(participants)) break;
                }
                if (!buyer_and_target(participants)) participants = roles_for("acquisition", parties, sentence_frame, words, 0);
                // "CoreWeave ist auf Einkaufstour … Im September folgte die Übernahme des Start-ups OpenPipe": a
                // takeover told by its noun with only the target named is one of the firm the text is about.
                const bool by_noun = std::any_of(triggers.begin(), triggers.end(), [&](const Found& f) { return f.type == "acquisition" && words[f.word].capitalised; });
                const bool target_of = std::any_of(parties.begin(), parties.end(), [](const Party& p) { return p.marker == PartyMarker::of; });
                // So is one told by an infinitive with no subject: "Im August folgte die Ankündigung, den Spezialisten X zu kaufen".
                const bool infinitive = std::any_of(words.begin() + 1, words.end(), [&](const DealWord& w) {
                    const std::string& before = words[static_cast<std::size_t>(&w - words.data()) - 1].lower;
                    return w.trigger == "acquisition" && !w.capitalised && (before == "zu" || before == "to");
                });
                const std::size_t firms_named = static_cast<std::size_t>(std::count_if(parties.begin(), parties.end(), [](const Party& p) { return !p.person; }));
                if (((by_noun && target_of) || (infinitive && firms_named == 1)) && participants.size() == 1 && participants[0].role == "target" &&
                    (!work.topic.entity.empty() || !work.topic.name.empty()) &&
                    !same_group(work.topic, participants[0])) {
                    Participant buyer = work.topic;
                    buyer.role = "buyer";
                    participants.insert(participants.begin(), std::move(buyer));
                }
                // A unit bought from its owner ("schluckt die Robotiksparte von ABB") has a seller, not a named target.
                const bool unit = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return names_a_unit(w.lower); });
                const bool both = std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "buyer"; }) &&
                                  std::any_of(participants.begin(), participants.end(), [&](const Participant& p) { return p.role == "target" || (unit && p.role == "seller"); });
                if (both) propose("acquisition", nullptr, std::move(participants), 0.5);
            } else if (const auto stake_at = stake_word(); stake_at) {
                // "Alphabet hält eine Beteiligung an dem Start-up", "Microsoft, das Milliarden in OpenAI
                // investiert hat": a stake without an amount, when the grammar names both sides.
                auto participants = roles_in_clause("investment", *stake_at);
                // The grammar names the investee ("an", "in", "bei"); two firms only; a stake held, not
                // refused or sold ("erhält keine Beteiligung", "verkaufte seine Beteiligung").
                // Options on a firm's shares name it by the shares ("AMD-Aktien") or by who grants them ("AMD räumt … ein").
                const bool options = std::any_of(words.begin(), words.end(), [](const DealWord& w) { return names_share_options(w.lower); });
                const bool marked_investee = options || std::any_of(parties.begin(), parties.end(), [](const Party& p) {
                    return p.marker == PartyMarker::in || p.marker == PartyMarker::an || p.marker == PartyMarker::bei;
                });
                const bool not_held = divests || std::any_of(words.begin(), words.end(), [](const DealWord& w) {
                    return w.lower == "keine" || w.lower == "kein" || w.lower == "no" || w.lower == "not" || w.lower == "nicht";
                });
                // (A person named beside them, "… von Joshua Kushner", describes; two firms still decide it.)
                const std::set<std::string> people = people_named();
                std::erase_if(participants, [&](const Participant& p) { return people.contains(firm_key(p)); });
                if (!marked_investee || not_held || participants.size() != 2) participants.clear();
                const bool both = std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investor"; }) &&
                                  std::any_of(participants.begin(), participants.end(), [](const Participant& p) { return p.role == "investee"; });
                if (both) propose("investment", nullptr, std::move(participants), 0.45);
            } else if (has_trigger("funding_round") && !has_trigger("valuation")) {
                // "Das Start-up X hat eine Finanzierungsrunde abgeschlossen, die von Y angeführt wurde": a round with
                // its investee and who led or joined it, the amount not told; the next sentences may name more investors.
                const auto round = std::find_if(triggers.begin(), triggers.end(), [](const Found& f) { return f.type == "funding_round"; });
                auto participants = roles_in_clause("funding_round", round->word);
                const auto count = [&](std::initializer_list<std::string_view> roles) {
                    return std::count_if(participants.begin(), participants.end(), [&](const Participant& p) {
                        return std::find(roles.begin(), roles.end(), p.role) != roles.end();
                    });
                };
                // Not a round told lately, told again with its lead ("Die Runde wurde von X angeführt"): none of its
                // parties took part in the last round. Led by someone, and by firms: "im Beisein von Minister X" is no investor.
                std::set<std::string> in_last_round;
                if (work.last_round < out.size() && s <= work.last_round_sentence + 3) {
                    for (const Participant& q : out[work.last_round].event.participants) in_last_round.insert(firm_key(q));
                }
                const bool round_lately = std::any_of(participants.begin(), participants.end(), [&](const Participant& p) {
                    return in_last_round.contains(firm_key(p));
                });
                const std::set<std::string> people = people_named();
                const bool person = std::any_of(participants.begin(), participants.end(), [&](const Participant& p) {
                    const Entity* e = p.entity.empty() ? nullptr : gazetteer.find(p.entity);
                    return (e && e->kind == "person") || people.contains(firm_key(p));
                });
                if (!round_lately && !person && count({"investee"}) == 1 && count({"lead_investor"}) >= 1) {
                    propose("funding_round", nullptr, std::move(participants), 0.45);
                }
            } else {
                partnership_without_amount();
            }
            // A takeover or a stake the grammar could not complete, told beside a partnership ("besiegelten A und B eine
            // Partnerschaft: Der Zulieferer will … Roboter kaufen"): the partnership.
            if (out.size() == proposed_before_no_amount && has_trigger("partnership")) partnership_without_amount();
        }
        // "Microsoft beteiligt sich an Mistral AI" proposes nothing, but a later "das Start-up" is Mistral
        // (not when the stake is sold or cut: "reduzierte SoftBank seine Beteiligung an T-Mobile US").
        if (out.size() == proposed_before && !divests) {
            for (const Found& f : triggers) {
                if (f.type != "investment" && f.type != "funding_round" && f.type != "acquisition") continue;
                // "IBM shares were little changed": a firm's stock, traded, not money it received.
                const bool stock_of_firm = f.word > 0 && is_one_of(words[f.word].lower, {"shares", "stock", "aktien", "aktie"}) &&
                                           std::any_of(parties.begin(), parties.end(), [&](const Party& q) { return q.last_word + 1 == f.word; });
                if (stock_of_firm) continue;
                for (const Participant& p : roles_for(f.type, parties, sentence_frame, words, f.word)) {
                    if (p.role == "investee" || p.role == "target") {
                        work.receiving_topic = p;
                        work.receiving_topic.role.clear();
                        work.receiving_topic_sentence = s;
                        work.receiving_topic_bought = p.role == "target";
                    }
                }
                break;
            }
        }
        // A sentence that proposes no deal of its own (or only valuations) may name the round's investors.
        // Also one that tells a part of the round ("SoftBank will provide $30bn of the total, with the rest from
        // investors that include Microsoft …").
        const auto part_of_last_round = [&](const CandidateEvent& c) {
            if (c.event.type != "investment" || work.last_round >= out.size() || out[work.last_round].event.type != "funding_round") return false;
            const auto& round = out[work.last_round].event.participants;
            return std::any_of(c.event.participants.begin(), c.event.participants.end(), [&](const Participant& p) {
                return p.role == "investee" && std::any_of(round.begin(), round.end(), [&](const Participant& q) { return q.role == "investee" && same_party(p, q); });
            });
        };
        if (std::all_of(out.begin() + static_cast<std::ptrdiff_t>(proposed_before), out.end(),
                        [&](const CandidateEvent& c) { return c.event.type == "valuation" || part_of_last_round(c); })) {
            name_round_investors();
        }
        if (amounts > kMaxCandidatesPerSentence) {
            work.notes.push_back({Severity::warning, article.file + ":byte " + std::to_string(sentence.range.begin), MessageCode::candidates_capped,
                                  {std::to_string(amounts), std::to_string(kMaxCandidatesPerSentence)}});
        }
        update_topic();
        remember_only_firm();
        remember();
    }
    const bool done = work.next_sentence >= article.sentences.size();
    if (done) {
        give_public_money_from_the_state(out, gazetteer);
        value_the_firm_that_received(out, gazetteer);
        date_from_announcement(article, mentions, out);
        date_from_same_day(article, mentions, out);
        borrow_restated_dates(out);
        date_valuations_by_their_round(out);
        drop_repeats(out);
        drop_stakes_told_with_amount(out);
        drop_takeovers_told_with_amount(out);
        drop_partnerships_of_takeovers(out);
        split_takeovers_by_target(article, mentions, out);
    }
    return done;
}

std::vector<CandidateEvent> extract_candidates(const Article& article, const std::vector<Mention>& mentions, const Gazetteer& gazetteer,
                                               std::vector<Problem>* notes) {
    CandidateExtraction work;
    extract_some(article, mentions, gazetteer, work, SIZE_MAX);
    if (notes) notes->insert(notes->end(), work.notes.begin(), work.notes.end());
    return std::move(work.candidates);
}

}  // namespace ds
