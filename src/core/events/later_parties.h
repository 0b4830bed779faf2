#pragma once
// A sentence that tells no deal of its own but names more sides of the one told just before it:
// the sellers of a takeover ("Verkäufer sind Oracle und der Finanzinvestor Carlyle", "Oracle and
// Carlyle, which own most of Ampere, will sell their stakes") or the banks of a loan ("Angeführt
// wird es von den Banken JPMorgan und MUFG", "Mit im Boot sind …", "Lenders include …").
#include <string_view>
#include <vector>

#include "core/events/deal_grammar.h"

namespace ds {

// The role the sentence's firms take in the deal of `deal_type` told before it: "seller" after a
// takeover, "lender" after a loan; "" when the sentence names no such side. The caller checks that
// the sentence has no money of its own and follows the deal closely, and leaves out the deal's own parties.
std::string_view later_party_role(std::string_view deal_type, const std::vector<DealWord>& words);

}  // namespace ds
