#include "explorer/entity_rows.h"

#include <algorithm>

#include "core/events/event_format.h"

namespace ds {

std::vector<EntityRow> entity_rows(const Gazetteer& g, const std::map<std::string, int>& event_counts, const std::map<std::string, EntityTotals>& totals) {
    std::vector<EntityRow> rows;
    for (std::size_t i = 0; i < g.entities.size(); ++i) {
        const auto n = event_counts.find(g.entities[i].id);
        if (n == event_counts.end()) continue;
        const auto t = totals.find(g.entities[i].id);
        EntityRow row;
        row.entity = i;
        row.events = n->second;
        if (t != totals.end()) {
            row.invested = entity_money(t->second.invested);
            row.received = entity_money(t->second.received);
        }
        rows.push_back(row);
    }
    return rows;
}

EntityMoney entity_money(const Total& total) {
    return {total.value, total.converted, total.shared_deals > 0, total.upper_bound, total.unreported || total.unstated > 0};
}

std::string entity_money_text(const EntityMoney& money, Language language) {
    if (!(money.value > 0)) return "";
    const std::string sum = money.converted ? rough_money(money.value, "USD", language) : compact_money(money.value, "USD", language);
    if (money.upper_bound && money.shares) return sum + "*";
    if (money.upper_bound) return "\u2264" + sum;  // ≤
    return money.shares ? sum + "+" : sum;
}

std::string entity_columns_note(const std::vector<EntityRow>& rows, Language language) {
    const bool de = language == Language::de;
    bool at_most = false, more = false, both = false, rough = false, share = false, unstated = false;
    for (const EntityRow& r : rows) {
        for (const EntityMoney* m : {&r.invested, &r.received}) {
            if (m->value > 0) {
                both |= m->upper_bound && m->shares;
                at_most |= m->upper_bound && !m->shares;
                more |= m->shares && !m->upper_bound;
                rough |= m->converted;
            } else {
                share |= m->shares;
                unstated |= !m->shares && m->unstated;
            }
        }
    }
    std::string note = de ? "Anzahl: Ereignisse im Bild · Investiert, erhalten: Geld in US-$" : "Count: events in view · Invested, received: money in US$";
    if (at_most) note += de ? " · ≤ höchstens („bis zu“-Beträge)" : " · ≤ at most (“up to” amounts)";
    if (more) note += de ? " · + dazu Anteile an Geschäften mit anderen" : " · + plus shares of deals with others";
    if (both) note += de ? " · * höchstens so viel, dazu Anteile an Geschäften mit anderen" : " · * at most this, plus shares of deals with others";
    if (rough) note += de ? " · ≈ andere Währungen grob umgerechnet" : " · ≈ other currencies at rough rates";
    if (share) note += de ? " · „ein Anteil“: nur an Geschäften mit anderen, Anteil unbekannt" : " · “a share”: only in deals with others, part unknown";
    if (unstated) note += de ? " · „k. A.“: Betrag nirgends genannt · –: keine solchen Geschäfte" : " · “undisclosed”: no source gives the amount · –: no such deals";
    return note;
}

std::vector<std::size_t> entity_row_order(const std::vector<EntityRow>& rows, const Gazetteer& g, const SearchIndex& index, std::string_view folded_filter,
                                          EntityColumn column, bool ascending) {
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (!folded_filter.empty()) {
            // The index has every name folded already; fold here only if it is out of step. Its other names count too: the
            // list may show "AWS" for Amazon Web Services where the name does not fit.
            const std::size_t e = rows[k].entity;
            const bool in_index = e < index.entity_names.size() && !index.entity_names[e].empty();
            const bool matches = in_index ? std::any_of(index.entity_names[e].begin(), index.entity_names[e].end(),
                                                        [&](const FoldedText& f) { return f.folded.find(folded_filter) != std::string::npos; })
                                          : fold_for_search(g.entities[e].name).folded.find(folded_filter) != std::string::npos;
            if (!matches) continue;
        }
        order.push_back(k);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const EntityRow &x = rows[a], &y = rows[b];
        const int c = column == EntityColumn::name     ? g.entities[x.entity].name.compare(g.entities[y.entity].name)
                      : column == EntityColumn::events ? (x.events > y.events) - (x.events < y.events)
                      : column == EntityColumn::invested ? (x.invested.value > y.invested.value) - (x.invested.value < y.invested.value)
                                                         : (x.received.value > y.received.value) - (x.received.value < y.received.value);
        return ascending ? c < 0 : c > 0;
    });
    return order;
}

}  // namespace ds
