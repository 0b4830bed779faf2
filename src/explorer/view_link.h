#pragma once
// The explorer's state as a URL fragment or query ("view=timeline&event=…&types=a,b&lang=de"), and
// back. Reading a link never trusts it: unknown keys, unknown ids and malformed values are skipped
// with a warning each, and nothing in a link is ever echoed into markup.
#include <string>
#include <string_view>
#include <vector>

#include "explorer/app_state.h"

namespace ds {

// "#view=timeline&event=…": the keys are view, event, entity, flow, about (whom else a story step is
// about), article, types, statuses, only (entity filter), from, to, t (visible time range,
// "2019-01-01..2025-12-31"), asof (network date), lang, theme.
std::string state_to_link(const AppState& state);

// The link "Copy link" copies, for others: the same, without a deal or a name that is the user's own (it is in
// this browser only; another reader's page had nothing to select and said nothing).
std::string state_to_shared_link(const AppState& state);

// Whether the selection is a deal or a name of the user's own, which a shared link leaves out.
bool selection_is_private(const AppState& state);

// Applies a fragment or query ("#…", "?…" or bare "a=b&c=d") to the state. "embed=1" sets embed
// mode; keys the page itself handles (story, step, id) are passed over silently; every other problem
// is a warning.
void apply_link(AppState& state, std::string_view link, std::vector<std::string>& warnings);

// Percent-encoding for link values; decoding rejects malformed escapes and invalid UTF-8.
std::string percent_encode(std::string_view text);
bool percent_decode(std::string_view text, std::string& out);

}  // namespace ds
