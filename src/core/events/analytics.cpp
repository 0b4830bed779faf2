#include "core/events/analytics.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "core/articles/date_text.h"

namespace ds {

bool values_a_firm(const Event& e) { return e.type == "valuation"; }

bool restates_a_total(const Event& e) {
    return !e.amounts.empty() && std::all_of(e.amounts.begin(), e.amounts.end(), [](const Amount& a) { return a.qualifier == Qualifier::total; });
}

namespace {

bool included(const Event& e, const AnalyticsOptions& o) {
    if (e.status == "cancelled") return false;  // asked for, never happened
    if (!o.as_of) return true;
    const auto start = timex_start_day(e.date.value);
    const auto limit = timex_start_day(*o.as_of);
    return start && limit && *start <= *limit;
}

bool disputed(const EventStore& store, const Event& e) {
    if (e.claim.empty()) return false;
    return std::any_of(store.claims.begin(), store.claims.end(), [&](const Claim& c) { return c.id == e.claim && c.conflicting; });
}

// Adds the event's amounts of the given measures to `t`, each in its own currency. `sharing`: how
// many parties share the side `t` stands for (a round's investors): above one, the amount is the
// deal's, not this party's, and is kept apart as shared.
void add(Total& t, const EventStore& store, const Event& e, std::span<const char* const> measures, std::size_t sharing = 1) {
    if (restates_a_total(e)) {  // kept beside the sum, so the reader sees both figures
        for (const Amount& a : e.amounts) {
            if (!a.currency.empty() && a.value) {
                CurrencySum& part = t.part(a.currency);
                part.reported_total = std::max(part.reported_total, *a.value);
            }
        }
        return;
    }
    bool any = false, figure = false;
    for (const Amount& a : e.amounts) {
        if (std::none_of(measures.begin(), measures.end(), [&](const char* m) { return m && a.measures == m; })) continue;
        if (a.currency.empty() || a.qualifier == Qualifier::total) continue;
        any = true;
        if (!a.value) {
            t.unreported = true;
            continue;
        }
        t.converted |= a.currency != "USD";
        figure = true;
        CurrencySum& part = t.part(a.currency);
        if (sharing > 1) {
            part.shared += *a.value;
            t.shared_weight += rough_dollars(*a.value, a.currency) / static_cast<double>(sharing);
            continue;
        }
        if (e.status == "rumored") {
            part.alleged += *a.value;
            continue;
        }
        t.value += rough_dollars(*a.value, a.currency);
        switch (a.qualifier) {
            case Qualifier::up_to: part.up_to += *a.value; break;
            case Qualifier::about: part.about += *a.value; break;
            case Qualifier::at_least: part.at_least += *a.value; break;
            default: part.stated += *a.value; break;
        }
        t.upper_bound |= a.qualifier == Qualifier::up_to;
        t.estimate |= a.qualifier == Qualifier::about;
    }
    if (!any) t.unreported = true;
    if (!figure) ++t.unstated;
    if (figure && sharing > 1) ++t.shared_deals;
    ++t.events;
    t.disputed |= disputed(store, e);
}

// The ids of the event's parties with one of `roles`, into `out` (reused: flow_graph asks 100 000 times).
void with_role(const Event& e, std::initializer_list<const char*> roles, std::vector<std::string_view>& out) {
    out.clear();
    for (const auto& p : e.participants) {
        if (std::any_of(roles.begin(), roles.end(), [&](const char* r) { return role_is(p.role, r); })) out.push_back(p.entity);
    }
}

// The row of an event whose type makes a flow (money, compute, partnership), else null.
const EventType* flow_type(const Event& e) {
    const EventType* t = find_event_type(e.type);
    return t && t->from_role ? t : nullptr;
}

}  // namespace

const CurrencySum* Total::in(std::string_view currency) const {
    const auto it = std::find_if(currencies.begin(), currencies.end(), [&](const CurrencySum& c) { return c.currency == currency; });
    return it == currencies.end() ? nullptr : &*it;
}

CurrencySum& Total::part(std::string_view currency) {
    const auto it = std::find_if(currencies.begin(), currencies.end(), [&](const CurrencySum& c) { return c.currency == currency; });
    if (it != currencies.end()) return *it;
    CurrencySum added;
    added.currency = std::string(currency);
    // Dollars lead, as the explorer's sizes are in dollars; the others follow in the order met.
    return *currencies.insert(currency == "USD" ? currencies.begin() : currencies.end(), std::move(added));
}

double rough_dollars(double value, std::string_view currency) {
    // Rounded rates of 2023–2026; they only weigh marks and orders against each other.
    static constexpr std::pair<std::string_view, double> kRates[] = {
        {"USD", 1.0}, {"EUR", 1.1}, {"GBP", 1.27}, {"CHF", 1.13}, {"JPY", 0.0068}, {"CNY", 0.14}};
    for (const auto& rate : kRates) {
        if (rate.first == currency) return value * rate.second;
    }
    return 0;
}

const char* flow_kind_name(FlowKind kind) { return enum_name(kFlowKindNames, kind); }

std::map<std::string, EntityTotals> entity_totals(const EventStore& store, const AnalyticsOptions& options) {
    std::map<std::string, EntityTotals> out;
    std::vector<std::string_view> ids;
    const std::size_t count = options.only ? options.only->size() : store.events.size();
    for (std::size_t k = 0; k < count; ++k) {
        const Event& e = store.events[options.only ? (*options.only)[k] : k];
        const EventType* t = flow_type(e);
        if (!t || !included(e, options) || t->flow == FlowKind::partnership) continue;
        const bool money = t->flow == FlowKind::money;
        // A side of several parties shares the deal's amount: none of them gave (or got) all of it.
        with_role(e, {t->from_role}, ids);
        for (const auto id : ids) {
            EntityTotals& totals = out[std::string(id)];
            add(money ? totals.invested : totals.compute_sold, store, e, t->measures, ids.size());
        }
        with_role(e, {t->to_role}, ids);
        for (const auto id : ids) {
            EntityTotals& totals = out[std::string(id)];
            add(money ? totals.received : totals.compute_bought, store, e, t->measures, ids.size());
        }
    }
    return out;
}

std::vector<Flow> flow_graph(const EventStore& store, const AnalyticsOptions& options) {
    // Flows found by a hash of their ends and kind, with their events as indices; sorted by ends and
    // kind at the end. A map of string tuples, ids copied per role and a map of every event by id to
    // count sources took 0.3 s for 100 000 events (native; more in the page).
    using Key = std::tuple<std::string_view, std::string_view, FlowKind>;
    struct KeyHash {
        std::size_t operator()(const Key& k) const {
            const std::hash<std::string_view> h;
            return h(std::get<0>(k)) * 31 + h(std::get<1>(k)) * 7 + static_cast<std::size_t>(std::get<2>(k));
        }
    };
    std::unordered_map<Key, std::size_t, KeyHash> found;
    std::vector<Flow> flows;
    std::vector<std::vector<std::size_t>> flow_events;
    // `sharing`: how many edges the event's amount is split over (several investors of one round).
    auto edge = [&](std::string_view from, std::string_view to, const EventType& t, std::size_t i, std::size_t sharing) {
        const auto [it, fresh] = found.try_emplace(Key{from, to, t.flow}, flows.size());
        if (fresh) {
            Flow f;
            f.from = std::string(from);
            f.to = std::string(to);
            f.kind = t.flow;
            flows.push_back(std::move(f));
            flow_events.emplace_back();
        }
        Flow& f = flows[it->second];
        add(f.total, store, store.events[i], t.measures, sharing);
        f.events.push_back(store.events[i].id);
        flow_events[it->second].push_back(i);
    };
    std::vector<std::string_view> from, to;
    const std::size_t count = options.only ? options.only->size() : store.events.size();
    for (std::size_t n = 0; n < count; ++n) {
        const std::size_t i = options.only ? (*options.only)[n] : n;
        const Event& e = store.events[i];
        const EventType* t = flow_type(e);
        if (!t || !included(e, options)) continue;
        if (t->flow == FlowKind::partnership) {
            with_role(e, {"investor"}, from);
            with_role(e, {"investee"}, to);
            if (!from.empty() && !to.empty()) {
                // "Microsoft and Nvidia will invest up to $15bn in Anthropic", told as a partnership: from
                // those who give to those who receive, the sum theirs together, never between two givers.
                for (const auto f : from)
                    for (const auto r : to) edge(f, r, *t, i, from.size() * to.size());
                continue;
            }
            // Partners are linked pairwise, whatever role each was given; the sum of three or more
            // partners is theirs together, not each pair's.
            with_role(e, {"partner", "investor", "investee", "provider", "customer"}, from);
            std::sort(from.begin(), from.end());
            const std::size_t sharing = from.size() > 2 ? from.size() : 1;
            for (std::size_t a = 0; a < from.size(); ++a)
                for (std::size_t b = a + 1; b < from.size(); ++b) edge(from[a], from[b], *t, i, sharing);
        } else {
            with_role(e, {t->from_role}, from);
            with_role(e, {t->to_role}, to);
            for (const auto f : from)
                for (const auto r : to) edge(f, r, *t, i, from.size() * to.size());
        }
    }
    std::vector<std::string_view> articles;
    for (std::size_t k = 0; k < flows.size(); ++k) {
        articles.clear();
        for (const std::size_t i : flow_events[k])
            for (const Citation& c : store.events[i].sources) articles.push_back(c.article);
        std::sort(articles.begin(), articles.end());
        flows[k].sources = static_cast<int>(std::unique(articles.begin(), articles.end()) - articles.begin());
    }
    std::sort(flows.begin(), flows.end(), [](const Flow& a, const Flow& b) { return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind); });
    return flows;
}

std::vector<std::vector<std::string>> money_cycles(const std::vector<Flow>& flows, std::size_t max_length, std::size_t max_cycles) {
    // Nodes are numbered in id order, so "smallest id" and the output order follow the ids.
    std::vector<std::string> names;
    for (const Flow& f : flows) {
        if (f.kind == FlowKind::money || f.kind == FlowKind::compute) {
            names.push_back(f.from);
            names.push_back(f.to);
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    const auto number = [&](const std::string& id) { return static_cast<std::size_t>(std::lower_bound(names.begin(), names.end(), id) - names.begin()); };

    // Money moves investor → investee, and customer → provider for compute.
    std::vector<std::vector<std::size_t>> next(names.size());
    for (const Flow& f : flows) {
        if (f.kind == FlowKind::money) next[number(f.from)].push_back(number(f.to));
        if (f.kind == FlowKind::compute) next[number(f.to)].push_back(number(f.from));
    }
    for (auto& targets : next) {
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    }

    // Each cycle is found once, from its smallest node, by walking only to larger nodes.
    std::vector<std::vector<std::string>> cycles;
    std::vector<std::size_t> path;
    std::vector<char> on_path(names.size(), 0);
    const auto walk = [&](const auto& self, std::size_t node) -> void {
        if (cycles.size() >= max_cycles) return;
        if (path.size() == max_length) {
            // At full length only the edge back to the start matters: one lookup, not a loop over
            // every neighbour (with thousands of flows that loop was most of the load time).
            if (std::binary_search(next[node].begin(), next[node].end(), path.front())) {
                std::vector<std::string> cycle;
                for (const std::size_t p : path) cycle.push_back(names[p]);
                cycles.push_back(std::move(cycle));
            }
            return;
        }
        for (const std::size_t n : next[node]) {
            if (cycles.size() >= max_cycles) return;
            if (n == path.front()) {
                std::vector<std::string> cycle;
                for (const std::size_t p : path) cycle.push_back(names[p]);
                cycles.push_back(std::move(cycle));
            } else if (path.size() < max_length && n > path.front() && !on_path[n]) {
                path.push_back(n);
                on_path[n] = 1;
                self(self, n);
                on_path[n] = 0;
                path.pop_back();
            }
        }
    };
    for (std::size_t start = 0; start < names.size() && cycles.size() < max_cycles; ++start) {
        path = {start};
        on_path[start] = 1;
        walk(walk, start);
        on_path[start] = 0;
    }
    std::sort(cycles.begin(), cycles.end());
    return cycles;
}

std::vector<SeriesPoint> capital_received_series(const EventStore& store, const std::string& entity) {
    std::vector<std::pair<long, const Event*>> dated;
    std::vector<std::string_view> investees;
    for (const Event& e : store.events) {
        const EventType* t = flow_type(e);
        if (!t || t->flow != FlowKind::money) continue;
        with_role(e, {t->to_role}, investees);
        if (std::find(investees.begin(), investees.end(), entity) == investees.end()) continue;
        if (const auto day = timex_start_day(e.date.value)) dated.emplace_back(*day, &e);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SeriesPoint> out;
    double running = 0;
    for (const auto& [day, e] : dated) {
        Total t;
        add(t, store, *e, find_event_type(e->type)->measures);
        if (t.value == 0) continue;
        running += t.value;
        out.push_back({e->date.value, running, e->id});
    }
    return out;
}

std::vector<const Claim*> conflicts(const EventStore& store) {
    std::vector<const Claim*> out;
    for (const Claim& c : store.claims) {
        if (c.conflicting) out.push_back(&c);
    }
    return out;
}

}  // namespace ds
