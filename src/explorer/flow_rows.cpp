#include "explorer/flow_rows.h"

#include <algorithm>
#include <string_view>

#include "core/events/event_format.h"

namespace ds {

FlowKey key_of(const Flow& f) { return {f.from, f.to, f.kind}; }

std::string flow_key_text(const FlowKey& key) { return key.from + ">" + key.to + ":" + flow_kind_name(key.kind); }

std::optional<FlowKey> flow_key_from_text(std::string_view text) {
    const std::size_t arrow = text.find('>'), colon = text.rfind(':');
    if (arrow == std::string_view::npos || colon == std::string_view::npos || colon < arrow || arrow == 0 || colon == arrow + 1) return std::nullopt;
    const auto kind = enum_from_name(kFlowKindNames, text.substr(colon + 1));
    if (!kind) return std::nullopt;
    return FlowKey{std::string(text.substr(0, arrow)), std::string(text.substr(arrow + 1, colon - arrow - 1)), *kind};
}

namespace {
std::string name_of(const std::string& id, const Gazetteer& g) {
    const Entity* e = g.find(id);
    return e ? e->name : id;
}

bool larger(const std::vector<Flow>& flows, std::size_t a, std::size_t b) { return flows[a].total.weight() > flows[b].total.weight(); }
}  // namespace

std::vector<FlowRow> flow_rows(const std::vector<Flow>& flows, const Gazetteer& g, Language language) {
    std::vector<FlowRow> rows;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        if (f.kind == FlowKind::partnership) continue;
        rows.push_back({i, name_of(f.from, g), name_of(f.to, g), f.kind, total_text(f.total, language), f.total.weight(), static_cast<int>(f.events.size()), f.sources});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const FlowRow& a, const FlowRow& b) { return a.value > b.value; });
    return rows;
}

void sort_flow_rows(std::vector<FlowRow>& rows, FlowColumn column, bool descending) {
    const auto compare = [column](const FlowRow& a, const FlowRow& b) -> int {
        const auto three = [](const auto& x, const auto& y) { return (x > y) - (x < y); };
        switch (column) {
            case FlowColumn::from: return a.from.compare(b.from);
            case FlowColumn::to: return a.to.compare(b.to);
            case FlowColumn::kind: return three(static_cast<int>(a.kind), static_cast<int>(b.kind));
            case FlowColumn::total: return three(a.value, b.value);
            case FlowColumn::events: return three(a.events, b.events);
            case FlowColumn::sources: return three(a.sources, b.sources);
        }
        return 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const FlowRow& a, const FlowRow& b) {
        const int c = compare(a, b);
        return descending ? c > 0 : c < 0;
    });
}

Counterparties counterparties(const std::vector<Flow>& flows, const std::string& entity) {
    Counterparties out;
    for (std::size_t i = 0; i < flows.size(); ++i) {
        const Flow& f = flows[i];
        if (f.kind == FlowKind::money) {
            if (f.from == entity) out.invested_in.push_back(i);
            if (f.to == entity) out.received_from.push_back(i);
        } else if (f.kind == FlowKind::compute) {
            if (f.from == entity) out.sold_compute_to.push_back(i);
            if (f.to == entity) out.bought_compute_from.push_back(i);
        }
    }
    for (auto* list : {&out.invested_in, &out.received_from, &out.sold_compute_to, &out.bought_compute_from})
        std::stable_sort(list->begin(), list->end(), [&](std::size_t a, std::size_t b) { return larger(flows, a, b); });
    return out;
}

const char* flow_kind_label(FlowKind kind, Language language) {
    const bool de = language == Language::de;
    switch (kind) {
        case FlowKind::money: return de ? "Geld" : "money";
        case FlowKind::compute: return de ? "Rechenleistung" : "compute";
        case FlowKind::partnership: return de ? "Partnerschaft" : "partnership";
    }
    return "";
}

std::vector<std::size_t> flow_events(const Flow& flow, const EventStore& store, const std::vector<std::size_t>& time_ordered) {
    std::vector<std::string_view> ids(flow.events.begin(), flow.events.end());
    std::sort(ids.begin(), ids.end());
    std::vector<std::size_t> out;
    for (const std::size_t i : time_ordered) {
        if (std::binary_search(ids.begin(), ids.end(), std::string_view(store.events[i].id))) out.push_back(i);
    }
    return out;
}

std::optional<std::size_t> find_flow(const std::vector<Flow>& flows, const FlowKey& key) {
    for (std::size_t i = 0; i < flows.size(); ++i) {
        if (flows[i].from == key.from && flows[i].to == key.to && flows[i].kind == key.kind) return i;
    }
    return std::nullopt;
}

}  // namespace ds
