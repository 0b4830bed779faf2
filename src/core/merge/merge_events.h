#pragma once
// Many reports of the same deals → one event per deal with every source and its quote, a claim
// where the sources disagree (amount, date, status), and running totals linked to their parts.
// The reduce step of reading a corpus: the result depends on the events, not on their order.
#include <cstddef>
#include <string>
#include <vector>

#include "core/events/event.h"

namespace ds {

// Why events became one, so a user can see it and undo it.
struct MergeNote {
    std::string event;                 // the merged event's id
    std::vector<std::string> members;  // the ids of the reports it holds, in (date, id) order
    std::vector<std::string> reasons;  // one per member after the first: "same parties and roles, amounts …, dates …"
};

// A running total ("insgesamt 13,75 Milliarden") and the deals it sums; `agrees` when their sum
// matches it (else a claim says so, when every part is an exact figure).
struct TotalLink {
    std::string total;               // the total's event id
    std::vector<std::string> parts;  // the deals' event ids
    bool agrees = true;
};

struct MergedEvents {
    std::vector<Event> events;  // one per deal, in date order, then by id
    std::vector<Claim> claims;  // where the merged sources disagree
    std::vector<MergeNote> notes;
    std::vector<TotalLink> totals;
};

// Merges `reports` (candidates of several articles, the user's and curated events alike). A merged
// event keeps the id of its first member in (date, id) order, the most precise date the sources
// give, every party any source names, the amount most sources state, the most advanced status, and
// every source's citation.
MergedEvents merge_events(std::vector<Event> reports);

// The reduce step spread over machines: reports are merged only with reports of the same kind of
// deal and receiving side (their block), so the blocks can be merged apart — each part holds the
// reports whose block falls to it — and the parts put together give what one merge of all gives.
// Which of `parts` parts a report belongs to (0 … parts-1), by a hash of its block.
std::size_t merge_part(const Event& report, std::size_t parts);
// The order of a merged result: events by date (the start of the period), then id; claims, notes
// and totals by id. merge_events() returns it; parts put together are sorted into it.
bool merged_before(const Event& a, const Event& b);
void order_merged(MergedEvents& merged);

}  // namespace ds
