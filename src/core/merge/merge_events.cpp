#include "core/merge/merge_events.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "core/articles/time_span.h"
#include "core/events/event_format.h"
#include "core/events/event_json.h"
#include "core/merge/deal_match.h"

namespace ds {

namespace {

constexpr std::size_t kUndatedLookback = 256;  // deals of a block an undated report is compared with
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

std::string says_amount(const Event& e) {
    const Amount* a = deal_amount(e);
    if (!a) return "no amount";
    const char* q = a->qualifier == Qualifier::up_to ? "up to " : a->qualifier == Qualifier::about ? "about " : a->qualifier == Qualifier::at_least ? "at least " : "";
    return q + compact_money(*a->value, a->currency, Language::en);
}

std::string says_amount_de(const Event& e) {
    const Amount* a = deal_amount(e);
    if (!a) return "kein Betrag";
    const char* q = a->qualifier == Qualifier::up_to ? "bis zu " : a->qualifier == Qualifier::about ? "rund " : a->qualifier == Qualifier::at_least ? "mindestens " : "";
    return q + compact_money(*a->value, a->currency, Language::de);
}

// The claim for a fact on which the members disagree: each member's sources assert its value.
Claim claim_of(const std::string& id, const std::string& fact, const std::string& fact_de, const std::vector<const Event*>& members,
               std::string (*says)(const Event&), std::string (*says_de)(const Event&)) {
    Claim c;
    c.id = id;
    c.fact = fact;
    c.fact_de = fact_de;
    c.conflicting = true;
    for (const Event* m : members)
        for (const Citation& s : m->sources) c.assertions.push_back({s, says(*m), says_de(*m)});
    return c;
}

std::string says_date(const Event& e) { return e.date.value.empty() || e.date.value == "XXXX" ? "no date" : e.date.value; }
std::string says_status(const Event& e) { return e.status; }

// A report that says the deal was made, not that it is rumoured or talked about.
bool says_made(const Event* e) { return e->status != "rumored" && e->status != "in_talks"; }

// Whether two members that say the deal was made name amounts that do not agree. Talks at $15bn
// and a round closed at $20bn is how news goes, not a dispute.
bool amounts_disagree(const std::vector<const Event*>& members) {
    for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t k = i + 1; k < members.size(); ++k) {
            const Amount *a = deal_amount(*members[i]), *b = deal_amount(*members[k]);
            if (a && b && says_made(members[i]) && says_made(members[k]) && !amounts_agree(*a, *b)) return true;
        }
    return false;
}

// Whether two members that say the deal was made give dates whose periods do not overlap (2023
// and 2024-06). A rumour or talks in January and the signing in March is how news goes, not a dispute.
bool dates_disagree(const std::vector<const Event*>& members) {
    for (std::size_t i = 0; i < members.size(); ++i)
        for (std::size_t k = i + 1; k < members.size(); ++k)
            if (says_made(members[i]) && says_made(members[k]) && !dates_fit(members[i]->date.value, members[k]->date.value, 0)) return true;
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
// most members state (ties: the first), the most advanced status, every citation.
Event merged_of(const std::vector<const Event*>& members) {
    Event out = *members.front();
    out.sources.clear();
    out.participants.clear();
    std::map<std::string, int> votes;  // an amount's words → how many members state it
    for (const Event* m : members) {
        if (precision_rank(m->date.value) > precision_rank(out.date.value)) out.date = m->date;
        if (status_rank(m->status) > status_rank(out.status) && out.status != "cancelled") out.status = m->status;
        for (const Participant& p : m->participants) {
            const bool have = std::any_of(out.participants.begin(), out.participants.end(), [&](const Participant& q) { return party_key(q) == party_key(p) && q.role == p.role; });
            if (!have) out.participants.push_back(p);
        }
        for (const Citation& c : m->sources) {
            const bool have = std::any_of(out.sources.begin(), out.sources.end(), [&](const Citation& d) { return d.article == c.article && d.quote == c.quote; });
            if (!have) out.sources.push_back(c);
        }
        if (deal_amount(*m)) ++votes[says_amount(*m)];
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
        std::string block = sides.kind + "|";
        for (const auto& r : sides.receiving) block += r + ",";
        const auto span = timex_span(reports[i].date.value);
        bool joined = false;
        if (!sides.receiving.empty() && !only_running_totals(reports[i])) {
            std::vector<std::size_t>& candidates = open[block];
            if (span) std::erase_if(candidates, [&](std::size_t d) { return reach[d] < span->start; });
            // An undated report fits any date: it looks at the latest deals only.
            const std::size_t first = span || candidates.size() <= kUndatedLookback ? 0 : candidates.size() - kUndatedLookback;
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
                if (span) reach[*chosen] = std::max(reach[*chosen], span->end + kSameDealWindowDays);
                joined = true;
            }
        }
        if (joined) continue;
        open[block].push_back(deals.size());
        deals.push_back({i});
        reasons.emplace_back();
        reach.push_back(span ? span->end + kSameDealWindowDays : LONG_MAX);
    }

    MergedEvents out;
    std::set<std::string> used_ids;
    for (std::size_t d = 0; d < deals.size(); ++d) {
        std::vector<const Event*> members;
        for (const std::size_t m : deals[d]) members.push_back(&reports[m]);
        Event merged = merged_of(members);
        // Candidates of different articles may share an id ("c1"): each deal gets its own.
        for (int n = 2; used_ids.count(merged.id); ++n) merged.id = members.front()->id + "-" + std::to_string(n);
        used_ids.insert(merged.id);
        if (members.size() > 1) {
            MergeNote note;
            note.event = merged.id;
            for (const Event* m : members) note.members.push_back(m->id);
            note.reasons = reasons[d];
            // Disagreements become claims in the curated claims' shape; the event points at its first.
            const auto claim = [&](const char* what, const char* what_de, std::string (*says)(const Event&), std::string (*says_de)(const Event&)) {
                out.claims.push_back(claim_of(merged.id + "-" + what, std::string(what) + " of " + event_summary(merged, Language::en),
                                              std::string(what_de) + ": " + event_summary(merged, Language::de), members, says, says_de));
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
    // from the total the source states is a claim, with each side's sources.
    for (const Event& total : out.events) {
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
        for (const Event& part : out.events) {
            if (&part == &total || only_running_totals(part) || !same_parties(sides, deal_sides(part))) continue;
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
            const auto says_total = [](const Event& e) {
                for (const Amount& a : e.amounts)
                    if (a.qualifier == Qualifier::total && a.value) return "in total " + compact_money(*a.value, a.currency, Language::en);
                return says_amount(e) + (e.date.value.empty() ? "" : " (" + e.date.value + ")");
            };
            const auto says_total_de = [](const Event& e) {
                for (const Amount& a : e.amounts)
                    if (a.qualifier == Qualifier::total && a.value) return "insgesamt " + compact_money(*a.value, a.currency, Language::de);
                return says_amount_de(e) + (e.date.value.empty() ? "" : " (" + e.date.value + ")");
            };
            out.claims.push_back(claim_of(total.id + "-total", "the total of " + event_summary(total, Language::en), "Summe: " + event_summary(total, Language::de),
                                          sides_of_claim, says_total, says_total_de));
        }
        out.totals.push_back(std::move(link));
    }
    for (const Claim& c : out.claims) {
        if (!c.id.ends_with("-total")) continue;
        for (Event& e : out.events)
            if (e.claim.empty() && c.id == e.id + "-total") e.claim = c.id;
    }
    std::sort(out.notes.begin(), out.notes.end(), [](const MergeNote& a, const MergeNote& b) { return a.event < b.event; });
    std::sort(out.claims.begin(), out.claims.end(), [](const Claim& a, const Claim& b) { return a.id < b.id; });
    return out;
}

}  // namespace ds
