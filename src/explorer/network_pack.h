#pragma once
// The network's layout and money cycles in a pack (core/pack/data_pack.h's explorer section): the
// force layout of 2 000 nodes and the cycles took 0.35 s of a 100 000-event start natively, more
// in the page. Written for the state as the data loads (no filters, nothing dragged); used when
// the page's first state lays out the same flows, else laid out as before.
#include <string>
#include <string_view>

#include "explorer/app_state.h"

namespace ds {

// The section for `state`'s derived network (after refresh_derived).
std::string network_section(const AppState& state);

// Puts the layout and cycles of a section into state.derived, for refresh_derived to keep when its
// flows are the same. False (and nothing changed) for an empty or unreadable section.
bool use_network_section(AppState& state, std::string_view section);

}  // namespace ds
