#pragma once
// A takeover's parties are told to agree, to talk, to sign a merger agreement ("nach Unterzeichnung einer
// Zusammenschlussvereinbarung", "beide Seiten bestätigten Gespräche über einen Zusammenschluss"): that is
// the takeover again, not a partnership beside it.
#include <vector>

namespace ds {

struct CandidateEvent;

// Drops partnerships with no amount whose parties are exactly a takeover's buyer and target in the
// same article.
void drop_partnerships_of_takeovers(std::vector<CandidateEvent>& candidates);

}  // namespace ds
