#pragma once
// Analytics over the events: who invested and received how much, who bought and sold compute,
// the money-and-compute graph as of a date, money going round in cycles, capital over time, and
// the claims on which sources disagree.
#include <map>
#include <optional>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/event.h"
#include "core/events/event_types.h"
#include "core/articles/time_span.h"

namespace ds {

// One currency's part of a total, by how sure its amounts are. Currencies are never added to each
// other in what a reader sees: "$10bn + €1.5bn", not a converted figure.
struct CurrencySum {
    std::string currency;  // "USD", "EUR", …
    double stated = 0, up_to = 0, about = 0, at_least = 0;
    double reported_total = 0;  // the largest running total a source states ("insgesamt 13,75 Milliarden"), not added
    // Whole amounts of deals this side shares with others ("a $6.6bn round, among others from Nvidia
    // and MGX"): no one's own figure, shown as "part of $6.6bn", not added.
    double shared = 0;
    // Amounts only reported as alleged (a "rumored" event: "angeblich weitere zwei Milliarden"): shown
    // apart ("+ allegedly $2bn"), never added to the sum nor to sizes (a newcomer read $13bn as fact).
    double alleged = 0;
    double sum() const { return stated + up_to + about + at_least; }
};

// A sum of amounts that keeps how sure it is: any "up to" or "about" part makes the whole so.
struct Total {
    double value = 0;       // rough US dollars of its own figures, all currencies together: for sizes and order, never shown as a figure
    double shared_weight = 0;  // an even share of the shared deals, in rough US dollars: only for sizes and order, never a figure
    int shared_deals = 0;      // deals it shares with other parties on its side (their amounts are in `shared`)
    std::vector<CurrencySum> currencies;  // US dollars first, then the others in the order met
    int unstated = 0;       // events that add no figure ("milliardenschwer")
    int events = 0;         // events that contributed
    bool upper_bound = false;  // includes "up to" amounts
    bool estimate = false;     // includes "about" amounts
    bool disputed = false;     // includes an event whose fact the sources disagree on
    bool unreported = false;   // includes events that name no amount
    bool converted = false;    // `value` counts an amount in a currency other than US dollars

    // What sizes marks and edges and orders lists: its own figures and an even share of shared deals.
    double weight() const { return value + shared_weight; }
    // The part in `currency`, or null when none was added.
    const CurrencySum* in(std::string_view currency) const;
    CurrencySum& part(std::string_view currency);
};

// `value` of `currency` in rough US dollars, so marks, edges and orders can weigh a euro amount
// against a dollar one (fixed rates of the mid-2020s; 0 for a currency without one). Never shown.
double rough_dollars(double value, std::string_view currency);

struct EntityTotals {
    Total invested, received, compute_bought, compute_sold;
};


// One edge of the graph: all events of one kind between the same two entities.
struct Flow {
    std::string from, to;  // money: investor → investee; compute: provider → customer; partnership: in id order
    FlowKind kind = FlowKind::money;
    Total total;
    std::vector<std::string> events;
    int sources = 0;  // different articles quoted by its events
};

struct AnalyticsOptions {
    std::optional<std::string> as_of;  // only events that began on or before this date; undated ones are left out
    // Only these events (indices into the store, ascending), when given: the explorer's filtered ones,
    // without a copy of each (100 000 events copied took 100 MB at once in the page).
    const std::vector<std::size_t>* only = nullptr;
};

// Per entity id. Plans ("investment_plan") and running totals ("total") are not added (they would
// count money twice); each currency is summed on its own.
std::map<std::string, EntityTotals> entity_totals(const EventStore& store, const AnalyticsOptions& options = {});

std::vector<Flow> flow_graph(const EventStore& store, const AnalyticsOptions& options = {});

// An event that only restates a running total ("bisherige Investition … 13,75 Milliarden"): every
// amount is a total. It adds nothing to sums, and the views draw it apart from deals.
bool restates_a_total(const Event& e);

// A firm's value ("valued at $183bn"): no money moves, so it is drawn hollow, apart from deals (a
// newcomer read Anthropic's valuation as $183bn it had received).
bool values_a_firm(const Event& e);

// Cycles in the direction money moves (investor → investee, customer → provider), each listed once,
// starting at its smallest id: {"microsoft", "openai"} means Microsoft → OpenAI → Microsoft.
// At most `max_cycles` are returned (those from the smallest ids first): a dense graph of thousands
// of flows has millions, which took seconds to list and say nothing more than the first thousand.
std::vector<std::vector<std::string>> money_cycles(const std::vector<Flow>& flows, std::size_t max_length = 4,
                                                   std::size_t max_cycles = SIZE_MAX);

// Cumulative money received by an entity, one point per dated event that adds to it.
struct SeriesPoint {
    std::string date;
    double cumulative = 0;
    std::string event;
};
std::vector<SeriesPoint> capital_received_series(const EventStore& store, const std::string& entity);

// Claims on which the sources disagree.
std::vector<const Claim*> conflicts(const EventStore& store);

const char* flow_kind_name(FlowKind kind);

}  // namespace ds
