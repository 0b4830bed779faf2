#include "core/merge/merge_events.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cmath>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "core/articles/time_span.h"
#include "core/events/deal_onset.h"
#include "core/events/event_format.h"
#include "core/events/event_json.h"
#include "core/merge/deal_match.h"

namespace ds {

namespace {

// Deals of a block a report is compared with, the latest: reports of one article never join one
// deal (same_deal_reason), so an article telling one deal 2 000 times opened 2 000 deals, each
// compared with every later report (14 s in a debug build for a 256 KB file). Deals close once
// their dates are out of reach, so 256 open at once for one receiving side is more than news tells.
constexpr std::size_t kLookback = 256;
constexpr std::size_t kLinkageEnds = 16;       // members at each end of a deal a report must fit

// Orders reports so the result does not depend on the input's order: by date, then id, then content.
long sort_day(const Event& e) { return timex_start_day(e.date.value).value_or(LONG_MAX); }

bool report_before(const Event& a, const Event& b) {
    const long x = sort_day(a), y = sort_day(b);
    if (x != y) return x < y;
    if (a.id != b.id) return a.id < b.id;
    const std::string qa = a.sources.empty() ? "" : a.sources[0].article + a.sources[0].quote;
    const std::string qb = b.sources.empty() ? "" : b.sources[0].article + b.sources[0].quote;
    if (qa != qb) return qa < qb;
    return event_to_json(a).dump() < event_to_json(b).dump();  // the very last word: all of it
}

int status_rank(const std::string& s) {
    static constexpr const char* kOrder[] = {"rumored", "reported", "in_talks", "announced", "binding", "completed"};
    for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
        if (s == kOrder[i]) return i;
    return -1;
}

int precision_rank(const std::string& timex) {
    const auto span = timex_span(timex);
    return span ? static_cast<int>(span->precision) : -1;
}

// Deals that can be one are looked for among those of the same kind and receiving side.
std::string block_of(const DealSides& sides) {
    std::string block = sides.kind + "|";
    for (const auto& r : sides.receiving) block += r + ",";
    return block;
}

// What a report says of the deal's amount, in each language ("up to $100bn", "bis zu 100 Mrd. $").
std::string says_amount(const Event& e) {
    const Amount* a = deal_amount(e);
    return a ? money_amount_text(*a, Language::en) : "no amount";
}

std::string says_amount_de(const Event& e) {
    const Amount* a = deal_amount(e);
    return a ? money_amount_text(*a, Language::de) : "kein Betrag";
}

// What a report says against a running total: the total's source its total ("in total $1bn"), a
// part its amount and date ("$2bn (2021)").
std::string says_total(const Event& e, Language language) {
    for (const Amount& a : e.amounts)
        if (a.qualifier == Qualifier::total && a.value) return money_amount_text(a, language);
    const Amount* a = deal_amount(e);
    return (a ? money_amount_text(*a, language) : std::string()) + (e.date.value.empty() ? "" : " (" + e.date.value + ")");
}
std::string says_total_en(const Event& e) { return says_total(e, Language::en); }
std::string says_total_de(const Event& e) { return says_total(e, Language::de); }

// Per member: the earlier member whose wording it repeats from another article, if any. Compared
// with the first few members only: a copy repeats the report that broke the news.
std::vector<std::optional<std::size_t>> copied_from(const std::vector<const Event*>& members) {
    constexpr std::size_t kFirstVoices = 16;
    std::vector<std::optional<std::size_t>> out(members.size());
    if (members.size() < 2) return out;
    std::vector<std::set<std::string>> wording;
    for (std::size_t k = 0; k < members.size() && k < kFirstVoices; ++k) wording.push_back(wording_of(*members[k]));
    for (std::size_t k = 1; k < members.size(); ++k) {
        const auto mine = k < wording.size() ? wording[k] : wording_of(*members[k]);
        for (std::size_t j = 0; j < k && j < wording.size() && !out[k]; ++j) {
            const bool other_article = !members[j]->sources.empty() && !members[k]->sources.empty() && members[j]->sources[0].article != members[k]->sources[0].article;
            if (other_article && copies_wording(wording[j], mine)) out[k] = j;
        }
    }
    return out;
}

// The claim for a fact on which the members disagree: each member's sources assert its value; a
// copy of another's wording (`copies`, from copied_from) says so, so that a reader sees who repeats whom.
Claim claim_of(const std::string& id, const std::string& fact, const std::string& fact_de, const std::vector<const Event*>& members,
               const std::vector<std::optional<std::size_t>>& copies, std::string (*says)(const Event&), std::string (*says_de)(const Event&)) {
    Claim c;
    c.id = id;
    c.fact = fact;
    c.fact_de = fact_de;
    c.conflicting = true;
    for (std::size_t k = 0; k < members.size(); ++k) {
        const Event* m = members[k];
        const std::string copied = copies[k] ? members[*copies[k]]->sources[0].article : "";
        for (const Citation& s : m->sources)
            c.assertions.push_back({s, says(*m) + (copied.empty() ? "" : " (same wording as " + copied + ")"),
                                    says_de(*m) + (copied.empty() ? "" : " (gleicher Wortlaut wie " + copied + ")")});
    }
    return c;
}

std::string says_date(const Event& e) { return e.date.value.empty() || e.date.value == "XXXX" ? "no date" : e.date.value; }
std::string says_status(const Event& e) { return e.status; }

// A report that says the deal was made, not that it is rumoured or talked about.
bool says_made(const Event* e) { return e->status != "rumored" && e->status != "in_talks"; }

// Whether two members that say the deal was made name amounts that do not agree. Talks at $15bn
// and a round closed at $20bn is how news goes, not a dispute.
bool amounts_disagree(const std::vector<const Event*>& members) {
    // Compared once per distinct figure: a deal of thousands of reports states few of them.
    std::map<std::string, const Amount*> stated;
    for (const Event* m : members)
        if (const Amount* a = deal_amount(*m); a && says_made(m)) stated.emplace(says_amount(*m), a);
    for (auto i = stated.begin(); i != stated.end(); ++i)
        for (auto k = std::next(i); k != stated.end(); ++k)
            if (!amounts_agree(*i->second, *k->second)) return true;
    return false;
}

// Whether two members that say the deal was made give dates whose periods do not overlap (2023
// and 2024-06). A rumour or talks in January and the signing in March is how news goes, not a dispute.
// A takeover has milestones months apart (agreed in August, closed in March) that sources date it by:
// its dates are not a dispute.
bool dates_disagree(const std::vector<const Event*>& members) {
    std::set<std::string> dates;  // once per distinct date, as the amounts
    for (const Event* m : members)
        if (says_made(m) && m->type != "acquisition") dates.insert(m->date.value);
    for (auto i = dates.begin(); i != dates.end(); ++i)
        for (auto k = std::next(i); k != dates.end(); ++k)
            if (!dates_fit(*i, *k, 0)) return true;
    return false;
}

bool status_disagrees(const std::vector<const Event*>& members) {
    bool cancelled = false, done = false;
    for (const Event* m : members) {
        cancelled |= m->status == "cancelled";
        done |= m->status == "completed" || m->status == "binding";
    }
    return cancelled && done;
}

// One event of the members: the first's id and type, the most precise date, every party, the amount
// most members state (ties: the first; copies not counted), the most advanced status, every citation.
Event merged_of(const std::vector<const Event*>& members, const std::vector<std::optional<std::size_t>>& copies) {
    Event out = *members.front();
    out.sources.clear();
    out.participants.clear();
    std::map<std::string, int> votes;  // an amount's words → how many members state it, copies not counted
    std::set<std::pair<std::string, std::string>> cited;  // article and quote of each source kept
    for (std::size_t k = 0; k < members.size(); ++k) {
        const Event* m = members[k];
        if (precision_rank(m->date.value) > precision_rank(out.date.value)) out.date = m->date;
        if (status_rank(m->status) > status_rank(out.status) && out.status != "cancelled") out.status = m->status;
        for (const Participant& p : m->participants) {
            const bool have = std::any_of(out.participants.begin(), out.participants.end(), [&](const Participant& q) { return party_key(q) == party_key(p) && q.role == p.role; });
            if (!have) out.participants.push_back(p);
        }
        for (const Citation& c : m->sources)
            if (cited.insert({c.article, c.quote}).second) out.sources.push_back(c);
        // A term only a later source states ("first deal between them") is kept; the first source's wins.
        const auto add_terms = [](auto& to, const auto& from) {
            for (const auto& t : from)
                if (std::none_of(to.begin(), to.end(), [&](const auto& have) { return have.first == t.first; })) to.push_back(t);
        };
        add_terms(out.terms, m->terms);
        add_terms(out.terms_de, m->terms_de);
        if (deal_amount(*m) && !copies[k]) ++votes[says_amount(*m)];
        out.by_user |= m->by_user;
    }
    // The amount most members state; the first member's on a tie.
    const Event* chosen = nullptr;
    int best = 0;
    for (const Event* m : members) {
        if (!deal_amount(*m)) continue;
        const int v = votes[says_amount(*m)];
        if (v > best) {
            best = v;
            chosen = m;
        }
    }
    if (chosen) out.amounts = chosen->amounts;
    return out;
}

// What a source says of when the relationship began: "began 2023 (joined its providers)".
std::string says_start_en(const Event& e) { return "began " + says_date(e) + " (" + std::string(start_term(e, false)) + ")"; }
std::string says_start_de(const Event& e) { return "Beginn " + says_date(e) + " (" + std::string(start_term(e, true)) + ")"; }

// Deals that each say they began their parties' relationship ("erstmals", "joined", "allowed only
// then"), of other articles and at dates that do not overlap: the sources disagree on when it began,
// though their deals are rightly apart (a year between them). One claim per relationship, its first
// deal's id with "-start"; each deal points at it.
void claim_starts(MergedEvents& out) {
    constexpr std::size_t kStartsPerRelationship = 16;  // a relationship said to begin more often than this is no one start
    std::map<std::string, std::vector<Event*>> starts;   // kind, receiving and giving side → its deals that say they began it
    for (Event& e : out.events) {
        if (start_term(e, false).empty() || e.sources.empty() || timex_span(e.date.value) == std::nullopt) continue;
        const DealSides sides = deal_sides(e);
        std::string key = block_of(sides) + "|";
        for (const auto& g : sides.giving) key += g + ",";
        auto& deals = starts[key];
        if (deals.size() < kStartsPerRelationship) deals.push_back(&e);
    }
    for (auto& [key, deals] : starts) {
        std::sort(deals.begin(), deals.end(), [](const Event* a, const Event* b) { return merged_before(*a, *b); });
        std::vector<const Event*> sides{deals.front()};
        for (const Event* e : deals)
            if (e != deals.front() && e->sources[0].article != deals.front()->sources[0].article && !dates_fit(e->date.value, deals.front()->date.value, 0))
                sides.push_back(e);
        if (sides.size() < 2) continue;
        const Event& first = *deals.front();
        out.claims.push_back(claim_of(first.id + "-start", "when it began: " + event_summary(first, Language::en), "Beginn: " + event_summary(first, Language::de), sides,
                                      std::vector<std::optional<std::size_t>>(sides.size()), says_start_en, says_start_de));
        for (Event* e : deals)
            if (e->claim.empty() && std::find(sides.begin(), sides.end(), e) != sides.end()) e->claim = out.claims.back().id;
    }
}

}  // namespace

MergedEvents merge_events(std::vector<Event> reports) {
    std::sort(reports.begin(), reports.end(), report_before);
    // Complete linkage: a report joins a deal only if it fits all its reports, so two reports a year
    // apart never meet through a third between them; of the deals it fits, the one whose amount it
    // agrees with, else the first.
    std::vector<std::vector<std::size_t>> deals;
    std::vector<std::vector<std::string>> reasons;
    std::vector<long> reach;  // per deal: the last day a dated report may start on and still fit it
    // Receiving side → its open deals, so each report is compared with few: reports come in date
    // order, and a deal whose reach has passed is dropped from its block (a corpus of years would
    // otherwise compare every report of OpenAI with every deal of OpenAI).
    std::map<std::string, std::vector<std::size_t>> open;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const DealSides sides = deal_sides(reports[i]);
        const std::string block = block_of(sides);
        const auto span = timex_span(reports[i].date.value);
        // How long later a report can still be of this deal (same_deal_reason's windows).
        const long window = reports[i].type == "acquisition" && deal_amount(reports[i]) ? kSameTakeoverWindowDays : kSameDealWindowDays;
        bool joined = false;
        if (!sides.receiving.empty() && !only_running_totals(reports[i])) {
            std::vector<std::size_t>& candidates = open[block];
            if (span) std::erase_if(candidates, [&](std::size_t d) { return reach[d] < span->start; });
            const std::size_t first = candidates.size() <= kLookback ? 0 : candidates.size() - kLookback;
            std::optional<std::size_t> chosen;
            std::string chosen_why;
            bool chosen_agrees = false;
            const Amount* amount = deal_amount(reports[i]);
            for (std::size_t k = first; k < candidates.size() && !chosen_agrees; ++k) {
                const std::size_t d = candidates[k];
                std::optional<std::string> why;
                bool fits = true;
                // Complete linkage over the deal's first and latest members (a deal of thousands of
                // reports is not compared whole each time).
                const auto& members = deals[d];
                for (std::size_t n = 0; n < members.size() && fits; ++n) {
                    if (n >= kLinkageEnds && n + kLinkageEnds < members.size()) continue;
                    // Of one article: never one deal, and cheaper to see than same_deal_reason's sides.
                    if (of_one_article(reports[members[n]], reports[i])) {
                        fits = false;
                        break;
                    }
                    auto reason = same_deal_reason(reports[members[n]], reports[i]);
                    fits = reason.has_value();
                    if (reason && !why) why = std::move(reason);
                }
                if (!fits) continue;
                const Amount* theirs = deal_amount(reports[members.front()]);
                const bool agrees = amount && theirs && amounts_agree(*amount, *theirs);
                // An undated report has only its figure to say which deal it is: without a figure
                // the deal shares, it is one of its own ("rund 13 Milliarden" is not a 27 % stake).
                if (!span && !reports[i].amounts.empty() && !agrees) continue;
                if (!chosen || agrees) {
                    chosen = d;
                    chosen_why = *why;
                    chosen_agrees = agrees;
                }
            }
            if (chosen) {
                deals[*chosen].push_back(i);
                reasons[*chosen].push_back(chosen_why);
                if (span) reach[*chosen] = std::max(reach[*chosen], span->end + window);
                joined = true;
            }
        }
        if (joined) continue;
        open[block].push_back(deals.size());
        deals.push_back({i});
        reasons.emplace_back();
        reach.push_back(span ? span->end + window : LONG_MAX);
    }

    MergedEvents out;
    std::set<std::string> used_ids;
    for (std::size_t d = 0; d < deals.size(); ++d) {
        std::vector<const Event*> members;
        for (const std::size_t m : deals[d]) members.push_back(&reports[m]);
        const auto copies = copied_from(members);  // once per deal: the vote, the reasons and the claims use it
        Event merged = merged_of(members, copies);
        // Candidates of different articles may share an id ("c1"): each deal gets its own.
        for (int n = 2; used_ids.count(merged.id); ++n) merged.id = members.front()->id + "-" + std::to_string(n);
        used_ids.insert(merged.id);
        if (members.size() > 1) {
            MergeNote note;
            note.event = merged.id;
            for (const Event* m : members) note.members.push_back(m->id);
            note.reasons = reasons[d];
            // A copy is named as one: it joined, but it is not a second voice.
            for (std::size_t k = 1; k < members.size(); ++k)
                if (copies[k]) note.reasons[k - 1] += ", same wording as " + members[*copies[k]]->sources[0].article;
            // Disagreements become claims in the curated claims' shape; the event points at its first.
            const auto claim = [&](const char* what, const char* what_de, std::string (*says)(const Event&), std::string (*says_de)(const Event&)) {
                out.claims.push_back(claim_of(merged.id + "-" + what, std::string(what) + " of " + event_summary(merged, Language::en),
                                              std::string(what_de) + ": " + event_summary(merged, Language::de), members, copies, says, says_de));
                if (merged.claim.empty()) merged.claim = out.claims.back().id;
            };
            if (amounts_disagree(members)) claim("amount", "Betrag", says_amount, says_amount_de);
            if (dates_disagree(members)) claim("date", "Datum", says_date, says_date);
            if (status_disagrees(members)) claim("status", "Status", says_status, says_status);
            out.notes.push_back(std::move(note));
        }
        out.events.push_back(std::move(merged));
    }

    // Running totals: linked to the deals of the same parties up to their date; a sum that differs
    // from the total the source states is a claim, with each side's sources. Deals are looked up by
    // kind and receiving side, so a corpus of many totals is not a scan of every deal per total.
    std::map<std::string, std::vector<std::size_t>> deals_by_block;
    for (std::size_t k = 0; k < out.events.size(); ++k)
        if (!only_running_totals(out.events[k])) deals_by_block[block_of(deal_sides(out.events[k]))].push_back(k);
    for (Event& total : out.events) {
        if (!only_running_totals(total)) continue;
        const DealSides sides = deal_sides(total);
        const auto total_end = timex_span(total.date.value);
        TotalLink link;
        link.total = total.id;
        double sum = 0;
        const Amount* stated = nullptr;
        for (const Amount& a : total.amounts)
            if (a.value && !a.currency.empty()) stated = &a;
        std::vector<const Event*> parts;
        for (const std::size_t k : deals_by_block[block_of(sides)]) {
            const Event& part = out.events[k];
            if (!same_parties(sides, deal_sides(part))) continue;
            const auto span = timex_span(part.date.value);
            if (total_end && span && span->start >= total_end->end) continue;  // after the total: not one of its parts
            const Amount* a = deal_amount(part);
            if (!a || !stated || a->currency != stated->currency) continue;
            sum += *a->value;
            link.parts.push_back(part.id);
            parts.push_back(&part);
        }
        if (link.parts.empty()) continue;
        link.agrees = std::fabs(sum - *stated->value) <= 0.05 * std::max(sum, *stated->value);
        // Parts given as "up to" or "about" may hold one another (a pledge of up to 4bn, then a
        // tranche of it): their sum says nothing against the total, so no claim is made.
        const bool exact_parts = std::all_of(parts.begin(), parts.end(), [](const Event* p) { return deal_amount(*p)->qualifier == Qualifier::exact; });
        if (!link.agrees && exact_parts) {
            std::vector<const Event*> sides_of_claim{&total};
            sides_of_claim.insert(sides_of_claim.end(), parts.begin(), parts.end());
            out.claims.push_back(claim_of(total.id + "-total", "the total of " + event_summary(total, Language::en), "Summe: " + event_summary(total, Language::de),
                                          sides_of_claim, copied_from(sides_of_claim), says_total_en, says_total_de));
            if (total.claim.empty()) total.claim = out.claims.back().id;
        }
        out.totals.push_back(std::move(link));
    }
    claim_starts(out);
    order_merged(out);
    return out;
}

std::size_t merge_part(const Event& report, std::size_t parts) {
    // FNV-1a: the same on every machine and compiler (std::hash is not).
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : block_of(deal_sides(report))) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return parts == 0 ? 0 : static_cast<std::size_t>(h % parts);
}

bool merged_before(const Event& a, const Event& b) {
    const long x = sort_day(a), y = sort_day(b);
    return x != y ? x < y : a.id < b.id;
}

void order_merged(MergedEvents& m) {
    std::sort(m.events.begin(), m.events.end(), merged_before);
    std::sort(m.notes.begin(), m.notes.end(), [](const MergeNote& a, const MergeNote& b) { return a.event < b.event; });
    std::sort(m.claims.begin(), m.claims.end(), [](const Claim& a, const Claim& b) { return a.id < b.id; });
    std::sort(m.totals.begin(), m.totals.end(), [](const TotalLink& a, const TotalLink& b) { return a.total < b.total; });
}

}  // namespace ds
