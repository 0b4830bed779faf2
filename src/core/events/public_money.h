#pragma once
// Public money flows from the state: a government, ministry or agency in a grant, a subsidy or a
// state loan gives; it does not receive. "SK hynix signed a final award of up to $458m with the
// department" read SK hynix as the giver, as "X signs a deal with Y for $N" reads for firms.
#include <vector>

#include "core/annotate/gazetteer.h"
#include "core/events/event.h"

namespace ds {

struct CandidateEvent;

// A state body: the gazetteer's kind "government", or an unknown name of one ("Bundesministerium
// für Forschung", "Japan's Ministry of Economy", "the Commerce Department").
bool is_state_body(const Participant& p, const Gazetteer& gazetteer);

// Investments, rounds and loans in which only a state body stands on the receiving side (investee,
// borrower) are turned around: the state gives, the others receive, and a "round" so given is an
// investment (a grant, not a round of investors).
void give_public_money_from_the_state(std::vector<CandidateEvent>& candidates, const Gazetteer& gazetteer);

}  // namespace ds
