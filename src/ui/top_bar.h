#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// Search (with grouped results), filters by type, status, entity and date range, language, theme
// and "copy link". `focus_search` puts the keyboard in the search box ("/").
void draw_top_bar(const AppState& state, TopBarState& view, Actions& actions, bool focus_search);
// On a phone the header is short: the headline's question, what the data shows in brief, the search
// and a menu holding the rest. `masthead` holds what the data shows (worked out once per change of
// the data): the brief line under the headline, the whole one in the menu.
void draw_phone_header(const AppState& state, TopBarState& view, OverviewViewState& overview, Actions& actions, bool focus_search, const MastheadState& masthead);
}
