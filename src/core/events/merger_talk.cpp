#include "core/events/merger_talk.h"

#include <algorithm>
#include <utility>

#include "core/events/deal_roles.h"
#include "core/events/event_extractor.h"

namespace ds {

namespace {

bool is_pair_of(const Event& partnership, const Participant& a, const Participant& b) {
    if (partnership.participants.size() != 2) return false;
    const Participant& x = partnership.participants[0];
    const Participant& y = partnership.participants[1];
    return (same_party(x, a) && same_party(y, b)) || (same_party(x, b) && same_party(y, a));
}

}  // namespace

void drop_partnerships_of_takeovers(std::vector<CandidateEvent>& candidates) {
    // Buyer and target of each takeover, gathered once: the check per partnership looks only at those.
    struct Takeover {
        Participant buyer, target;
        std::string date;
    };
    std::vector<Takeover> takeovers;
    for (const CandidateEvent& c : candidates) {
        if (c.event.type != "acquisition") continue;
        for (const Participant& buyer : c.event.participants) {
            if (buyer.role != "buyer") continue;
            for (const Participant& target : c.event.participants) {
                if (target.role == "target") takeovers.push_back({buyer, target, c.event.date.value});
            }
        }
    }
    if (takeovers.empty()) return;
    std::erase_if(candidates, [&](const CandidateEvent& c) {
        if (c.event.type != "partnership" || !c.event.amounts.empty()) return false;
        // (Not a partnership of other days: "seit Herbst 2019 entwickeln beide Unternehmen gemeinsam …" before a
        // takeover of 2021.)
        const std::string& when = c.event.date.value;
        return std::any_of(takeovers.begin(), takeovers.end(), [&](const Takeover& t) {
            const bool same_time = when.empty() || t.date.empty() || when.starts_with(t.date.substr(0, 7)) || t.date.starts_with(when.substr(0, 7));
            return same_time && is_pair_of(c.event, t.buyer, t.target);
        });
    });
}

}  // namespace ds
