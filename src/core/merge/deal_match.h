#pragma once
// Whether two reports are of the same deal: the same parties in the same roles, the same kind of
// deal, amounts that agree and dates that fit together. Each test says why in words, so a merge can
// be explained ("same parties and roles, amounts $100bn/up to $100bn, dates 2025-09-22/2025-09").
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/events/event.h"
#include "core/text/language.h"

namespace ds {

// Who a party is across articles: its gazetteer id, or for a name the gazetteer does not know,
// "name:" and its folded form ("name:acmeroboticsgmbh"), so "Acme Robotics" and "ACME Robotics" meet.
std::string party_key(const Participant& p);

// The sides of a deal: giving and receiving parties (sorted keys), and what kind of deal it is —
// investments and funding rounds are one kind (investor → investee), every other type its own.
struct DealSides {
    std::string kind;
    std::vector<std::string> giving, receiving, others;
    // Unknown givers by their initials ("Institutional Venture Partners" as "name:ivp"), for reports that abbreviate them.
    std::vector<std::string> giving_initials;
};
DealSides deal_sides(const Event& e);

// The amount a deal is about: its first money amount that is not a running total, or none.
const Amount* deal_amount(const Event& e);
// Whether every money amount of the event is a running total ("insgesamt 13,75 Milliarden").
bool only_running_totals(const Event& e);

// Two amounts agree when one lies within the other's reach: equal within rounding (5 %), or an
// "up to"/"at least" bound that the other meets. Other currencies are weighed at rough rates (15 %).
bool amounts_agree(const Amount& a, const Amount& b);

// Two dates fit one deal when one period holds the other or they lie at most `window_days` apart
// (a rumour in March, the signing in May). An unknown date fits any.
inline constexpr long kSameDealWindowDays = 92;
// Between a takeover's announcement and its closing, at one price.
inline constexpr long kSameTakeoverWindowDays = 366;
bool dates_fit(const std::string& a, const std::string& b, long window_days = kSameDealWindowDays);

// Same kind, the same receiving side and giving sides that share a party (or one names none: a
// source may leave out a co-investor, never the one who receives).
bool same_parties(const DealSides& a, const DealSides& b);

// Amounts more than this factor apart are two deals, not one the sources disagree on.
inline constexpr double kSameDealAmountRatio = 1.5;

// Why two events are one deal, in words; none when they are not: different parties or kind, dates
// too far apart, reports of one article (an article reports a deal once), a report with neither date
// nor figure (a relation, not a deal), amounts more than kSameDealAmountRatio apart. Amounts closer
// than that which disagree do not keep reports apart: the sources then disagree (a claim).
std::optional<std::string> same_deal_reason(const Event& a, const Event& b);
// Whether two reports cite one article (then they are two facts, never one deal).
bool of_one_article(const Event& a, const Event& b);
// A report's wording: its first quote's runs of three words, lower-cased, punctuation dropped.
std::set<std::string> wording_of(const Event& e);
// Whether two reports of different articles share most of their wording (a copied agency text, a
// rewrite of a few words). A copy does not count as a second voice for the merged figure.
bool copies_wording(const std::set<std::string>& a, const std::set<std::string>& b);

// That reason in the reader's language ("gleiche Beteiligte und Rollen, Beträge $10bn/$11bn, Daten …").
std::string reason_text(const std::string& reason, Language language);

}  // namespace ds
