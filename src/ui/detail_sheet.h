#pragma once
// The detail as a sheet under a chart (a phone, an embed): a handle to swipe it down and away and a
// × that stay in place, and the detail scrolling under them.
#include "explorer/app_state.h"
#include "ui/window_state.h"

namespace ds::ui {

// Fills the rest of the window.
void draw_detail_sheet(const AppState& state, DetailViewState& view, Actions& actions);

}  // namespace ds::ui
