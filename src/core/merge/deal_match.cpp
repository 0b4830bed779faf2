#include "core/merge/deal_match.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string_view>
#include <utility>

#include "core/articles/time_span.h"
#include "core/events/analytics.h"
#include "core/events/event_format.h"
#include "core/events/event_types.h"
#include "core/tables/cell_values.h"

namespace ds {

namespace {

bool money(const Amount& a) { return a.value && !a.currency.empty(); }

// "up to $100bn", or "none": an amount in an explanation.
std::string amount_words(const Amount* a) { return a ? money_amount_text(*a, Language::en) : "none"; }

void sort_unique(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& x) { return std::binary_search(b.begin(), b.end(), x); });
}

}  // namespace

std::string party_key(const Participant& p) { return p.entity.empty() ? "name:" + name_key(p.name) : p.entity; }

// "Institutional Venture Partners" → "ivp": the first letters of an unknown name of three words or more.
std::string initials_of(const Participant& p) {
    if (!p.entity.empty()) return {};
    std::string out;
    bool at_word = true;
    for (const char c : p.name) {
        if (c == ' ') at_word = true;
        else if (at_word) {
            if (c < 'A' || c > 'Z') return {};  // "Partners of …": not a name to abbreviate
            out += static_cast<char>(c - 'A' + 'a');
            at_word = false;
        }
    }
    return out.size() >= 3 ? out : std::string();
}

DealSides deal_sides(const Event& e) {
    DealSides s;
    const EventType* t = find_event_type(e.type);
    const char* from = t ? t->from_role : nullptr;
    const char* to = t ? t->to_role : nullptr;
    // A loan's money goes from its lenders to the borrower: one lender more in one report is the same loan.
    if (e.type == "loan") {
        from = "lender";
        to = "borrower";
    }
    // Investments and rounds are one kind of deal; any other type is its own.
    s.kind = from && to && std::string_view(from) == "investor" ? std::string("investor>investee") : e.type;
    const bool pairwise = from && to && std::string_view(from) == to;  // partners: every party on one side
    for (const Participant& p : e.participants) {
        const std::string key = party_key(p);
        if (!from) s.receiving.push_back(key);  // a valuation, a launch: the parties it is about
        else if (pairwise && role_is(p.role, from)) s.receiving.push_back(key);
        else if (from && role_is(p.role, from)) {
            s.giving.push_back(key);
            if (const std::string initials = initials_of(p); !initials.empty()) s.giving_initials.push_back("name:" + initials);
        }
        else if (to && role_is(p.role, to)) s.receiving.push_back(key);
        else s.others.push_back(key);
    }
    sort_unique(s.giving);
    sort_unique(s.receiving);
    sort_unique(s.others);
    sort_unique(s.giving_initials);
    return s;
}

const Amount* deal_amount(const Event& e) {
    for (const Amount& a : e.amounts)
        if (money(a) && a.qualifier != Qualifier::total) return &a;
    return nullptr;
}

bool only_running_totals(const Event& e) {
    bool any = false;
    for (const Amount& a : e.amounts) {
        if (!money(a)) continue;
        if (a.qualifier != Qualifier::total) return false;
        any = true;
    }
    return any;
}

bool amounts_agree(const Amount& a, const Amount& b) {
    const bool same_currency = a.currency == b.currency;
    const double x = same_currency ? *a.value : rough_dollars(*a.value, a.currency);
    const double y = same_currency ? *b.value : rough_dollars(*b.value, b.currency);
    if (x <= 0 || y <= 0) return false;
    const double tolerance = same_currency ? 0.05 : 0.15;
    if (std::fabs(x - y) <= tolerance * std::max(x, y)) return true;
    // A bound the other meets: "bis zu 100 Milliarden" and "100 Milliarden", "mehr als 5" and "6".
    // Two bounds of one kind are two figures: "bis zu 6,5" and "bis zu 4" are not the same.
    if (a.qualifier == b.qualifier) return false;
    const auto within = [&](const Amount& bound, double limit, double other) {
        if (bound.qualifier == Qualifier::up_to) return other <= limit * (1 + tolerance);
        if (bound.qualifier == Qualifier::at_least) return other >= limit * (1 - tolerance);
        return false;
    };
    return within(a, x, y) || within(b, y, x);
}

bool dates_fit(const std::string& a, const std::string& b, long window_days) {
    const auto x = timex_span(a), y = timex_span(b);
    if (!x || !y) return true;  // an unknown date: the other facts decide
    if (x->start <= y->start && y->end <= x->end) return true;
    if (y->start <= x->start && x->end <= y->end) return true;
    const long gap = std::max(x->start, y->start) - std::min(x->end, y->end);
    return gap <= window_days;
}

bool same_parties(const DealSides& a, const DealSides& b) {
    if (a.kind != b.kind || a.receiving.empty() || a.receiving != b.receiving) return false;
    if (a.giving.empty() || b.giving.empty()) return true;
    return overlap(a.giving, b.giving) || overlap(a.giving_initials, b.giving) || overlap(a.giving, b.giving_initials);
}

bool too_vague_to_merge(const Event& e) { return !timex_span(e.date.value) && e.amounts.empty(); }

bool amounts_far_apart(const Event& a, const Event& b) {
    const auto far = [](double x, double y) { return x > 0 && y > 0 && std::max(x, y) > kSameDealAmountRatio * std::min(x, y); };
    const Amount *x = deal_amount(a), *y = deal_amount(b);
    if (x && y) {
        const bool same = x->currency == y->currency;
        return far(same ? *x->value : rough_dollars(*x->value, x->currency), same ? *y->value : rough_dollars(*y->value, y->currency));
    }
    // Quantities of one unit: 6 GW and 10 GW are two deals; 6 GW and $10bn say nothing of each other.
    for (const Amount& p : a.amounts)
        for (const Amount& q : b.amounts)
            if (p.currency.empty() && q.currency.empty() && !p.unit.empty() && p.unit == q.unit && p.value && q.value && far(*p.value, *q.value)) return true;
    return false;
}

std::set<std::string> wording_of(const Event& e) {
    if (e.sources.empty()) return {};
    std::vector<std::string> words;
    std::string word;
    for (const char c : e.sources[0].quote + " ") {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) word += static_cast<char>(std::tolower(u));
        else if (!word.empty()) words.push_back(std::move(word)), word.clear();
    }
    std::set<std::string> out;
    for (std::size_t i = 0; i + 2 < words.size(); ++i) out.insert(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
    return out;
}

bool copies_wording(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.size() < 3 || b.size() < 3) return false;  // too short to tell a copy from a common phrase
    std::size_t shared = 0;
    for (const std::string& t : b) shared += a.count(t);
    return static_cast<double>(shared) >= 0.6 * static_cast<double>(std::min(a.size(), b.size()));
}

std::string reason_text(const std::string& reason, Language language) {
    if (language != Language::de) return reason;
    std::string out = reason;
    for (const auto& [en, de] : {std::pair{"same parties and roles", "gleiche Beteiligte und Rollen"}, std::pair{", amounts ", ", Beträge "},
                                 std::pair{", dates ", ", Daten "}, std::pair{", same wording as ", ", gleicher Wortlaut wie "}}) {
        if (const auto at = out.find(en); at != std::string::npos) out.replace(at, std::string_view(en).size(), de);
    }
    for (std::size_t at = out.find("no date"); at != std::string::npos; at = out.find("no date", at)) out.replace(at, 7, "ohne Datum");
    return out;
}

bool of_one_article(const Event& a, const Event& b) {
    for (const Citation& c : a.sources)
        for (const Citation& d : b.sources)
            if (c.article == d.article) return true;
    return false;
}

std::optional<std::string> same_deal_reason(const Event& a, const Event& b) {
    if (!same_parties(deal_sides(a), deal_sides(b))) return std::nullopt;
    // A takeover is announced and closed months apart ("übernimmt für 4,9 Milliarden" in August, "hatte …
    // bezahlt" in March): one buyer paying one price for one target within a year is one takeover.
    const Amount *price_a = deal_amount(a), *price_b = deal_amount(b);
    const bool one_takeover = a.type == "acquisition" && b.type == "acquisition" && price_a && price_b && amounts_agree(*price_a, *price_b);
    if (!dates_fit(a.date.value, b.date.value, one_takeover ? kSameTakeoverWindowDays : kSameDealWindowDays)) return std::nullopt;
    // A running total is linked to its parts, never merged with one of them.
    if (only_running_totals(a) != only_running_totals(b)) return std::nullopt;
    // An article reports a deal once: two of its reports are two facts (a round and a tranche, a
    // part and the whole), even when they name the same parties.
    if (of_one_article(a, b)) return std::nullopt;
    // "spricht … mit Investoren über eine weitere Runde" in December after a round closed in September: talks
    // told after a report of the deal as done are about another deal.
    const auto talks_after_done = [](const Event& done, const Event& talks) {
        if ((done.status != "completed" && done.status != "announced") || (talks.status != "in_talks" && talks.status != "rumored")) return false;
        const auto d = timex_span(done.date.value), t = timex_span(talks.date.value);
        return d && t && t->start > d->end;
    };
    if (talks_after_done(a, b) || talks_after_done(b, a)) return std::nullopt;
    // "Microsoft, which has put billions into OpenAI": no date, no figure — a relation, not a deal report.
    if (too_vague_to_merge(a) || too_vague_to_merge(b)) return std::nullopt;
    // $157bn and $300bn are two valuations, $6.6bn and $40bn two rounds; $10bn and $12bn one deal
    // the sources disagree on.
    if (amounts_far_apart(a, b)) return std::nullopt;
    const Amount *x = deal_amount(a), *y = deal_amount(b);
    // "SoftBank hat bis zu 30 Milliarden zugesagt" beside "OpenAI sammelt 40 Milliarden ein": one investor's
    // share of a round is a part of it, not the round told with another figure.
    const bool part_and_round = (a.type == "investment" && b.type == "funding_round") || (a.type == "funding_round" && b.type == "investment");
    if (part_and_round && x && y && !amounts_agree(*x, *y)) return std::nullopt;
    // "4,5 Gigawatt im Juli" and "300 Milliarden Dollar im September": figures that cannot be compared
    // confirm nothing, so the dates must agree at their precision, not only fall within the window.
    const auto shares_unit = [&] {
        for (const Amount& p : a.amounts)
            for (const Amount& q : b.amounts)
                if (p.currency.empty() && q.currency.empty() && !p.unit.empty() && p.unit == q.unit) return true;
        return false;
    };
    // "8,3 Milliarden im August" and "6,6 Milliarden im Oktober" from the same investors: when both the figure and
    // the date differ (by more than a month), they are two deals, not one the sources disagree on.
    if (x && y && !amounts_agree(*x, *y) && !dates_fit(a.date.value, b.date.value, 31)) return std::nullopt;
    const bool both_have_figures = !a.amounts.empty() && !b.amounts.empty();
    if (both_have_figures && !(x && y) && !shares_unit() && !dates_fit(a.date.value, b.date.value, 0)) return std::nullopt;
    std::string reason = "same parties and roles";
    if (x || y) reason += ", amounts " + amount_words(x) + "/" + amount_words(y);
    const auto date_of = [](const Event& e) { return e.date.value.empty() || e.date.value == "XXXX" ? std::string("no date") : e.date.value; };
    reason += ", dates " + date_of(a) + "/" + date_of(b);
    return reason;
}

}  // namespace ds
