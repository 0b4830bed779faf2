#pragma once
// Many reports of the same deals → one event per deal with every source and its quote, a claim
// where the sources disagree (amount, date, status), and running totals linked to their parts.
// The reduce step of reading a corpus: the result depends on the events, not on their order.
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

}  // namespace ds
