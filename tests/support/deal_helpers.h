#pragma once
// Candidate deals of a text of our own, as (type, parties with roles, first amount, date): what the
// deal-grammar tests compare.
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/events/event_extractor.h"
#include "support/annotate_helpers.h"

namespace ds::test {

struct Found {
    std::string type;
    std::set<std::pair<std::string, std::string>> parties;  // (entity id or name, role)
    std::optional<double> value;
    std::string unit, date;
};

inline std::vector<Found> deals(const std::string& body, const std::string& date = "2025-11-20", const std::string& language = "") {
    const auto a = annotate_text(body, date, language);
    std::vector<Found> out;
    for (const auto& c : extract_candidates(a.article, a.mentions, seed_gazetteer())) {
        Found f{c.event.type, {}, std::nullopt, "", c.event.date.value};
        for (const auto& p : c.event.participants) f.parties.insert({p.entity.empty() ? p.name : p.entity, p.role});
        if (!c.event.amounts.empty()) {
            f.value = c.event.amounts[0].value;
            f.unit = c.event.amounts[0].currency.empty() ? c.event.amounts[0].unit : c.event.amounts[0].currency;
        }
        out.push_back(std::move(f));
    }
    return out;
}

using Parties = std::set<std::pair<std::string, std::string>>;

// The first deal that `wanted` accepts, or none: for a text that tells several deals in an order not asserted.
inline const Found* find_deal(const std::vector<Found>& deals, auto&& wanted) {
    for (const Found& f : deals) {
        if (wanted(f)) return &f;
    }
    return nullptr;
}

}  // namespace ds::test
