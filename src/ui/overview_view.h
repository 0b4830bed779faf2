#pragma once
// The side panel while nothing is selected: key figures, the largest money flows and a few guided
// questions that open the view answering them (explorer/overview.h).
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {

void draw_overview(const AppState& state, OverviewViewState& view, Actions& actions);

}  // namespace ds::ui
