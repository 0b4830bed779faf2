#pragma once
// A valuation values the firm that raised the money or was bought, not one of its investors:
// "Angeführt wurde die Runde von Oak HC/FT und Andreessen Horowitz, die Bewertung liegt nun bei
// 1,25 Milliarden Dollar" values the start-up of the round, though the investors are named last.
#include <vector>

#include "core/annotate/gazetteer.h"

namespace ds {

struct CandidateEvent;

// A valuation whose only subject gave money in a round or an investment told at most two
// sentences before it (or is an investment fund while such a deal is near) values that deal's
// receiving firm instead.
void value_the_firm_that_received(std::vector<CandidateEvent>& candidates, const Gazetteer& gazetteer);

}  // namespace ds
