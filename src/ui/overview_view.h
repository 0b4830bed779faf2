#pragma once
// The side panel while nothing is selected: key figures, the largest money flows and a few guided
// questions that open the view answering them (explorer/overview.h).
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {

// `in_menu`: drawn in a phone's menu (no hint that the details show beside it).
void draw_overview(const AppState& state, OverviewViewState& view, Actions& actions, bool in_menu = false);

}  // namespace ds::ui
