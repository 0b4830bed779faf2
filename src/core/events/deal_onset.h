#pragma once
// Words that say a deal began its parties' relationship: "erstmals", "for the first time", a
// provider that "schloss sich … an" / "joined" a customer's providers, a deal someone "stimmte zu,
// dass … darf" / "allowed" only then. Sources that date such a start differently disagree even when
// their deals are a year apart, which a merge of deals cannot see (merge_events makes a claim of it).
#include <string_view>
#include <vector>

#include "core/events/deal_grammar.h"
#include "core/events/event.h"

namespace ds {

enum class Onset { none, first, joined, allowed };

// What the sentence's words say of a start, from one pass over them.
Onset onset_of(const std::vector<DealWord>& words);

// Where the permitted deal's clause begins in a sentence onset_of() reads as Onset::allowed: after
// "allowed"/"let" ("Microsoft allowed OpenAI to sign …"), at "dass" ("stimmte zu, dass OpenAI …").
// Who stands before it gives the permission and takes no side of the deal. SIZE_MAX for none.
std::size_t permitted_clause_start(const std::vector<DealWord>& words);

// "schloss sich … an", "hat sich … angeschlossen", "joined", "joins": joining a group — not one of
// buyers or investors ("schlossen sich dem Bündnis an", "joined the round").
bool joins_a_group(const std::vector<DealWord>& words);

// "Cloud-Anbieter", "providers", "Rechenzentrumsbetreiber": the providers of compute, whom a firm may join.
bool names_providers_of_compute(const std::vector<DealWord>& words);

// The term a deal carries for it (key kStartTerm), in English and German; none for Onset::none, and
// none for deals that begin no relationship of their own (a round, a valuation, a takeover): "die
// Bewertung überschritt erstmals eine Milliarde" is a first of another kind.
inline constexpr std::string_view kStartTerm = "start";
void mark_onset(Event& e, Onset onset);

// The value of an event's start term, in English or German, or "" when it has none.
std::string_view start_term(const Event& e, bool german);

}  // namespace ds
