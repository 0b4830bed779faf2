#pragma once
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {
// Search (with grouped results), filters by type, status, entity and date range, language, theme
// and "copy link". `focus_search` puts the keyboard in the search box ("/").
void draw_top_bar(const AppState& state, TopBarState& view, Actions& actions, bool focus_search);
// On a phone the header is one line: the name, the search and a menu holding the rest.
void draw_phone_header(const AppState& state, TopBarState& view, Actions& actions, bool focus_search);
}
