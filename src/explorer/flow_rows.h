#pragma once
// The Flows view's rows: who put how much money into whom, and who sells compute to whom — one row
// per pair and kind over the filtered events, with a total that keeps its "up to" parts apart and
// the number of events and sources behind it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/events/analytics.h"
#include "core/text/language.h"

namespace ds {

// Which flow: its two ends and kind (the flow graph has one per triple).
struct FlowKey {
    std::string from, to;
    FlowKind kind = FlowKind::money;
    bool operator==(const FlowKey&) const = default;
};
FlowKey key_of(const Flow& f);
// "microsoft>openai:money", as links, the frame report and click targets name a flow; and back.
std::string flow_key_text(const FlowKey& key);
std::optional<FlowKey> flow_key_from_text(std::string_view text);

struct FlowRow {
    std::size_t flow = 0;  // index into the flows the rows were made from
    std::string from, to;  // names as the reader knows them
    FlowKind kind = FlowKind::money;
    std::string total;     // "$1bn + up to $2bn, disputed"
    double value = 0;      // all parts together, for sorting only
    int events = 0, sources = 0;
};

// Money and compute flows only (a partnership has no direction and no sum), largest first.
std::vector<FlowRow> flow_rows(const std::vector<Flow>& flows, const Gazetteer& g, Language language);

enum class FlowColumn { from, to, kind, total, events, sources };
// Sorts in place; ties keep the order they had (largest first).
void sort_flow_rows(std::vector<FlowRow>& rows, FlowColumn column, bool descending);

// The flows at one entity, for its detail: what it sent (invested, compute sold) and received,
// each largest first.
struct Counterparties {
    std::vector<std::size_t> invested_in, received_from, sold_compute_to, bought_compute_from;  // indices into flows
};
Counterparties counterparties(const std::vector<Flow>& flows, const std::string& entity);

// "money" / "Geld", "compute" / "Rechenleistung".
const char* flow_kind_label(FlowKind kind, Language language);

// The flow's events as indices into `store`, in the order of `time_ordered` (the derived time order).
std::vector<std::size_t> flow_events(const Flow& flow, const EventStore& store, const std::vector<std::size_t>& time_ordered);

// The index of the flow with this key, if any.
std::optional<std::size_t> find_flow(const std::vector<Flow>& flows, const FlowKey& key);

}  // namespace ds
