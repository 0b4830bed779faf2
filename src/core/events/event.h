#pragma once
// The event model: typed, dated events between entities, each citing the exact sentences it comes
// from, and claims — what one source asserts about a fact — so disagreeing sources can be shown
// side by side.
#include <optional>
#include <string>
#include <vector>

#include "core/articles/article.h"
#include "core/annotate/mention.h"

namespace ds {

// Event types are rows of src/core/events/event_types.h.
inline constexpr const char* kRoles[] = {
    "investor", "investee", "lender", "borrower", "provider", "customer", "partner", "person", "subject", "seller", "buyer",
    "advisor", "approver", "member", "founder", "government", "lead_investor", "target",
};
inline constexpr const char* kStatuses[] = {"rumored", "reported", "in_talks", "announced", "binding", "completed", "cancelled"};
inline constexpr const char* kMeasures[] = {
    "equity", "compute_commitment", "credit", "valuation", "funding", "deal_value", "loss", "investment_plan", "capacity", "stake", "jobs", "share_price",
};

struct EventDate {
    std::string value;  // TIMEX3-style: 2019, 2023-06, 2024-10-21, 2023-FA, 2025-Q3, 2026-H1
    std::string mod;    // START, MID, END or ""
    std::string text;   // the words it came from ("im Juni 2024")
};

struct Participant {
    std::string entity;  // gazetteer id; "" for a party the gazetteer does not know (a candidate's)
    std::string role;
    std::string name;    // a party not in the gazetteer: its name as the article writes it
};

struct Amount {
    std::optional<double> value;  // none for "milliardenschwer"
    std::string currency;         // USD, EUR; "" for non-money amounts
    std::string unit;             // for capacity and counts: GW, count …
    Qualifier qualifier = Qualifier::exact;
    std::string measures;         // equity, compute_commitment, credit, valuation …
};

struct Citation {
    std::string article;  // article id
    std::string quote;    // verbatim text from the article
    // Resolved at load time:
    ByteRange range;
    std::vector<std::size_t> sentences;
};

// Where an event typed into a spreadsheet came from: it quotes no sentence and is shown "from a table".
struct TableOrigin {
    std::string file;     // the table's file name ("deals.csv"; "pasted table" for a paste)
    std::size_t row = 0;  // its line in the file
    std::string url;      // the source the row gives, or ""
};

struct Event {
    std::string id, type, status;
    EventDate date;
    std::vector<Participant> participants;
    std::vector<Amount> amounts;
    std::vector<std::pair<std::string, std::string>> terms;  // duration, capacity, purchase, conditions …
    std::vector<std::pair<std::string, std::string>> terms_de;  // the same keys' values in German (may be fewer)
    std::string summary_de, summary_en;
    std::vector<Citation> sources;
    std::string claim;  // id of the claim this event asserts, if the fact is disputed
    std::optional<TableOrigin> table;  // from a spreadsheet: then `sources` may be empty
    bool by_user = false;  // accepted by the user from a candidate (saved in the browser, not in events.json)
};

struct ClaimAssertion {
    Citation source;
    std::string says;     // the assertion in brief, in English
    std::string says_de;  // the same in German ("" when the data has none: English is shown)
};

struct Claim {
    std::string id, fact;
    std::string fact_de;  // the fact in German, or ""
    std::vector<ClaimAssertion> assertions;
    bool conflicting = false;  // the sources disagree
};

struct EventStore {
    std::vector<Event> events;
    std::vector<Claim> claims;
};

}  // namespace ds
