#pragma once
// The rows of the entity list: entities with filtered events, their event count and money, and the
// order the list shows them in. Worked out once per change, not per frame: with thousands of
// entities, looking each up in two maps and sorting them every frame took most of a frame.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/analytics.h"
#include "core/annotate/gazetteer.h"
#include "core/search/search.h"
#include "core/text/language.h"

namespace ds {

// Money on one side of an entity's deals, rough US dollars.
struct EntityMoney {
    double value = 0;
    bool converted = false;    // counts amounts in another currency at a rough rate
    bool shares = false;       // also in deals shared with others (a round of several investors): more than `value`, by an unknown part
    bool upper_bound = false;  // counts "up to" amounts: at most that much
    bool unstated = false;     // in deals on this side whose amount no source gives (not "none": "–" read as zero)
};

// Invested and received apart: one sum of both read as either (a newcomer took Microsoft's for what
// it had put in).
struct EntityRow {
    std::size_t entity = 0;  // into gazetteer.entities
    int events = 0;          // filtered events it takes part in
    EntityMoney invested, received;
};

EntityMoney entity_money(const Total& total);

// A side's money in few characters: "$13bn"; "≈$17.8bn" when other currencies are counted in at rough
// rates; "≤$10bn" when "up to" amounts are (at most that much); "$10bn+" when the entity also has
// shares of deals with others whose size no source gives. Both of the last: "$10bn*", since "≤…+"
// says at once less and more (the list's tooltip says why). "" without money.
std::string entity_money_text(const EntityMoney& money, Language language);

// What the list's columns count and what the marks on its sums mean, for the marks `rows` use (a
// newcomer met "$10bn*" and "a share" with their meaning only on hover): "Count: events in view ·
// Invested, received: US$ · ≤ at most (“up to” amounts) · …".
std::string entity_columns_note(const std::vector<EntityRow>& rows, Language language);

// In gazetteer order, only entities with at least one filtered event.
std::vector<EntityRow> entity_rows(const Gazetteer& g, const std::map<std::string, int>& event_counts, const std::map<std::string, EntityTotals>& totals);

enum class EntityColumn { name, events, invested, received };

// Indices into `rows` whose entity's folded name contains `folded_filter` (all for an empty one), in
// the order of `column`; ties keep gazetteer order. `index` has the folded names.
std::vector<std::size_t> entity_row_order(const std::vector<EntityRow>& rows, const Gazetteer& g, const SearchIndex& index, std::string_view folded_filter,
                                          EntityColumn column, bool ascending);

}  // namespace ds
